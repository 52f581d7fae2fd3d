from pathlib import Path
from sklearn.compose import ColumnTransformer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from torch.utils.data import Dataset
from exam_project.__init__ import (  # Adjust this import to your actual utils module
    def __init__(self, raw_data_path: Path) -> None:
    def __len__(self) -> int:
    def preprocess(self, output_folder: Path) -> None:
def preprocess(raw_data_path: Path, output_folder: Path) -> None:
