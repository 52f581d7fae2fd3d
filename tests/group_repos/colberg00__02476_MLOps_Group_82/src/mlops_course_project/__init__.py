from pathlib import Path
from loguru import logger
def setup_logging(script_name: str = "project") -> None:
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
