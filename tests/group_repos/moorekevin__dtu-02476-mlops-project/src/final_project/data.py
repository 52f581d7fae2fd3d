from pytorch_lightning import seed_everything
from sklearn.model_selection import train_test_split
from transformers import AutoTokenizer
from torch.utils.data import Dataset
from google.cloud import storage
import hydra
import logging
log = logging.getLogger(__name__)
    def __init__(self, data_percentage: float, seed: int, train: bool, training_data_path: str, testing_data_path: str) -> None:
    def __len__(self) -> int:
        bucket_name, blob_name = gcs_path.replace("gs://", "").split("/", 1)
    bucket_name, blob_name = gcs_path.replace("gs://", "").split("/", 1)
    blob.upload_from_filename(local_path)
def preprocess(raw_data_path: str, training_data_path: str, testing_data_path,  tokenizer_name: str = "distilbert-base-uncased", max_length: int = 512) -> None:
    save_to_gcs("training_data.pt", "gs://mlops-bucket-1999/data/processed/training_data.pt")
    save_to_gcs("testing_data.pt", "gs://mlops-bucket-1999/data/processed/testing_data.pt")
@hydra.main(version_base="1.1", config_path="config", config_name="data.yaml")
