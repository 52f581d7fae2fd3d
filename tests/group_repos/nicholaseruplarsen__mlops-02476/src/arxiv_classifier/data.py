from collections import Counter
from pathlib import Path
import typer
from loguru import logger
from torch.utils.data import Dataset
def download_raw_data(raw_dir: Path = Path("data/raw")) -> Path:
def plot_category_distributions(data_dir: Path, output_path: Path) -> None:
def plot_distribution_differences(data_dir: Path, output_path: Path) -> None:
        ax.axhline(y=0, color="black", linewidth=0.5)
) -> None:
    # Build label encoder
    def __init__(self, texts: list[str], labels: torch.Tensor) -> None:
    def __len__(self) -> int:
    def __getitem__(self, idx: int) -> dict:
def load_label_encoder(path: Path = Path("data/processed/label_encoder.json")) -> dict:
def get_num_classes(path: Path = Path("data/processed/label_encoder.json")) -> int:
def load_split(split: str, data_dir: Path = Path("data/processed")) -> ArxivDataset:
def arxiv_dataset() -> tuple[tuple, tuple]:
) -> None:
