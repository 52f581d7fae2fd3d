from torch import nn
from torch.utils.data import TensorDataset, DataLoader
from pytorch_lightning import LightningModule
from google.cloud import storage
class MyNeuralNet(LightningModule):
    def __init__(self, config) -> None:
        self.num_workers = config.hyperparameters.num_workers
    def forward(self, x: torch.Tensor) -> torch.Tensor:
    def training_step(self, batch, batch_idx) -> torch.Tensor:
    def predict_step(self, batch, batch_idx) -> torch.Tensor:
    def train_dataloader(self) -> DataLoader:
            num_workers=self.num_workers,
    def predict_dataloader(self) -> DataLoader:
