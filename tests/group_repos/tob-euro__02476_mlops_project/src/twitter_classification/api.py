from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from transformers import AutoTokenizer, AutoModelForSequenceClassification
from pathlib import Path
# Initialize FastAPI app
app = FastAPI()
