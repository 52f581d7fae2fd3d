"""Collect current data from API logs for drift monitoring."""
from pathlib import Path
from loguru import logger
from monitoring.drift_monitor import CURRENT_DATA_PATH
def collect_current_data(log_file: Path = LOG_FILE, output_path: Path = CURRENT_DATA_PATH) -> pd.DataFrame:
    # Drop time and output columns, keep only input feature columns for drift detection
    import typer
    def collect(log_file: str = str(LOG_FILE)) -> None:
