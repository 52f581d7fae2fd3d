from pathlib import Path
from sklearn.model_selection import train_test_split
from diabetic_classification import constants
from diabetic_classification.data import DiabetesHealthDataset
from tests import _DATA_PATH, _PROCESSED_DATA_PATH
def _ensure_processed_data(data_dir: Path) -> None:
def test_processed_train_split_is_normalized():
def test_dataset_handles_single_target_attribute():
def test_dataset_handles_multiple_target_attributes():
def test_dataset_respects_split_sizes():
    stratify_series = dataset._build_stratify_series(train_df, dataset.stratification_attributes)
def test_dataset_allows_feature_subset():
    stratify_series = dataset._build_stratify_series(train_df, dataset.stratification_attributes)
def test_prepare_data_downloads_and_processes(tmp_path: Path):
