from sklearn.pipeline import Pipeline
from mlops_course_project.model import create_baseline_model
def test_create_baseline_model_returns_pipeline():
def test_baseline_model_can_fit_and_predict():
# ----------------------------------------------------------------------
