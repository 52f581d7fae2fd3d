import hydra
from zipfile import ZipFile
from pathlib import Path
from kaggle.api.kaggle_api_extended import KaggleApi
from tqdm import tqdm
from albumentations.pytorch import ToTensorV2
from sklearn.model_selection import train_test_split
def download_data(dataset_name: str, download_path: str, extract_path: str) -> None:
def extract_data(download_path: str, extract_path: str, dataset_name: str) -> None:
) -> None:
@hydra.main(version_base=None, config_path=_SRC_PATH + "/config", config_name="default_config.yaml")
