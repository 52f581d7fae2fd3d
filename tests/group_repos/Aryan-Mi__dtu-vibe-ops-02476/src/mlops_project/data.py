from collections.abc import Callable
from pathlib import Path
from PIL import Image
from torch.utils.data import Dataset
from torchvision import transforms
from torchvision.transforms import InterpolationMode
import typer
    ) -> None:
    def __len__(self) -> int:
    def __getitem__(self, index: int) -> tuple[torch.Tensor, int]:
    def preprocess(self, output_folder: Path, target_size: int = 224) -> None:
def get_transforms(image_size: int = 224, augment: bool = True) -> transforms.Compose:
def preprocess(data_path: str, output_folder: Path, target_size: int = 224) -> None:
