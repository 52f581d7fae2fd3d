from pathlib import Path
from twitter_classification.data import TextDataset, preprocess_data, preprocess
from tests import _PATH_RAW_DATA, _PATH_PROCESSED_DATA
def test_data_loading():
def test_preprocess_function():
def test_preprocess_data():
def test_labels_representation():
# To calculate the code coverage
# pip install coverage
#coverage run -m pytest tests/
#coverage report
