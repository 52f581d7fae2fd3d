from unittest.mock import patch, MagicMock
from tests import _PATH_DATA, _TEST_ROOT
from mlops_project_tcs.data import balance, split, augment, preprocess
from mlops_project_tcs.train import train_model
from hydra import initialize, compose
    with patch("pytorch_lightning.Trainer") as mock_trainer:
    with patch("pytorch_lightning.loggers.WandbLogger") as mock_logger:
    with patch("wandb.init") as mock_init:
def test_train_model(setup_dummy_data, mock_hydra_config, mock_trainer, mock_wandb_logger, mock_wandb_init):
