from fastapi import FastAPI, HTTPException, File, BackgroundTasks
from pydantic import BaseModel
from typing import List
from transformers import BertTokenizer, BertModel 
from torch.utils.data import DataLoader
from mlops_enzyme_stability.models.MLP import MyNeuralNet
from pytorch_lightning import Trainer
from omegaconf import OmegaConf
from datetime import datetime
from tqdm import tqdm
app = FastAPI()
background_tasks = BackgroundTasks()
def encode_sequences(sequences) -> torch.Tensor:
def predict(tensors) -> List[float]:
def load_mlp() -> MyNeuralNet:
def save_predictions(predictions, sequences):
def save_predictions_background(predictions, sequences, background_tasks: BackgroundTasks):
    # Run the save_predictions function in the background
    background_tasks.add_task(save_predictions, predictions, sequences)
async def make_prediction(request: PredictionRequest, background_tasks: BackgroundTasks):
        save_predictions_background(predictions, amino_acid_sequences, background_tasks)
