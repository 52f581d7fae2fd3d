from omegaconf import OmegaConf
from final_project.model import AwesomeModel
def test_model_init(mock_cfg):
def test_forward_pass(mock_cfg, batch_size):
def test_training_step(mock_cfg, dummy_batch):
def test_validation_step(mock_cfg, dummy_batch):
def test_test_step(mock_cfg, dummy_batch):
def test_configure_optimizers(mock_cfg):
    from torch.optim import AdamW
def test_on_train_start(mock_cfg, dummy_batch):
