from evidently.metric_preset import DataDriftPreset, DataQualityPreset,TargetDriftPreset
from evidently.report import Report
from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from google.cloud import storage
from transformers import CLIPModel, CLIPProcessor
from torchvision.transforms import ToPILImage
def lifespan(app: FastAPI):
app = FastAPI(lifespan=lifespan)
@app.get("/report", response_class=HTMLResponse)
    report = Report(metrics=[DataDriftPreset(), DataQualityPreset(),TargetDriftPreset()])
    return HTMLResponse(content=html_content, status_code=200)
