import typer
import wandb
def link_model(artifact_path: str, aliases: list[str] = ["staging"]) -> None:
    Stage a specific model to the model registry.
        target_path=f"{os.getenv('WANDB_ENTITY')}/model-registry/{artifact_name}",
