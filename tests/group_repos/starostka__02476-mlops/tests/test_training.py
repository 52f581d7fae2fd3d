import pytorch_lightning as pl
from pytorch_lightning.utilities.warnings import PossibleUserWarning
from torch_geometric.loader import DataLoader
from src.models.model import GCN
from tests import _PATH_DATA
def test_training():
