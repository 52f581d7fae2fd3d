from hydra import initialize, compose
from tests import _DATA_PATH, _PROJECT_NAME
def test_data_length():
def test_data_shape():
def test_data_labels():
def test_unittest_data():
# ----------------------------------------------------------------------
