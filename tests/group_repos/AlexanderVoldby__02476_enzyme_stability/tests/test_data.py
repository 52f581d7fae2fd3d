from tests import _PATH_DATA, _PROJECT_ROOT
from torch.utils.data import DataLoader, TensorDataset
from mlops_enzyme_stability.data.make_dataset import load_data, save_tensor, preprocessing
def test_preprocessing():
def test_save_tensor(tmp_path):
