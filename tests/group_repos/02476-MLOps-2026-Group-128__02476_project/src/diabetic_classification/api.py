from __future__ import annotations
from contextlib import asynccontextmanager
from datetime import datetime
from enum import Enum
from http import HTTPStatus
from pathlib import Path
from typing import Any
from evidently.legacy.metric_preset import (
    DataDriftPreset,
    TargetDriftPreset,
from evidently.legacy.report import Report
from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import HTMLResponse
from google.cloud import storage
from loguru import logger
from prometheus_client import Counter, Histogram, make_asgi_app
from pydantic_settings import BaseSettings, SettingsConfigDict
from diabetic_classification.model import TabularMLP
ModelRegistry = dict[str, dict[str, dict[str, dict[str, Any]]]]
model_registry: ModelRegistry
# Prometheus metrics
async def lifespan(app: FastAPI):
    global model_registry, device, feature_sets
        # Expected URI format: gs://bucket-name/path/to/artifacts/
        models_bucket_name = gcs_uri.replace("gs://", "").split("/")[0]
        prefix = "/".join(gcs_uri.replace("gs://", "").split("/")[1:])
    model_registry = {}
            model_registry[problem_type] = {}
                model_registry[problem_type][model_type] = {}
                    model_registry[problem_type][model_type][feature_set_name] = {}
                            model_registry[problem_type][model_type][feature_set_name][version] = model_info
    logger.info(f"Model registry initialized (loading time: {model_load_time:.2f}s)")
    del model_registry, device
app = FastAPI(lifespan=lifespan)
def get_model_registry() -> ModelRegistry:
    """Dependency to get the model registry."""
    return model_registry
def get_device() -> torch.device:
def get_feature_sets() -> dict[str, list[str]]:
async def read_root(registry: ModelRegistry = Depends(get_model_registry)) -> dict[str, Any]:
async def list_models(registry: ModelRegistry = Depends(get_model_registry)) -> dict[str, Any]:
) -> dict[str, Any]:
    registry: ModelRegistry = Depends(get_model_registry),
) -> dict[str, Any]:
    upload_new_row(features, prediction, probs)
@app.get("/reports", response_class=HTMLResponse)
    reference_data, input_data = get_data_drift_data()
    # Evidently expects the target column to be named "target"
    # Generate Evidently report and save as HTML
    data_drift_report = Report(metrics=[DataDriftPreset(), TargetDriftPreset(), DataQualityPreset()])
    data_drift_report.run(current_data=input_data, reference_data=reference_data)
    data_drift_report.save_html("datadrift.html")
    async with await anyio.open_file("datadrift.html", encoding="utf-8") as f:
    return HTMLResponse(content=html_content, status_code=200)
def get_data_drift_data(n=None) -> tuple[pd.DataFrame, pd.DataFrame]:
def upload_new_row(features: dict[str, float], prediction: int, probabilities: dict[str, float]) -> None:
            blob.upload_from_filename(str(new_row_path))
            logger.info(f"New row uploaded to gs://{bucket_name}/{bucket_path}")
