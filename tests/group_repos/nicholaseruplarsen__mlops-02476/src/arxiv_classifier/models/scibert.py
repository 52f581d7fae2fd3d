from torch import nn
from transformers import AutoModel, AutoTokenizer
from arxiv_classifier.data import get_num_classes
from arxiv_classifier.models.base import BaseClassifier
def resolve_base_model_path() -> str:
    from pathlib import Path
    def forward(self, texts: list[str]) -> torch.Tensor:
