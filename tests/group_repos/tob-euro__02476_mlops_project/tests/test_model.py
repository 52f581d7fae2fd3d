from transformers import RobertaForSequenceClassification
from twitter_classification.model import build_model
from twitter_classification.train import train_model
from tests import _PATH_MODELS, _PATH_RAW_DATA, _PATH_PROCESSED_DATA
def test_build_model():
    """Test if the model builds correctly."""
    model = build_model()
# To calculate the code coverage
# pip install coverage
#coverage run -m pytest tests/
#coverage report
