from pathlib import Path
from plant_leaves.data import get_kaggle_dataset_url, load_processed_data, preprocess
from tests import _PATH_DATA, _PATH_TEST_DATA
def test_kaggle_dataset_availability():
def test_preprocess_data():
def test_load_data():
