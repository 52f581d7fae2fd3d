from pathlib import Path
from typing import Any
from PIL import Image
from torchtyping import TensorType
from torchvision.transforms import Resize
import hydra
from ml_backend.models.model import BaseModel
from ml_backend.types import batch_size, channels, height, width, num_classes
from ml_backend.data.dataset import load_dataset
def load_model(model_path: str, device: str = "cpu") -> BaseModel:
def load_model_best(cfg: Any) -> BaseModel:
def transform_picture_to_data_point(img : Image.Image, cfg: Any) -> TensorType[1, channels, height, width]:
    ) -> TensorType[batch_size, num_classes]:
    ) -> int:
@hydra.main(config_path="../../configs", config_name="config", version_base="1.3")
