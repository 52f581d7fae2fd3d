from invoke import Context, task
def create_environment(ctx: Context) -> None:
def requirements(ctx: Context) -> None:
def dev_requirements(ctx: Context) -> None:
def preprocess_data(ctx: Context) -> None:
def train_hydra(ctx: Context) -> None:
) -> None:
def evaluate(ctx: Context, n_images: int = 1000, gen_col: str = "Simple_Generators", alias: str = "latest") -> None:
def test(ctx: Context) -> None:
    ctx.run("coverage run -m pytest tests/", echo=True, pty=not WINDOWS)
    ctx.run("coverage report -m", echo=True, pty=not WINDOWS)
def cnn_detect(ctx: Context) -> None:
def cnn_detect_dir(ctx: Context) -> None:
def docker_build(ctx: Context, progress: str = "plain") -> None:
    """Build docker images."""
        f"docker build -t train:latest . -f dockerfiles/train.dockerfile --progress={progress}",
def docker_run(ctx: Context) -> None:
    """Run docker container."""
            'docker run -it --rm -v $(pwd)/data/processed:/data/processed -v $(pwd)/models:/models --env-file .env train:latest',
            'docker run -it --rm -v $(pwd)/data/processed:/data/processed -v $(pwd)/models:/models train:latest',
def build_docs(ctx: Context) -> None:
    """Build documentation."""
    ctx.run("mkdocs build --config-file docs/mkdocs.yaml --site-dir build", echo=True, pty=not WINDOWS)
def serve_docs(ctx: Context) -> None:
