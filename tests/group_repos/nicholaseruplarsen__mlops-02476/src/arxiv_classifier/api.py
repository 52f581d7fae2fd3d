"""FastAPI inference service for arXiv paper classification.
from contextlib import asynccontextmanager
from pathlib import Path
from fastapi import FastAPI, HTTPException, Request, Response
from prometheus_client import make_asgi_app
from pydantic import BaseModel, Field
from starlette.middleware.base import BaseHTTPMiddleware
from arxiv_classifier.metrics import (
from arxiv_classifier.models import get_model
def resolve_path(env_var: str, candidates: list[str]) -> str:
    async def dispatch(self, request: Request, call_next) -> Response:
def load_model_and_encoder() -> tuple:
async def lifespan(app: FastAPI):
app = FastAPI(
# Mount Prometheus metrics endpoint (with trailing slash)
    """Return Prometheus metrics (redirect-free endpoint for sidecar)."""
    from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
    from starlette.responses import Response
def health_check() -> HealthResponse:
def predict(request: PaperRequest) -> PredictionResponse:
