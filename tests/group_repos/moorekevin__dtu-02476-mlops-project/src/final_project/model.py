from transformers import (
from torch.optim import AdamW
from torchmetrics.classification import Accuracy
from pytorch_lightning import LightningModule, seed_everything
from omegaconf import OmegaConf
import hydra
import logging
log = logging.getLogger(__name__)
class AwesomeModel(LightningModule):
    def __init__(self, cfg) -> None:
    def test_step(self, batch, batch_idx):
@hydra.main(version_base="1.1", config_path="config", config_name="model.yaml")
