from typing import Tuple
import typer
from loguru import logger
from transformers import AutoTokenizer
from pname.data import arxiv_dataset
from pname.model import MyAwesomeModel
    from pname.model_tfidf import TFIDFXGBoostModel
) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
) -> None:
            raise ImportError("TF-IDF model support not available. Install required dependencies.")
            num_workers=0,  # Set to 0 to avoid pickling issues with tokenizer
