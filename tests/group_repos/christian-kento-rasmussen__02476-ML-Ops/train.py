import hydra
from omegaconf import DictConfig, OmegaConf
import wandb
from FishEye.train_model import train
@hydra.main(version_base=None, config_path="config", config_name="config")
# ----------------------------------------------------------------------
