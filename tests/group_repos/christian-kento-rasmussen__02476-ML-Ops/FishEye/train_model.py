import hydra
import pytorch_lightning as pl
from omegaconf import DictConfig, OmegaConf
from pytorch_lightning import Trainer
from pytorch_lightning.loggers import WandbLogger
import wandb
from FishEye.data.data_module import FishDataModule
from FishEye.models.model import FishNN
@hydra.main(version_base=None, config_path="../config", config_name="config")
    wandb.init(
    wandb_logger = WandbLogger(experiment=wandb.run)
