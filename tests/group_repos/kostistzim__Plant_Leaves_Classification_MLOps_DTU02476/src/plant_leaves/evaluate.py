import typer
from torch.utils.data import DataLoader
from plant_leaves.config.logging_config import logger
from plant_leaves.data import LOG_PREFIX, load_processed_data
from plant_leaves.model import PlantClassifier
def evaluate(model_checkpoint: str) -> None:
