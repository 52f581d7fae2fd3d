import pytorch_lightning as pl
from pytorch_lightning.loggers import WandbLogger
from mlops_project.model import BaselineCNN, EfficientNet, ResNet
from .dataloader import create_dataloaders
    num_workers: int = 4,
) -> None:
            num_workers=num_workers,
        logger = WandbLogger(project="mlops-project", log_model=False)
        num_workers=4,
