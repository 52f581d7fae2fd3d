"""FastAPI application for model inference."""
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Optional
import typer
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from loguru import logger
from pydantic import BaseModel
from transformers import DistilBertTokenizer
from pname.model import MyAwesomeModel
    from google.cloud import storage
    from pname.model_tfidf import TFIDFXGBoostModel
# Request logging for drift monitoring
def load_model(model_path: str, model_name: str = "distilbert-base-uncased") -> None:
            raise ImportError("TF-IDF model support not available. Install required dependencies.")
def log_to_gcs(log_record: dict) -> None:
def _flush_log_buffer() -> None:
        blob.upload_from_string(jsonl_content, content_type="application/jsonl")
        logger.debug(f"Uploaded {len(_log_buffer)} log records to gs://{GCS_BUCKET_NAME}/{blob_name}")
) -> None:
def load_class_names() -> Optional[dict[int, str]]:
def _auto_load_model() -> None:
async def lifespan(app: FastAPI):
app = FastAPI(
async def root() -> dict[str, str]:
async def health() -> dict[str, str]:
@app.get("/monitoring", response_class=HTMLResponse)
async def monitoring() -> HTMLResponse:
    """Monitoring endpoint returning Evidently HTML report.
        HTML report showing data drift analysis.
        from monitoring.drift_monitor import run_drift_monitoring
        # Run drift monitoring
        result = run_drift_monitoring()
            return HTMLResponse(content=html_content, status_code=200)
            return HTMLResponse(
        return HTMLResponse(
async def load_model_endpoint(model_path: str) -> dict[str, str]:
async def predict(request: PredictionRequest, http_request: Request) -> PredictionResponse:
        http_request: FastAPI request object for extracting request ID.
) -> None:
    """Run the FastAPI server.
