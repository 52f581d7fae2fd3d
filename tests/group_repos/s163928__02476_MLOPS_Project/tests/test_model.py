from torch import nn
from src.models.LN_model import LN_model
from src.models.predict_model import predict
def test_LN_model_model():
def test_LN_model_criterion():
def test_LN_model_forward():
def test_LN_model_optimizer():
def test_predict_model():
def is_torch_loss(criterion) -> bool:
def is_torch_optim(optimizer) -> bool:
