from torch.utils.data import TensorDataset, DataLoader
from models.MLP import MyNeuralNet
from pytorch_lightning import Trainer, seed_everything
from pytorch_lightning.loggers import WandbLogger
from pytorch_lightning.callbacks import ModelCheckpoint
from omegaconf import OmegaConf
import wandb
import hydra
@hydra.main(version_base="1.3", config_name="config.yaml", config_path="../")
    wandb_logger = WandbLogger(log_model="all", project=config.project_name, name=config.runname)
