from fastapi import FastAPI, File, UploadFile
from fastapi.responses import StreamingResponse
from http import HTTPStatus
from mlops_project_tcs.evaluate import ONNXEvaluate
from contextlib import asynccontextmanager
from torchvision import transforms
from PIL import Image
from pathlib import Path
from typing import AsyncGenerator, Dict, Tuple, Union
async def lifespan(app: FastAPI) -> AsyncGenerator[None, None]:
    model_path = model_mount_path / "models/best_model_val_loss_0.4320.onnx"
app = FastAPI(lifespan=lifespan)
def root() -> Dict[str, str]:
def predict_image(image_path: str) -> Tuple[torch.Tensor, str]:
async def classify_image(file: UploadFile = File(...)) -> Dict[str, Union[str, float, list]]:
async def preprocess_image(file: UploadFile = File(...)) -> StreamingResponse:
