from torch import nn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
    def forward(self, x: torch.Tensor) -> torch.Tensor:
) -> Pipeline:
