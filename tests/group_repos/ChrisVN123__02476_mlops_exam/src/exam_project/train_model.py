import hydra
import wandb  # Import Weights & Biases
from api import predict_sector, preprocess_new_company
from data import load_and_preprocess_data
from evaluate import evaluate_model
from loguru import logger
from model import SectorClassifier
from omegaconf import DictConfig
from train import create_dataloader, train_model, visualize_training
@hydra.main(config_path="../../configs", config_name="config.yaml", version_base="1.1")
        run = wandb.init(
        # Save the model as a .onnx file
        onnx_model_path = f"{model_path}/model.onnx"
        torch.onnx.export(
            onnx_model_path,  # File path to save the .onnx model
