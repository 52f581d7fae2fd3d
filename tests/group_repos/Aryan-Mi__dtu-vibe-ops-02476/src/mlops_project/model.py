import pytorch_lightning as pl
from torch import Tensor, nn
from torchvision import models
from torchvision.models import (
    """Building blocks for the baseline CNN model."""
class BaselineCNN(pl.LightningModule):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
    def validation_step(self, batch: tuple) -> None:
    ) -> torch.Tensor:
class ResNet(pl.LightningModule):
    def validation_step(self, batch: tuple) -> None:
    ) -> torch.Tensor:
class EfficientNet(pl.LightningModule):
    def validation_step(self, batch: tuple) -> None:
    ) -> torch.Tensor:
def test_model_input_sizes_and_training(
) -> None:
def test_single_config(
) -> None:
