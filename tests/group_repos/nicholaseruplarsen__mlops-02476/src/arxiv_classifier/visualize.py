from pathlib import Path
import typer
from arxiv_classifier.data import ArxivDataset
from arxiv_classifier.model import CATEGORIES, ArxivClassifier
from arxiv_classifier.training_output import Colors
def format_categories(indices: list[int], probs: torch.Tensor | None = None) -> str:
) -> None:
) -> None:
