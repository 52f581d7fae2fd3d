from pathlib import Path
import typer
from plant_leaves.config.logging_config import logger
from plant_leaves.data import load_processed_data
from plant_leaves.utils import get_project_root, show_image_and_target
def dataset_statistics(datadir: str = "data/processed/") -> None:
