import hydra
from datasets import load_from_disk
from omegaconf import DictConfig
from transformers import ViTForImageClassification
def get_model(config: DictConfig) -> ViTForImageClassification:
# ----------------------------------------------------------------------
