from locust import HttpUser, task, between
from pathlib import Path
class FastAPIUser(HttpUser):
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
