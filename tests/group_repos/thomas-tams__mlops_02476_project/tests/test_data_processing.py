from PIL import Image
from tests import _PATH_DATA, _TEST_ROOT
from mlops_project_tcs.data import balance, split, augment, preprocess
def test_data_preprocessing(setup_dummy_data, category):
# ----------------------------------------------------------------------
