from pathlib import Path
from typing import TYPE_CHECKING, cast
import hydra
from omegaconf import DictConfig, OmegaConf
import pytorch_lightning as pl
from pytorch_lightning.callbacks import EarlyStopping, ModelCheckpoint
from pytorch_lightning.loggers import CSVLogger, WandbLogger
import wandb
from mlops_project.dataloader import create_dataloaders, subsample_dataloader
from mlops_project.model import INPUT_SIZE, BaselineCNN, EfficientNet, ResNet
from mlops_project.subsample import subsample_dataset
    from pytorch_lightning.loggers.logger import Logger
    from google.cloud import storage
def upload_to_gcs(local_path: str | Path, gcs_bucket: str, gcs_path: str) -> str | None:
        gcs_bucket: GCS bucket name (without gs:// prefix)
        GCS URI (gs://bucket/path) if successful, None otherwise
        blob.upload_from_filename(str(local_path))
        gcs_uri = f"gs://{gcs_bucket}/{gcs_path}"
    model: pl.LightningModule,
    wandb_logger: WandbLogger | None = None,
) -> tuple[pl.LightningModule, dict]:
def create_model(cfg: DictConfig) -> pl.LightningModule:
def initialize_wandb_logger(cfg: DictConfig, model_name: str, subsample_percentage: float | None) -> WandbLogger | None:
        WandbLogger instance if enabled, None otherwise
        wandb_logger = WandbLogger(
def train_with_cfg(cfg: DictConfig) -> None:
def export_model_to_onnx(model: pl.LightningModule, checkpoint_path: Path, image_size: int) -> Path:
    onnx_model_path = checkpoint_path.with_suffix(".onnx")
) -> tuple[str | None, str | None, str | None]:
        gcs_bucket: GCS bucket name (without gs:// prefix)
    # Remove gs:// prefix if present
    gcs_bucket = gcs_bucket.replace("gs://", "")
) -> Path:
def load_data(cfg: DictConfig) -> tuple:
            num_workers=cfg.data.num_workers,
        num_workers=cfg.data.num_workers,
def print_model_info(model_name: str, cfg: DictConfig) -> None:
@hydra.main(version_base=None, config_path="../../configs", config_name="config")
def train(cfg: DictConfig) -> None:
