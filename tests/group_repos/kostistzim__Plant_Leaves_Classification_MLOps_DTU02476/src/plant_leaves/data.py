from pathlib import Path
from typing import Tuple
import typer
from PIL import Image
from torch.utils.data import Subset
from torchvision import transforms
from plant_leaves.config.logging_config import logger
) -> None:
) -> None:
def normalize(images: torch.Tensor) -> torch.Tensor:
def main_preprocessing(data_path: Path, output_path: Path, dimensions: Tuple[int, int] = (240, 240)) -> None:
) -> Tuple[torch.utils.data.TensorDataset, torch.utils.data.TensorDataset, torch.utils.data.TensorDataset]:
