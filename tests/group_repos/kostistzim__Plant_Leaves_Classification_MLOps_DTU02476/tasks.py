from invoke import Context, task
def create_environment(ctx: Context) -> None:
def requirements(ctx: Context) -> None:
def dev_requirements(ctx: Context) -> None:
def precommit(ctx: Context) -> None:
    """Install pre-commit hooks."""
    ctx.run("pre-commit install", echo=True, pty=not WINDOWS)
def download_data(ctx: Context) -> None:
def preprocess_data(ctx: Context) -> None:
def train(ctx: Context) -> None:
def test(ctx: Context) -> None:
    ctx.run("coverage run -m pytest tests/", echo=True, pty=not WINDOWS)
    ctx.run("coverage report -m", echo=True, pty=not WINDOWS)
def docker_build(ctx: Context, progress: str = "plain") -> None:
    """Build docker images."""
        f"docker build -t train:latest . -f dockerfiles/train.dockerfile --progress={progress}",
        f"docker build -t api:latest . -f dockerfiles/api.dockerfile --progress={progress}", echo=True, pty=not WINDOWS
def build_docs(ctx: Context) -> None:
    """Build documentation."""
    ctx.run("mkdocs build --config-file docs/mkdocs.yaml --site-dir build", echo=True, pty=not WINDOWS)
def serve_docs(ctx: Context) -> None:
