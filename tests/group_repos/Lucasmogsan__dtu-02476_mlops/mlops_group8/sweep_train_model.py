import wandb
from json import load
from utility.util_functions import set_directories, load_data, log_test_predictions, build_optimizer
    with wandb.init(
        optimizer = build_optimizer(model, config.optimizer, config.lr)
    sweep_id = wandb.sweep(sweep=sweep_config, project="my-first-sweep")
