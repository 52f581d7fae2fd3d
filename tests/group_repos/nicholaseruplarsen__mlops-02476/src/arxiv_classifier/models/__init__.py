"""Model registry for arxiv classifier."""
from arxiv_classifier.models.scibert import SciBertClassifier
from arxiv_classifier.models.sentence_transformer import SentenceTransformerClassifier
MODEL_REGISTRY = {
    if name not in MODEL_REGISTRY:
        raise ValueError(f"Unknown model: {name}. Available: {list(MODEL_REGISTRY.keys())}")
    return MODEL_REGISTRY[name](**kwargs)
    "MODEL_REGISTRY",
