from arxiv_classifier.models import SciBertClassifier, SentenceTransformerClassifier, get_model
def test_scibert_forward_pass():
def test_scibert_predict():
def test_scibert_frozen_layers():
def test_scibert_full_finetune():
def test_sentence_transformer_forward():
def test_sentence_transformer_frozen():
def test_model_registry():
    """Test model registry returns correct model types."""
def test_count_parameters():
