"""Tests for the FastAPI inference service."""
from fastapi.testclient import TestClient
from unittest.mock import MagicMock, patch
def test_health_endpoint_with_model():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_health_endpoint_without_model():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_predict_endpoint_valid_input():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_predict_returns_valid_categories():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_predict_confidence_scores():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_predict_empty_title():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_predict_empty_abstract():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_predict_missing_fields():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_predict_model_not_loaded():
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
def test_metrics_endpoint_exists():
    """Metrics endpoint returns Prometheus format data."""
    from arxiv_classifier.api import app
    client = TestClient(app, raise_server_exceptions=False)
    # Check content type is Prometheus format
def test_predict_records_metrics():
    from arxiv_classifier.api import app
    from arxiv_classifier.metrics import INFERENCE_COUNT
    client = TestClient(app, raise_server_exceptions=False)
