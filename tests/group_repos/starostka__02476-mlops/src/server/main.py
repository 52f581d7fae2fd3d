from http import HTTPStatus
from fastapi import BackgroundTasks, FastAPI, Request
from fastapi.logger import logger
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from src.models.model import GCN
from src.server.schema import InferenceInput
from src.utilities.helpers import save_to_db
# Set up the FastAPI app/service
# https://medium.com/@mingc.me/deploying-pytorch-model-to-production-with-fastapi-in-cuda-supported-docker-c161cca68bb8
app = FastAPI(
FastAPIInstrumentor.instrument_app(app)
    Initialize FastAPI and add variables
def predict(request: Request, body: InferenceInput, background_tasks: BackgroundTasks):
