from __future__ import annotations
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse
import typer
from torch.utils.data import Dataset
from datasets import load_dataset
from loguru import logger
from mlops_course_project import setup_logging
def _domain(url: str) -> str:
def _outlet_from_url(url: str) -> Optional[str]:
def _url_to_slug_text(url: str) -> str:
def _find_raw_file(data_path: Path) -> Path:
def _read_urls(file_path: Path) -> pd.DataFrame:
    def __init__(self, data_path: Path) -> None:
    def __len__(self) -> int:
    def preprocess(self, output_folder: Path, cfg: SplitConfig = SplitConfig()) -> None:
) -> None:
) -> None:
) -> None:
) -> None:
def _raw_ready(data_path: Path) -> bool:
def _processed_ready(output_folder: Path) -> bool:
def ensure_downloaded(data_path: Path = Path("data/cis519_news_urls")) -> None:
) -> None:
) -> None:
