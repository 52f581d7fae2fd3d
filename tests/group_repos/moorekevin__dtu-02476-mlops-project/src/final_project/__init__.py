from .data import MentalDisordersDataset as MentalDisordersDataset
from .data_module import MentalDisordersDataModule as MentalDisordersDataModule
from .model import AwesomeModel as AwesomeModel