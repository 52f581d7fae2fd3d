from fastapi.testclient import TestClient
from plant_leaves.api import app
from http import HTTPStatus
from tests import _PATH_TEST_DATA
client = TestClient(app)
def test_read_root():
    with TestClient(app) as client: # because we use lifespan
def test_predict_endpoint():
        with TestClient(app) as client:  # because we use lifespan
