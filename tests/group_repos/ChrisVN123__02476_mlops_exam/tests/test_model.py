from src.exam_project.model import SectorClassifier
def test_model():
def test_model_forward_pass(test_model):
def test_model_training_step(test_model):
def test_model_save_and_load(test_model, tmp_path):
