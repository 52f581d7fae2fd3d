from plant_leaves.model import PlantClassifier
def test_model_train():
def test_model_predict():
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
