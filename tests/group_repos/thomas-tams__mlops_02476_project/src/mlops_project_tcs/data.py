from pathlib import Path
from loguru import logger
from typing import Union, Annotated, Literal, Tuple, List
import typer
from PIL import Image
from torchvision import transforms
from torch.utils.data import Dataset, DataLoader, random_split
import pytorch_lightning as pl
from mlops_project_tcs.crop_img import CropExtremePoints
from mlops_project_tcs.utils import plot_image_grid_with_labels, get_targets_from_subset
from hashlib import md5
    def __init__(self, datadir: Union[Path, str], output_dir: Union[Path, str]) -> None:
    def _compute_file_hash(self, file_path: Path) -> str:
    def load_files(self) -> None:
    def identify_minority_class(self) -> Tuple[str, str]:
    def balance_and_write(self) -> None:
    def execute(self) -> None:
    def __init__(self, datadir: Union[Path, str]) -> None:
    def load_image_paths(self, datadir: Union[Path, str]) -> None:
    def __len__(self) -> int:
    def __getitem__(self, index: int) -> Tuple[torch.Tensor, int]:
    def preprocess(self, output_folder: Union[Path, str]) -> None:
        num_workers: int = 4,
    ) -> None:
            num_workers (int): Number of worker processes for data loading.
        self.num_workers = num_workers
    def data_prep_split_dataset(self) -> None:
    def setup(self, stage: str = None) -> None:
    def train_dataloader(self) -> DataLoader:
        return DataLoader(self.train_dataset, batch_size=self.batch_size, shuffle=True, num_workers=self.num_workers)
    def val_dataloader(self) -> DataLoader:
        return DataLoader(self.val_dataset, batch_size=self.batch_size, shuffle=False, num_workers=self.num_workers)
    def test_dataloader(self) -> DataLoader:
        return DataLoader(self.test_dataset, batch_size=self.batch_size, shuffle=False, num_workers=self.num_workers)
) -> None:
) -> None:
) -> None:
) -> None:
) -> None:
