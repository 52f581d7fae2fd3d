from invoke import Context, task
def create_environment(ctx: Context) -> None:
def requirements(ctx: Context) -> None:
def dev_requirements(ctx: Context) -> None:
def launch_api(ctx: Context) -> None:
def launch_frontend(ctx: Context) -> None:
def prepare_data(ctx: Context) -> None:
def dataset_statistics(ctx: Context) -> None:
def train(ctx: Context) -> None:
def test(ctx: Context) -> None:
    ctx.run("coverage run -m pytest tests/", echo=True, pty=not WINDOWS)
    ctx.run("coverage report -m", echo=True, pty=not WINDOWS)
def docker_build_train(ctx: Context) -> None:
    """Build local image (used for training). Requires wandb_api.txt file in home of repository, containing WANDB api key"""
        f"docker build --build-arg WANDB_API_KEY={res.stdout.strip()} -t mlopsdtu_local_train:latest . -f dockerfiles/mlopsdtu_local_train.dockerfile",
def docker_train_interactive(ctx: Context) -> None:
        "docker run --rm --gpus all -it -v $(pwd)/outputs:/app/outputs -v $(pwd)/models:/app/models mlopsdtu_local_train sh",
def docker_remove(ctx: Context) -> None:
    ctx.run("docker rmi mlopsdtu_local_train")
def docker_purge_all(ctx: Context) -> None:
    """Purges all docker images, volumes and cache. Use with caution"""
    ctx.run("docker system prune -a --volumes")
def build_docs(ctx: Context) -> None:
    """Build documentation."""
    ctx.run("mkdocs build --config-file docs/mkdocs.yaml --site-dir build", echo=True, pty=not WINDOWS)
def serve_docs(ctx: Context) -> None:
