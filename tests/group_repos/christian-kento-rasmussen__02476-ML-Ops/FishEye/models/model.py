from typing import Any
import pytorch_lightning as L
from omegaconf import DictConfig
from torch import nn, optim
from torchmetrics.classification import Accuracy
class FishNN(L.LightningModule):
    def __init__(self, cfg: DictConfig, *args: Any, **kwargs: Any) -> None:
    def forward(self, x: torch.Tensor) -> torch.Tensor:
    def training_step(self, batch: torch.Tensor, batch_idx: int) -> torch.Tensor:
    def validation_step(self, batch: Any, batch_idx: int) -> torch.Tensor:
    def test_step(self, batch: torch.Tensor, batch_idx: int) -> torch.Tensor:
    def configure_optimizers(self) -> torch.optim.Optimizer:
