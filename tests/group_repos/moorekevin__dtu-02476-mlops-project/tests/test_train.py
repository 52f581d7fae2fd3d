from unittest.mock import patch, MagicMock, ANY
from omegaconf import OmegaConf
from final_project.train import train, main as train_main
from final_project.model import AwesomeModel
        "num_workers": 0,
def test_train_function(mock_torch_save, mock_trainer_cls, mock_data_module_cls, mock_cfg):
def test_train_main(mock_train, mock_cfg):
