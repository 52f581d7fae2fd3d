import logging
from pathlib import Path
import hydra
from omegaconf import DictConfig
from torch_geometric.datasets import Planetoid
from torch_geometric.transforms import NormalizeFeatures
@hydra.main(version_base=None, config_path="../../conf", config_name="config")
def main(cfg: DictConfig) -> None:
    logger = logging.getLogger(__name__)
