from loguru import logger
import hydra
from omegaconf import OmegaConf
import pytorch_lightning as pl
from pytorch_lightning.callbacks import ModelCheckpoint, EarlyStopping
from pathlib import Path
from mlops_project_tcs.model import VGG16Classifier
from mlops_project_tcs.data import BrainMRIDataModule
import wandb
from typing import Dict, Any
def get_accelerator() -> str:
@hydra.main(config_path="config", config_name="default_config.yaml", version_base="1.3")
def train_model(config: Dict) -> Dict[str, Any]:
    wandb.init(project=config.wandbconf.project, name=hydra_output_dir.name)
        num_workers=1,
    wand_logger = pl.loggers.WandbLogger(project="dtu_mlops")
        profiler=profiling,
        onnx_path = hydra_output_dir / f"best_model_val_loss_{val_loss:.4f}.onnx"
