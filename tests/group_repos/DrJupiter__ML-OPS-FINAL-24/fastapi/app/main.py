from os import PathLike as PPath
from pathlib import Path
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report
from google.cloud import storage
from PIL import Image
from torch.nn.functional import softmax
from transformers import AutoFeatureExtractor, ViTForImageClassification, ViTModel, logging
from fastapi import BackgroundTasks, Depends, FastAPI, File, HTTPException, Request, UploadFile, status
from fastapi.responses import HTMLResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.templating import Jinja2Templates
app = FastAPI()
templates = Jinja2Templates(directory="app/templates")
    background_tasks: BackgroundTasks,
async def extract_embeddings_and_save(file_contents, background_tasks: BackgroundTasks, prediction: str):
async def create_upload_file(request: Request, background_tasks: BackgroundTasks, file: UploadFile = File(...)):
@app.get("/", response_class=HTMLResponse)
async def update_model(background_tasks: BackgroundTasks, token: str = Depends(get_current_user)):
    await asyncio.to_thread(blob.upload_from_filename, pickle_filename)
async def process_embeddings(background_tasks: BackgroundTasks, token: str = Depends(get_current_user)):
async def update_monitoring(background_tasks: BackgroundTasks, token: str = Depends(get_current_user)):
            "<h2>The Evidently Data Drift Report has not been created yet.</h2>",
    report = Report(metrics=[DataDriftPreset()])
