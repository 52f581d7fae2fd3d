from mlops_project.model import BaselineCNN, EfficientNet, ResNet
    def test_model_input_output_shapes(self, num_classes, input_dim):
    def test_input_validation_wrong_dimensions(self):
    def test_model_input_output_shapes(self):
    def test_model_input_output_shapes(self):
    def test_input_size_warning(self):
