import onnxruntime as rt
from fastapi import FastAPI
from fastapi.exceptions import HTTPException
from fastapi.responses import JSONResponse
from src.exam_project.data import find_sparse_rows_by_initials, load_and_preprocess_data
app = FastAPI()
def predict(model_path: str = "models/model.onnx", initials: str = "APPL"):
