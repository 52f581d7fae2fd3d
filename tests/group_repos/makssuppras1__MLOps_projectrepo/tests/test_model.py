from pname.model import MyAwesomeModel
    def test_model_initialization_default_config(self):
    def test_model_forward_pass_with_labels(self):
    def test_model_freeze_encoder(self):
    def test_model_gradient_flow(self):
