from pathlib import Path
from typing import Tuple
import hydra
from dotenv import load_dotenv
from hydra.core.hydra_config import HydraConfig
from loguru import logger
from omegaconf import DictConfig, OmegaConf
from transformers import AutoTokenizer
import wandb
from pname.data import arxiv_dataset
from pname.model import MyAwesomeModel
def set_seed(seed: int) -> None:
) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
) -> None:
def train(cfg: DictConfig) -> None:
            logger.info(f"  GCS URI: gs://{gcs_path}/trained_model.pt")
            wandb.init(
    num_workers = cfg.training.get("num_workers", 0)
        num_workers=num_workers,
        # Fallback: try /outputs (Docker container) or local outputs/
            gcs_regional_uri = "gs://mlops_project_data_bucket1-europe-west1"
            gcs_bucket_uri = "gs://mlops_project_data_bucket1"
@hydra.main(version_base=None, config_path="../../configs", config_name="config")
def main(cfg: DictConfig) -> None:
