from typing import Callable, Dict, Iterable, List, Optional, Tuple, Union
import hydra
import wandb
from datasets import load_from_disk, load_metric
from hydra import compose, initialize
from omegaconf import DictConfig
from PIL.PngImagePlugin import PngImageFile
from transformers import EvalPrediction, Trainer, TrainingArguments, ViTImageProcessor, set_seed
from transformers.image_processing_utils import BatchFeature
from project.models.model import get_model
def compute_metrics(p: EvalPrediction) -> Dict[str, float]:
def collater(batch: List[Dict[str, torch.Tensor]]) -> Dict[str, torch.Tensor]:
def get_ViTFeatureExtractor(cfg: DictConfig) -> Callable:
def get_transform(cfg: DictConfig) -> Callable:
    def transform(sample: Dict[str, List[PngImageFile]]) -> BatchFeature | Dict[str, torch.Tensor]:
def train_model(save_path: None | str = None) -> None:
import argparse
def process_command_line_args() -> None | str:
        help="Optional save path argument. Useful when using a docker volume to later extract the model from.",
