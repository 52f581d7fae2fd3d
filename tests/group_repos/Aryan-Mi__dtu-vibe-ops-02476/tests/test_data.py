        from PIL import Image
        from torchvision import transforms
from mlops_project.data import DX_TO_CLASS, CancerDataset
    def test_data_loading_comprehensive(self):
    def test_dataset_initialization(self, temp_data_dir):
