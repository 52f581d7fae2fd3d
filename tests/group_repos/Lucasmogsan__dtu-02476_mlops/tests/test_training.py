from tests import _PROJECT_NAME
from utility.util_functions import set_directories, load_data
from train_model import train_epoch
from hydra import initialize, compose
def test_train_config() -> None:
def test_train_loss() -> None:
