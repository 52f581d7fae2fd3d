from datetime import datetime
from pathlib import Path
from typing import Dict
import wandb
from dotenv import load_dotenv
from torch.utils.data import DataLoader
from plant_leaves.config.logging_config import logger
from plant_leaves.data import load_processed_data
from plant_leaves.model import PlantClassifier
def train(lr: float = 0.001, batch_size: int = 32, epochs: int = 5, num_workers: int = 1) -> None:
    run = wandb.init(
    train_dataloader = DataLoader(dataset=train_set, batch_size=batch_size, num_workers=num_workers)
    val_dataloader = DataLoader(dataset=validation_set, batch_size=batch_size, num_workers=num_workers)
