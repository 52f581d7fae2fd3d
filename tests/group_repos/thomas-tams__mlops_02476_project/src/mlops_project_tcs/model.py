import pytorch_lightning as pl
from typing import Any, Optional
class VGG16Classifier(pl.LightningModule):
    ) -> None:
    def forward(self, x: torch.Tensor) -> torch.Tensor:
    def training_step(self, batch: Any, batch_idx: int) -> torch.Tensor:
    def validation_step(self, batch: Any, batch_idx: int) -> None:
    def configure_optimizers(self, optimizer: Optional[torch.optim.Optimizer] = None) -> torch.optim.Optimizer:
