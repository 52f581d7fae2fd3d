from torch import nn
from torch.utils.data import DataLoader
from arxiv_classifier.data import ArxivDataset, load_split
from arxiv_classifier.models import SciBertClassifier, SentenceTransformerClassifier
from arxiv_classifier.train import text_collate_fn
def test_text_collate_fn(tiny_dataset):
def test_scibert_training_step(tiny_dataset):
def test_sentence_transformer_training_step(tiny_dataset):
def test_model_saves_correctly(tmp_model_dir):
def test_gradient_flow_scibert():
def test_gradient_flow_sentence_transformer():
