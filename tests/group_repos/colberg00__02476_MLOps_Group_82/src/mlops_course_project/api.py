"""FastAPI application for news outlet classification."""
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional
from fastapi import BackgroundTasks, FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from joblib import load
from loguru import logger
from pydantic import BaseModel
from mlops_course_project import setup_logging
from mlops_course_project.data import _url_to_slug_text
PREDICTION_DB_PATH = Path(os.getenv("PREDICTION_DB_PATH", "prediction_database.csv"))
def _resolve_model_path(model_path: Path) -> Path:
    - If MODEL_GCS_BUCKET is set, attempt to download gs://{bucket}/{object} to MODEL_TMP_PATH.
            from google.cloud import storage  # type: ignore
            from google.api_core.exceptions import NotFound  # type: ignore
            raise RuntimeError(f"Failed to download model from gs://{MODEL_GCS_BUCKET}/{MODEL_GCS_OBJECT}: {e}") from e
# --- Monitoring (drift + data quality reports) ---
MONITORING_REPORT_PATH = Path(os.getenv("MONITORING_REPORT_PATH", "reports/data_drift_report.html"))
MONITORING_CURRENT_CSV_FALLBACK = Path(os.getenv("MONITORING_CURRENT_CSV_FALLBACK", "prediction_database.csv"))
def _append_prediction_row(row: dict) -> None:
    PREDICTION_DB_PATH.parent.mkdir(parents=True, exist_ok=True)
    file_exists = PREDICTION_DB_PATH.exists()
    with PREDICTION_DB_PATH.open("a", newline="", encoding="utf-8") as f:
def _write_prediction_event(row: dict) -> None:
            from google.cloud import storage  # type: ignore
        blob.upload_from_string(payload, content_type="application/json")
    # Backwards compatible local mirror (your existing drift script can keep reading the CSV)
app = FastAPI(
def _should_regenerate_report(path: Path, refresh_seconds: int) -> bool:
@app.get("/monitoring/report", response_class=HTMLResponse)
    """Generate (if needed) and return the drift report HTML.
        from mlops_course_project.data_drift import run_drift_report
            logger.info("Regenerating drift report")
            run_drift_report(
            logger.debug(f"Drift report saved to {MONITORING_REPORT_PATH}")
            logger.debug("Using cached drift report")
        return HTMLResponse(content=html, status_code=200)
@app.get("/monitoring/quality", response_class=HTMLResponse)
        from mlops_course_project.data_drift import run_drift_report
            run_drift_report(
        return HTMLResponse(content=html, status_code=200)
def predict(request: PredictionRequest, background_tasks: BackgroundTasks) -> PredictionResponse:
