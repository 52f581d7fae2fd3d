from mlops_project_tcs.model import VGG16Classifier
import hydra
def test_vgg16_classifier_output_shape():
    with hydra.initialize(config_path="../src/mlops_project_tcs/config", version_base="1.3"):
        config = hydra.compose(config_name="test_config.yaml")
