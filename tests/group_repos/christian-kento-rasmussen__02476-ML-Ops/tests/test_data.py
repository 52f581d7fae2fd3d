from FishEye.data.data_module import FishDataModule
from FishEye.data.make_dataset import process_data
def test_makedata():
def test_datamodule():
# ----------------------------------------------------------------------
