import hydra
from datasets import DatasetDict, load_dataset
from omegaconf import DictConfig
from transformers import ViTFeatureExtractor
# ----------------------------------------------------------------------
