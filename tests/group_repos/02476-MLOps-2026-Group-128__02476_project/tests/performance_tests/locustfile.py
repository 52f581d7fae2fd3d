from locust import HttpUser, between, task
    "ethnicity_black": 0.0,
    def fetch_model_registry(self):
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
