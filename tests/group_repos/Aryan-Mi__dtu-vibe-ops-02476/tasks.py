from invoke.context import Context
from invoke.tasks import task
def preprocess_data(ctx: Context) -> None:
def train(ctx: Context) -> None:
def test(ctx: Context) -> None:
    ctx.run("uv run coverage run -m pytest tests/", echo=True, pty=not WINDOWS)
    ctx.run("uv run coverage report -m -i", echo=True, pty=not WINDOWS)
def docker_build(ctx: Context, progress: str = "plain") -> None:
    """Build docker images."""
        f"docker build -t train:latest . -f dockerfiles/train.dockerfile --progress={progress}",
        f"docker build -t api:latest . -f dockerfiles/api.dockerfile --progress={progress}", echo=True, pty=not WINDOWS
def build_docs(ctx: Context) -> None:
    """Build documentation."""
    ctx.run("uv run mkdocs build --config-file docs/mkdocs.yaml --site-dir build", echo=True, pty=not WINDOWS)
def serve_docs(ctx: Context) -> None:
def create_demo_model(ctx: Context) -> None:
) -> None:
    # Configure Docker for Artifact Registry (suppress output)
        f"gcloud auth configure-docker {region}-docker.pkg.dev --quiet",
    image_name = f"{region}-docker.pkg.dev/{project_id}/{artifact_registry}/dtu-vibe-ops-02476-api:latest"
