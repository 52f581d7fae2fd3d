from locust import HttpUser, between, task
from tests import _PATH_TEST_DATA
    def get_root(self) -> None:
        """A task that simulates a user visiting the root URL of the FastAPI app."""
    def test_predict_endpoint(self) -> None:
