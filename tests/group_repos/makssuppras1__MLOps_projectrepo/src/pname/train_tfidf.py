from pathlib import Path
import hydra
from dotenv import load_dotenv
from hydra.core.hydra_config import HydraConfig
from loguru import logger
from omegaconf import DictConfig, OmegaConf
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix
import wandb
from pname.data import arxiv_dataset
from pname.model_tfidf import TFIDFXGBoostModel
def train(cfg: DictConfig) -> None:
            wandb.init(
@hydra.main(version_base=None, config_path="../../configs", config_name="config_tfidf")
def main(cfg: DictConfig) -> None:
