from src.utilities.helpers import load_last_predictions, load_train_data
from tests import _PATH_DATA
def test_monitoring():
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
