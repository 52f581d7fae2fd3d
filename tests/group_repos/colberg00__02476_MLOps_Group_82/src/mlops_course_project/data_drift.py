from __future__ import annotations
import cProfile
import pstats
from pathlib import Path
from evidently.legacy.metric_preset import DataQualityPreset, TargetDriftPreset, TextEvals
from evidently.legacy.report import Report
    # Evidently versions differ in where ColumnMapping lives
    from evidently import ColumnMapping  # type: ignore
        from evidently.legacy.pipeline.column_mapping import ColumnMapping  # type: ignore
        from evidently.pipeline.column_mapping import ColumnMapping  # type: ignore
# Evidently TestSuite + Tests (version-safe imports)
    from evidently.test_suite import TestSuite  # type: ignore
    from evidently.tests import (  # type: ignore
        TestColumnDrift,
    from evidently.legacy.test_suite import TestSuite  # type: ignore
    from evidently.legacy.tests import (  # type: ignore
        TestColumnDrift,
from loguru import logger
from mlops_course_project import setup_logging
setup_logging("data_drift")
# - DVC_RAW_TARGET: raw file to pull if we need to build processed reference.
def _acquire_dvc_lock(timeout_s: int = 300) -> None:
def _release_dvc_lock() -> None:
def _dvc_base_args() -> list[str]:
def _run_cmd(cmd: list[str], *, label: str) -> None:
def _dvc_repro(target: str | None = None) -> None:
def _dvc_pull(target: str) -> None:
def _preprocess() -> None:
def ensure_reference_csv(reference_csv: Path) -> Path:
def standardize_current_df(df: pd.DataFrame) -> pd.DataFrame:
    """Standardize current data into ['content','target'] for Evidently.
def load_current_last_n(path: str | Path, n: int) -> pd.DataFrame:
def _parse_event_row(d: dict) -> dict:
def load_current_from_local_events(n: int = 500) -> pd.DataFrame:
def load_current_from_gcs_events(n: int = 500) -> pd.DataFrame:
        from google.cloud import storage  # type: ignore
        raise FileNotFoundError(f"No blobs found in gs://{PREDICTION_GCS_BUCKET}/{prefix}")
def load_current_data(n: int = 500, legacy_csv: str | Path = "prediction_database.csv") -> pd.DataFrame:
def _profile_block(fn, out: str | Path = "reports/data_drift.prof", sort_by: str = "cumtime", top: int = 30) -> None:
    """Profile a callable and write stats to a .prof file (snakeviz-compatible) + print summary."""
    prof = cProfile.Profile()
    pstats.Stats(prof).strip_dirs().sort_stats(sort_by).print_stats(top)
def run_drift_report(
    current_csv: str | Path = "prediction_database.csv",
    out_html: str | Path = "reports/data_drift_report.html",
) -> Path:
    """Generate and save an Evidently drift report."""
    logger.info("Starting drift report generation")
    # Evidently missing-value checks also treat empty strings as missing by default.
        # Use plain `object` dtype instead of pandas `string` dtype because Evidently's Column Types
        # Stable dtype for Evidently:
        # - Otherwise -> use plain int64 (avoids Evidently type-inference issues)
        # Evidently handles pandas missing values consistently; keep explicit NA values
    # Tell Evidently which columns are text and which column is the target
    # Tune drift test to your use case (binary target) so it doesn't fail on small, acceptable shifts
    drift_test = TestColumnDrift(column_name="target", stattest="psi", stattest_threshold=0.3)
            # 2) Target drift between reference and current
            drift_test,
            # Evidently stores details under different keys depending on version
    logger.info("Running Evidently Data Quality report.run(...)")
    # 2) Text + target drift report
    drift_report = Report(metrics=[TextEvals(column_name="content"), TargetDriftPreset(columns=["target"])])
    logger.info("Running Evidently Drift report.run(...)")
    drift_report.run(reference_data=ref, current_data=cur, column_mapping=column_mapping)
    drift_path = out_html
    drift_report.save_html(str(drift_path))
    logger.info(f"Wrote drift report to: {drift_path}")
    return drift_path
def main() -> None:
    def _run() -> None:
        run_drift_report()
        _profile_block(_run, out=Path("reports") / "data_drift.prof")
