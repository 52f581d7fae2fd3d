from pathlib import Path
import typer
from google.cloud import storage
from loguru import logger
def enrich_data_with_user_input() -> Path:
def map_input_to_dataset(user_input: dict[str, float]) -> dict:
        "ethnicity": ["ethnicity_asian", "ethnicity_black", "ethnicity_hispanic", "ethnicity_other", "ethnicity_white"],
