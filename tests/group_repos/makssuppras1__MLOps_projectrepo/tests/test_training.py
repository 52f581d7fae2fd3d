from pname.model import MyAwesomeModel
from pname.train import set_seed
    def test_set_seed_produces_reproducible_model_outputs(self):
    def test_training_step_reduces_loss(self):
# ----------------------------------------------------------------------
