from sentence_transformers import SentenceTransformer
from torch import nn
from arxiv_classifier.data import get_num_classes
from arxiv_classifier.models.base import BaseClassifier
    def forward(self, texts: list[str]) -> torch.Tensor:
