from __future__ import annotations
from pathlib import Path
from typing import Any
import wandb
from joblib import dump
from sklearn.metrics import (
from loguru import logger
from mlops_course_project import setup_logging
from mlops_course_project.model import create_baseline_model
import hydra
from hydra.utils import get_original_cwd
from omegaconf import DictConfig, OmegaConf
def _load_split(path: Path) -> tuple[list[str], list[int]]:
def _metrics(y_true: list[int], y_pred: list[int]) -> dict[str, Any]:
def train(cfg: DictConfig) -> None:
    wandb.init(
@hydra.main(config_path="../../configs", config_name="config", version_base=None)
def main(cfg: DictConfig) -> None:
