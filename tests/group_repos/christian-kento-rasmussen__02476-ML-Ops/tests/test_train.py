from omegaconf import OmegaConf
from FishEye.train_model import train
def test_train_loop(cfg=OmegaConf.load("config/config.yaml")):
# ----------------------------------------------------------------------
