from __future__ import annotations
import argparse
from pathlib import Path
from typing import Any
def _load_checkpoint(path: Path) -> dict[str, Any]:
def _normalize_state_dict(state_dict: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
def _filter_model_weights(state_dict: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
def main() -> int:
