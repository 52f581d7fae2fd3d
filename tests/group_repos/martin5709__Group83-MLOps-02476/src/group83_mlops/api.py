from contextlib import asynccontextmanager
from fastapi import FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from google.cloud import storage
from group83_mlops.adv_model import Generator
from io import BytesIO
from torchvision.transforms import ToPILImage
async def lifespan(app: FastAPI):
# Initialize FastAPI app
app = FastAPI(lifespan=lifespan)
