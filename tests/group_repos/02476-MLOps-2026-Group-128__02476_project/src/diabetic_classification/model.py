from __future__ import annotations
from pytorch_lightning import LightningModule
from torch import nn
    ) -> None:
    def forward(self, x: torch.Tensor) -> torch.Tensor:
class DiabetesClassifier(LightningModule):
    LightningModule wrapper for the tabular MLP.
    ) -> None:
    def forward(self, x: torch.Tensor) -> torch.Tensor:
    def _shared_step(self, batch: tuple[torch.Tensor, torch.Tensor], stage: str) -> torch.Tensor:
    def training_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> torch.Tensor:
    def validation_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> None:
    def test_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> None:
    def configure_optimizers(self) -> torch.optim.Optimizer:
