from invoke import Context, task
def create_environment(ctx: Context) -> None:
def requirements(ctx: Context) -> None:
def dev_requirements(ctx: Context) -> None:
def preprocess_data(ctx: Context) -> None:
def train(ctx: Context) -> None:
def test(ctx: Context) -> None:
    ctx.run("coverage run -m pytest tests/", echo=True, pty=not WINDOWS)
    ctx.run("coverage report -m", echo=True, pty=not WINDOWS)
def docker_build(ctx: Context) -> None:
    """Build docker images."""
        "docker build -t train:latest . -f dockerfiles/train.dockerfile",
        "docker build -t api:latest . -f dockerfiles/api.dockerfile",
def build_docs(ctx: Context) -> None:
    """Build documentation."""
        "mkdocs build --config-file docs/mkdocs.yaml --site-dir build",
def serve_docs(ctx: Context) -> None:
