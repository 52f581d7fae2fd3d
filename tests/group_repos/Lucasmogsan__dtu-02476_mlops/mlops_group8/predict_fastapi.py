from http import HTTPStatus
from fastapi import FastAPI, File, UploadFile
from mlops_group8.predict_model import predict
from google.cloud import storage
app = FastAPI()
# ----------------------------------------------------------------------
