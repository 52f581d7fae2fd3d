from pathlib import Path
from tqdm import tqdm
import typer
from torch.utils.data import Dataset, DataLoader, TensorDataset, Subset
    def __init__(self, raw_data_path: Path) -> None:
    def __len__(self) -> int:
    def preprocess(self, output_folder: Path) -> None:
def preprocess_data(raw_data_path: Path, output_data_path: Path) -> None:
def cifar100(out_data: str = OUT_DATA) -> tuple[torch.utils.data.Dataset]:
def cifar100_test() -> tuple[torch.utils.data.Dataset]:
    dataloader = DataLoader(typer.run(cifar100()), batch_size=64, shuffle=True, num_workers=2)
