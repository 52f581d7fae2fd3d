from fastapi import FastAPI, File, UploadFile
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request
from omegaconf import OmegaConf
from io import BytesIO
from FishEye.predict_model import preprocess_images
from FishEye.predict_model import predict as predict_model_
from FishEye.models.model import FishNN
from PIL import Image
app = FastAPI()
