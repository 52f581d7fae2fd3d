from pathlib import Path
from typing import Optional
from torch import nn
from torch.optim import AdamW
from torch.utils.data import DataLoader
from transformers import AutoTokenizer
from loguru import logger
from tqdm import tqdm
from twitter_classification.utils import load_config
from twitter_classification.model import build_model
from twitter_classification.data import TextDataset
) -> None:
    model = build_model(model_name=model_name, num_labels=num_labels)
