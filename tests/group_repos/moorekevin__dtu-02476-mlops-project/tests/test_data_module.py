from unittest.mock import patch, MagicMock
from torch.utils.data import DataLoader
from final_project import MentalDisordersDataModule
        num_workers = 2
def test_init_data_module(mock_cfg):
    assert dm.num_workers == mock_cfg.num_workers, "num_workers not set correctly."
def test_setup_fit(mock_data_class, mock_dataset, mock_cfg):
def test_setup_test(mock_data_class, mock_dataset, mock_cfg):
def test_setup_stages(mock_dataset, mock_cfg, stage):
def test_seed_effect(mock_data_class, mock_dataset, mock_cfg):
