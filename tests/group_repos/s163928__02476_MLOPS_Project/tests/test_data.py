from torch.utils.data import DataLoader
from src.data.LN_data_module import Flowers102DataModule
from src.data.get_CLIP_features import CLIPFeature
def test_Flowers102DataModule_train_data():
def test_Flowers102DataModule_validation_data():
def test_Flowers102DataModule_validation_sample_size():
def test_Flowers102DataModule_test_data():
def test_Flowers102DataModule_predict_data():
def test_CLIPFeature_get_item():
