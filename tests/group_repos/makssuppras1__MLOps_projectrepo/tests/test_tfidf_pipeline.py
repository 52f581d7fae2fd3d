from pathlib import Path
from omegaconf import DictConfig
from pname.model_tfidf import TFIDFXGBoostModel
def test_pipeline_initialization(model_config):
def test_new_model_save_load_roundtrip(model_config, sample_texts, sample_labels):
def test_backward_compatibility_old_format(model_config, sample_texts, sample_labels):
def test_early_stopping_works(model_config, sample_texts, sample_labels, val_texts, val_labels):
def test_no_data_leakage(model_config):
