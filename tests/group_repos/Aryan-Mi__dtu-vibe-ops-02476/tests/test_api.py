from unittest.mock import MagicMock, patch
from fastapi.testclient import TestClient
from PIL import Image
from mlops_project.api import app
    """Create a test client for the FastAPI app."""
    return TestClient(app)
    def test_health_check_endpoint(self, client):
    def test_health_check_endpoint_without_model(self, client):
    def test_prediction_endpoint_valid_input(self, mock_session, client, sample_image):
    def test_prediction_endpoint_invalid_input(self, client):
    def test_prediction_endpoint_model_not_loaded(self, client, sample_image):
    def test_response_format_validation(self, mock_session, client, sample_image):
    def test_grayscale_image_conversion(self, mock_session, client, sample_grayscale_image):
    def test_png_image_support(self, mock_session, client, sample_png_image):
    def test_cancer_detection(self, mock_session, client, sample_image):
    def test_non_cancer_detection(self, mock_session, client, sample_image):
    def test_probabilities_sum_to_one(self, mock_session, client, sample_image):
