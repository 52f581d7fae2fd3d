import hydra
import wandb
from datetime import datetime
from json import load
from utility.util_functions import set_directories, load_data, log_test_predictions, build_optimizer
    optimizer = build_optimizer(model, optimizer_name, lr)
def test_model(model, test_dataloader, class_names):
@hydra.main(version_base=None, config_path="config", config_name="default_config.yaml")
    wandb.init(
