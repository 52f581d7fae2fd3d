from pathlib import Path
import hydra
import wandb
from omegaconf import DictConfig, OmegaConf
from torch import nn
from torch.utils.data import DataLoader
from arxiv_classifier.data import ArxivDataset, load_split
from arxiv_classifier.models import get_model
from arxiv_classifier.training_output import (
def text_collate_fn(batch: list[dict]) -> dict:
    num_workers = min(cfg.training.num_workers, os.cpu_count() or 1)
        "num_workers": num_workers,
        "persistent_workers": num_workers > 0,
        "prefetch_factor": 2 if num_workers > 0 else None,
    log_training_config(train_size, val_size, DEVICE, num_workers, cfg.training.batch_size)
@hydra.main(config_path="../../configs", config_name="config", version_base=None)
    wandb.init(
