from tests import _PATH_DATA
def test_dataset():
def test_datapoint_shape():
def test_all_labels_are_represented(split):
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
