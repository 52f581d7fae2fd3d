from PIL import Image
from http import HTTPStatus
from hydra import initialize, compose
from fastapi import FastAPI, UploadFile, File
from fastapi.middleware.cors import CORSMiddleware
from ml_backend.predict import predict_data_class, load_model_best
from ml_backend.storage import load_from_bucket
    app = FastAPI()
