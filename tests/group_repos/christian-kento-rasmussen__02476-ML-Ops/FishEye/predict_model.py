from typing import Dict, List
from omegaconf import OmegaConf
from PIL import Image
from torch.nn.functional import interpolate
from FishEye.models.model import FishNN
def predict(model: torch.nn.Module, images: torch.Tensor, label_mapping: Dict) -> None:
def preprocess_images(images: List[torch.Tensor]) -> torch.Tensor:
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00001.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00002.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00003.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00004.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00005.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00006.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00007.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00008.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00009.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00010.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00011.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00012.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00013.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00014.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00015.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00016.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00017.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00018.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00019.png",
        "data/raw/NA_Fish_Dataset/Black Sea Sprat/00020.png",
