import hydra
import wandb
from json import load
from datetime import datetime
from utility.util_functions import set_directories, load_data, log_test_predictions
# from torch.profiler import profile, tensorboard_trace_handler, ProfilerActivity
@hydra.main(version_base=None, config_path="config", config_name="default_config.yaml")
    wandb.init(
