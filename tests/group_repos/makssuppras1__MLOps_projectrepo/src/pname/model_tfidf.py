from pathlib import Path
from loguru import logger
from omegaconf import DictConfig
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from xgboost import XGBClassifier
    def __init__(self, model_cfg: DictConfig = None) -> None:
    ) -> None:
    def predict(self, texts: list[str]) -> np.ndarray:
    def predict_proba(self, texts: list[str]) -> np.ndarray:
    def get_feature_importance(self, top_n: int = 20) -> list[tuple[str, float]]:
    def save(self, path: str) -> None:
