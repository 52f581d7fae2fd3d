from glob import glob
from PIL import Image
from torch.nn.functional import interpolate
from tqdm import tqdm
def process_data(raw_data_path: str = "data/raw/NA_Fish_Dataset", processed_data_path: str = "data/processed") -> None:
