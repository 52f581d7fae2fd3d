from PIL import Image
from transformers import CLIPProcessor, CLIPModel
from torch.utils.data import DataLoader, Dataset
from glob import glob
NUM_WORKERS = 4
    def __init__(self, path_to_folder: str, label_file: str) -> None:
    def __getitem__(self, index: int) -> torch.Tensor:
        num_workers=NUM_WORKERS,
