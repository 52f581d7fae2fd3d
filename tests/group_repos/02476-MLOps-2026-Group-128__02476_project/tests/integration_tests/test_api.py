from fastapi.testclient import TestClient
from diabetic_classification.api import app
    """Create a TestClient that properly handles the lifespan context."""
    with TestClient(app) as test_client:
    "ethnicity_black": 0,
def test_read_root(client):
def test_list_models(client):
def test_predict(client):
def test_predict_missing_feature(client):
def test_predict_invalid_model(client):
def test_predict_unexpected_feature(client):
def test_predict_probabilities_valid(client):
