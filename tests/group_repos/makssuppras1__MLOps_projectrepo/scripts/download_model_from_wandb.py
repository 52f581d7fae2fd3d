from pathlib import Path
from dotenv import load_dotenv
import wandb
) -> Path:
    import argparse
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
