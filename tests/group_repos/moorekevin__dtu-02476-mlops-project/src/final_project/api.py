from contextlib import asynccontextmanager
from fastapi import FastAPI, Form
from fastapi.responses import HTMLResponse
from pydantic import BaseModel
from transformers import AutoTokenizer
from omegaconf import OmegaConf
from google.cloud import storage
from final_project import AwesomeModel
async def lifespan(app: FastAPI):
    bucket_name, blob_name = "gs://mlops-bucket-1999/models/model.pth".replace("gs://", "").split("/", 1)
app = FastAPI(lifespan=lifespan)
@app.get("/", response_class=HTMLResponse)
        <form action="/ui_predict" method="post">
            <input type="text" id="title" name="title" size="60"><br><br>
            <input type="submit" value="Predict">
    return HTMLResponse(content=html_content, status_code=200)
@app.post("/ui_predict", response_class=HTMLResponse)
    return HTMLResponse(content=result_html, status_code=200)
