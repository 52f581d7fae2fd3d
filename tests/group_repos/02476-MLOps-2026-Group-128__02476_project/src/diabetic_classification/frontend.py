from __future__ import annotations
from dataclasses import dataclass
from pathlib import Path
from typing import Any
import streamlit as st
    "ethnicity_black",
  from {
  from {
    options=["Asian", "Black", "Hispanic", "White", "Other"],
    feature_keys=["ethnicity_black", "ethnicity_hispanic", "ethnicity_other", "ethnicity_white"],
            "ethnicity_black": 0.0,
        "Black": {"ethnicity_black": 1.0},
def load_feature_list(path_str: str) -> list[str]:
def load_numeric_stats(path_str: str) -> dict[str, dict[str, float]]:
) -> dict[str, float]:
def apply_base_styles() -> None:
def apply_result_styles(prediction: int | None) -> None:
def clamp(value: float, min_value: float, max_value: float) -> float:
def align_to_step(value: float, min_value: float, step: float) -> float:
def normalize_value(value: float, mean: float, std: float) -> float:
def render_numeric_field(field: NumericField, stats: dict[str, dict[str, float]]) -> float:
def render_tri_state(label: str, key: str) -> float | None:
) -> dict[str, float]:
def render_category_field(field: CategoryField, defaults: dict[str, float]) -> dict[str, float]:
def build_payload(
) -> dict[str, float]:
def post_prediction(backend_url: str, payload: dict[str, float]) -> tuple[dict[str, Any] | None, str | None]:
def render_result(result: dict[str, Any]) -> None:
def main() -> None:
        payload = build_payload(
