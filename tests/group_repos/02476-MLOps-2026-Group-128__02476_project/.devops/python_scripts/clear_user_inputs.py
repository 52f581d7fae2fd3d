from pathlib import Path
import typer
from google.cloud import storage
from loguru import logger
def clear_user_inputs() -> None:
        logger.info(f"Cleared {nb_blobs} user-provided rows from gs://{bucket_name}/{prefix}.")
