from contextlib import asynccontextmanager
from http import HTTPStatus
from typing import AsyncGenerator, Dict
import onnx
import onnxruntime as ort
from fastapi import FastAPI, File, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse
from PIL import Image
from pydantic import BaseModel
from torchvision import transforms
from prometheus_client import Counter, Histogram, Summary, make_asgi_app, CollectorRegistry
# Prometheus metrics
prometheus_registry = CollectorRegistry()
    registry=prometheus_registry
    registry=prometheus_registry
    registry=prometheus_registry
    registry=prometheus_registry
async def lifespan(app: FastAPI) -> AsyncGenerator[None, None]:
    - app: FastAPI application instance.
    model_path = os.getenv("MODEL_PATH", "models/model.onnx")
app: FastAPI = FastAPI(lifespan=lifespan)
app.mount("/metrics", make_asgi_app(registry=prometheus_registry))
def root() -> Dict[str, str | HTTPStatus]:
def normalize(images: torch.Tensor) -> torch.Tensor:
async def preprocess_image(data: UploadFile) -> np.ndarray:
async def predict(data: UploadFile = File(...)) -> PredictionResponse:
            model_path = os.getenv("MODEL_PATH", "models/model.onnx")
