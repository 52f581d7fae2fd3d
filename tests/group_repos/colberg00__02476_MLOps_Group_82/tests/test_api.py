"""Tests for the FastAPI application."""
from unittest.mock import patch, MagicMock
from fastapi.testclient import TestClient
from mlops_course_project.api import app
    """Create a test client for the FastAPI app."""
    return TestClient(app)
def test_root_endpoint(client):
def test_health_endpoint(client):
def test_predict_missing_input(client):
def test_predict_invalid_url(client):
def test_predict_with_slug(mock_get_model, client):
def test_predict_with_url(mock_get_model, client):
def test_predict_model_not_found(mock_get_model, client):
