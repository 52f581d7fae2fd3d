from google.cloud import storage
import typer
from typing import Annotated
from pathlib import Path
from google.oauth2 import service_account
    ] = "model.onnx",
) -> None:
    blob.upload_from_filename(onnx_model_path)
