from io import BytesIO
import pytorch_lightning as pl
from PIL import Image
from glob import glob
from torch.utils.data import DataLoader, Dataset, random_split
from torchvision import datasets, transforms
    def test_dataloader(self):
