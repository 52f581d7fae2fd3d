from pathlib import Path
from torch.utils.data import DataLoader
from transformers import AutoTokenizer
from loguru import logger
from datetime import datetime
from twitter_classification.utils import load_config
from twitter_classification.data import TextDataset
from twitter_classification.model import build_model
) -> None:
    model = build_model(model_name=model_name, num_labels=config["model"]["num_labels"], model_dir=model_dir)
