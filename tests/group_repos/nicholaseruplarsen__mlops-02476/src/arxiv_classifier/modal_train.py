# Build image with all dependencies
) -> dict:
    from hydra import compose, initialize_config_dir
    from hydra.core.global_hydra import GlobalHydra
    # Build Hydra overrides
        import wandb
        from omegaconf import OmegaConf
        wandb.init(
            from pathlib import Path
            from arxiv_classifier.train import train as do_train
