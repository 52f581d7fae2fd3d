from pathlib import Path
import logging
def load_config(config_path: str = "configs/config.yaml") -> dict:
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
