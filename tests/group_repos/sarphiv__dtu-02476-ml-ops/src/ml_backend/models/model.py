from typing import Literal
from torch import nn
import pytorch_lightning as pl
from torch.nn import functional as F
from torchvision import transforms
from torchvision.transforms.functional import InterpolationMode
from torchtyping import TensorType
from timm.data import resolve_data_config
from timm.data.transforms_factory import create_transform
from ml_backend.types import batch_size, channels, height, width, num_classes
from ml_backend.models.simple_mlp import create_mlp
class BaseModel(pl.LightningModule):
    def create_nn_model(self, model_type: str, model_hypers) -> nn.Module:
    def forward(self, x: TensorType[batch_size, channels, height, width]) -> TensorType[batch_size, num_classes]:
    def _step_helper(self, batch: T_batch, batch_idx: int, mode: str) -> TensorType[1]:
    def training_step(self, batch: T_batch, batch_idx: int) -> TensorType[1]:
    def validation_step(self, batch: T_batch, batch_idx: int) -> TensorType[1]:
    def test_step(self, batch: T_batch, batch_idx: int) -> TensorType[1]:
    def configure_optimizers(self) -> torch.optim.Optimizer:
