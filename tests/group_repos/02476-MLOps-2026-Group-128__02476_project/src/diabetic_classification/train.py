from __future__ import annotations
import logging
from datetime import datetime
from pathlib import Path
import hydra
import pytorch_lightning as pl
from hydra.core.hydra_config import HydraConfig
from pytorch_lightning.callbacks import ModelCheckpoint
from diabetic_classification.data import DiabetesHealthDataset
from diabetic_classification.model import DiabetesClassifier
def compute_pos_weight(labels: torch.Tensor) -> torch.Tensor:
@hydra.main(version_base=None, config_path="../../configs/hydra", config_name="config")
def train(cfg) -> None:
        if model_dir_env.startswith("gs://"):
            model_dir_env = model_dir_env.replace("gs://", "/gcs/")
        num_workers=cfg.trainer.num_workers,
