from omegaconf import DictConfig
from pname.data import ArXivDataset
from pname.train_tfidf import train as train_tfidf
def build_synthetic_dataset():
def build_no_val_dataset():
def test_train_tfidf_saves_artifacts(tmp_path, monkeypatch, minimal_model_cfg):
        lambda max_categories=3: build_synthetic_dataset(),
def test_train_tfidf_maps_epochs_to_estimators(tmp_path, monkeypatch, minimal_model_cfg):
    from pname.model_tfidf import TFIDFXGBoostModel
        lambda max_categories=3: build_synthetic_dataset(),
def test_train_tfidf_no_val_set(tmp_path, monkeypatch, minimal_model_cfg):
        lambda max_categories=3: build_no_val_dataset(),
