from unittest.mock import patch, MagicMock, ANY
from omegaconf import OmegaConf
from final_project.evaluate import main as eval_main
        "num_workers": 0,
def test_evaluate_file_not_found(mock_eval_cfg):
def test_evaluate_main(
