from torch import tensor
def test_compute_metrics() -> None:
    from transformers import EvalPrediction
    from project.train_model import compute_metrics
def test_collater() -> None:
    from torch import arange, equal
    from project.train_model import collater
def test_get_ViTFeatureExtractor() -> None:
    from project.train_model import get_ViTFeatureExtractor
    from PIL import Image
def test_get_transform() -> None:
    from project.train_model import get_transform
    from PIL import Image
