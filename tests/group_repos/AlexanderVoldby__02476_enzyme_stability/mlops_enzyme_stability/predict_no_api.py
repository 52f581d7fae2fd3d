from torch.utils.data import DataLoader, TensorDataset
from mlops_enzyme_stability.models.MLP import MyNeuralNet
from pytorch_lightning import Trainer
import hydra
@hydra.main(version_base="1.3", config_name="config.yaml", config_path="../")
    save_predictions(predictions)
    # "gs://dtu-mlops-storage/models/MLP/checkpoints"
def save_predictions(predictions):
