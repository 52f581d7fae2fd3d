from pathlib import Path
from torch.utils.data import Dataset
from dotenv import load_dotenv
from loguru import logger
from twitter_classification.utils import load_config, setup_logger
    def __init__(self, data_dir: str, file_name: str = "train.csv") -> None:
    def __len__(self) -> int:
    def __getitem__(self, idx: int) -> dict[str, torch.Tensor | str]:
def download_data(raw_dir: Path = RAW_DIR) -> None:
def preprocess(text: str) -> str:
def preprocess_data(raw_dir: Path = RAW_DIR, processed_dir: Path = PROCESSED_DIR) -> None:
def main() -> None:
