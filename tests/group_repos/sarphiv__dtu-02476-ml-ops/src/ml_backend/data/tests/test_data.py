from ml_backend.data.make_dataset import make_dataset
from ml_backend.data.dataset import load_dataset
def test_data_exists(data_directory):
def test_data_dimensions(data_directory):
# ----------------------------------------------------------------------
