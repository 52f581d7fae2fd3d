"""Integration tests for the FastAPI application.
to the FastAPI application using TestClient.
from fastapi.testclient import TestClient
from app.main import app
    def test_predict_valid_input(self):
        with TestClient(app) as client:
