from pathlib import Path
from mlops_course_project.train import _load_split, _metrics
def _write_dummy_split_csv(path: Path) -> None:
def test_load_split_success(tmp_path: Path):
def test_load_split_missing_columns(tmp_path: Path):
def test_metrics_computation():
