import logging
import hydra
from omegaconf import DictConfig
from src.models.model import GCN
@hydra.main(version_base=None, config_path="../../conf", config_name="config")
def main(cfg: DictConfig) -> None:
    logger = logging.getLogger(__name__)
