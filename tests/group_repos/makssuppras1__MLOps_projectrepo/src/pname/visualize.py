from pathlib import Path
import typer
from loguru import logger
from sklearn.decomposition import PCA
from sklearn.manifold import TSNE
from transformers import DistilBertTokenizer
from pname.data import arxiv_dataset
from pname.model import MyAwesomeModel
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
) -> None:
    def get_embeddings(input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
