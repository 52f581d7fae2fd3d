#from mlops_enzyme_stability.predict_model import load_model
#from omegaconf import OmegaConf
#from tests import _PROJECT_ROOT
#import sys

#def test_load_model():
#    config = OmegaConf.load("config.yaml")
#    model = load_model(config)
#    assert model is not None