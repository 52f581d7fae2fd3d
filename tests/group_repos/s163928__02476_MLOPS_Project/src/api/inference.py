from http import HTTPStatus
from fastapi import FastAPI, UploadFile, File, BackgroundTasks
from fastapi.responses import HTMLResponse
from src.models.predict_model import predict as model_predict
from google.cloud import storage
from io import BytesIO
from PIL import Image
from transformers import CLIPProcessor, CLIPModel
from urllib.request import urlopen
from evidently.report import Report
from evidently.metric_preset import (
    DataDriftPreset,
    TargetDriftPreset,
PREDICTION_BUCKET = "prediction_database"
DATABASE_FILE = "prediction_database.csv"
blob = bucket.blob("jobs/vertex-with-docker/model.ckpt")
app = FastAPI(title="FastAPI")
    blob.upload_from_filename(DATABASE_FILE)
async def predict(background_tasks: BackgroundTasks, data: UploadFile = File(...)):
@app.get("/monitoring/", response_class=HTMLResponse)
    bucket = storage_client.get_bucket("prediction_database")
    prediction_data = bucket.blob("prediction_database.csv").download_as_bytes()
    data_drift_report = Report(
            DataDriftPreset(),
            TargetDriftPreset(),
    data_drift_report.run(
    data_drift_report.save_html("monitoring.html")
    return HTMLResponse(content=html_content, status_code=200)
