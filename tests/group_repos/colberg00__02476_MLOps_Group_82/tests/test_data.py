from pathlib import Path
from mlops_course_project.data import MyDataset, PROCESSED_FILES, RAW_FILENAME
def _write_dummy_raw_csv(data_path: Path, n_per_class: int = 25) -> None:
def test_preprocess_creates_expected_files(tmp_path: Path) -> None:
def test_processed_csv_has_required_columns(tmp_path: Path) -> None:
def test_slug_extraction_removed_domains(tmp_path: Path) -> None:
