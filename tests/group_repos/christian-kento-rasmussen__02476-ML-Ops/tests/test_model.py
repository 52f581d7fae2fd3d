import hydra
from omegaconf import OmegaConf
from FishEye.models.model import FishNN
def test_output_shape_of_model(cfg=OmegaConf.load("config/config.yaml")):
# ----------------------------------------------------------------------
