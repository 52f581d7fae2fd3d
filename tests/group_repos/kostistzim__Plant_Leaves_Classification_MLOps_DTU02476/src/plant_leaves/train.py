from datetime import datetime
from pathlib import Path
from typing import Dict
import hydra
import wandb
from dotenv import load_dotenv
from omegaconf.dictconfig import DictConfig
from torch.utils.data import DataLoader
from plant_leaves import PROJECT_ROOT
from plant_leaves.config.logging_config import logger
from plant_leaves.data import load_processed_data
from plant_leaves.model import PlantClassifier
@hydra.main(
def train(cfg: DictConfig) -> None:
    run = wandb.init(
    train_dataloader = DataLoader(dataset=train_set, batch_size=params.batch_size, num_workers=params.num_workers)
    val_dataloader = DataLoader(dataset=validation_set, batch_size=params.batch_size, num_workers=params.num_workers)
    onnx_model_path = f"{PROJECT_ROOT}/models/model.onnx"
    torch.onnx.export(
