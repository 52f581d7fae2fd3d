from src.models.model import GCN
from tests import _PATH_CONF, _PATH_DATA
def test_model_output_shape():
def test_model_evaluate():
def test_model_predict():
# ----------------------------------------------------------------------
