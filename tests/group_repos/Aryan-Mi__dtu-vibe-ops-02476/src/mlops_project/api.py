from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, cast
from fastapi import FastAPI, File, HTTPException, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from hydra import compose, initialize_config_dir
from hydra.core.global_hydra import GlobalHydra
import onnxruntime as ort
from PIL import Image
from pydantic import BaseModel
from mlops_project.data import CLASS_TO_DX, get_transforms
from mlops_project.model import INPUT_SIZE
    from torch import Tensor
def _check_models_exist(models_dir: Path) -> bool:
        onnx_files = list(models_dir.rglob("*.onnx"))
def _initialize_dvc(dvc_dir: Path, work_dir: Path) -> None:
def _configure_dvc_no_scm(work_dir: Path) -> None:
def _run_dvc_pull(work_dir: Path) -> bool:
def pull_models_dvc() -> bool:
def find_latest_model(model_name: str = "EfficientNet") -> Path | None:
    # Find all ONNX files matching the pattern: {model_name}-epoch=XX-val_loss=X.XXXX.onnx
    onnx_files = list(model_dir.glob(f"{model_name}-epoch=*.onnx"))
        onnx_files = list(model_dir.glob("*.onnx"))
async def lifespan(app: FastAPI):
app = FastAPI(lifespan=lifespan)
