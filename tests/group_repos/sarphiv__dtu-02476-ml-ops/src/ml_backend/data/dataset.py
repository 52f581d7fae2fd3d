from typing import Callable
from pathlib import Path
from PIL import Image
from torch.utils.data import Dataset
from torchtyping import TensorType
from torchvision.transforms.functional import to_tensor
from ml_backend.types import channels, height, width
    ) -> None:
    def __getitem__(self, index: int) -> tuple[TensorType[channels, height, width], TensorType[1]]:
    def __len__(self) -> int:
def load_dataset(data_dir: str | Path = ".", transform: T_transforms = None) -> tuple[CIFAR10Dataset, CIFAR10Dataset]:
