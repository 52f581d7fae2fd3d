from fastapi.testclient import TestClient
from src.server.main import app
from tests import _PATH_CKPT
client = TestClient(app)
def test_show_info():
def test_post_predict():
# ----------------------------------------------------------------------
