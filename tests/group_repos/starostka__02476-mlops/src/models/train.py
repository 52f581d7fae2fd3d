import wandb
from omegaconf import OmegaConf
import hydra
import pytorch_lightning as pl
from omegaconf import DictConfig
from pytorch_lightning.callbacks import ModelCheckpoint
from pytorch_lightning.loggers import WandbLogger
from pytorch_lightning.utilities.warnings import PossibleUserWarning
from torch_geometric.loader import DataLoader
from src.models.callbacks import MetricsCallback
from src.models.model import GCN
@hydra.main(version_base=None, config_path="../../conf", config_name="config")
def main(cfg: DictConfig) -> None:
        wandb.init()
        logger = WandbLogger(
