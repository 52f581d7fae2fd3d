from datetime import datetime
from invoke import Context, task
def download_data(ctx: Context, force: bool = False) -> None:
def preprocess_data(ctx: Context, download: bool = False) -> None:
def train(ctx: Context) -> None:
def evaluate(ctx: Context, model_checkpoint: str = "trained_model.pt") -> None:
def visualize(ctx: Context, model_checkpoint: str = "trained_model.pt") -> None:
def api(ctx: Context, host: str = "0.0.0.0", port: int = 8000, model_path: str = "") -> None:
def test(ctx: Context) -> None:
    ctx.run("uv run coverage run -m pytest tests/", echo=True, pty=not WINDOWS)
    ctx.run("uv run coverage report -m -i", echo=True, pty=not WINDOWS)
def docker_build(
) -> None:
    """Build Docker images with multi-platform support (ARM64 + AMD64).
    By default, builds multi-platform images for both linux/amd64 and linux/arm64.
        progress: Build progress output format (plain, tty, auto)
        ("dockerfiles/train.dockerfile", "train:latest"),
        ("dockerfiles/train_tfidf.dockerfile", "train-tfidf:latest"),
        ("dockerfiles/api.dockerfile", "api:latest"),
        ("dockerfiles/evaluate.dockerfile", "evaluate:latest"),
        ("monitoring_service/Dockerfile", "monitoring:latest"),
    print(f"Building Docker images for multi-platform: {platforms}")
            print("Example: uv run invoke docker-build --push --registry container-registry")
        for dockerfile, tag in images:
            image_uri = f"{region}-docker.pkg.dev/{project_id}/{registry}/{tag}"
            print(f"Building and pushing {tag} for {platforms}...")
                f"docker buildx build --platform {platforms} -f {dockerfile} -t {image_uri} -t {tag} . --push --progress={progress}",
        print("⚠️  Building multi-platform images without --push")
        print("Use --push --registry to push to registry, or images will only exist in build cache.")
        for dockerfile, tag in images:
            print(f"Building {tag} for {platforms}...")
                f"docker buildx build --platform {platforms} -f {dockerfile} -t {tag} . --progress={progress}",
        print(f"Pull with: docker pull {region}-docker.pkg.dev/{project_id}/{registry}/<image>:latest")
def docker_build_local(ctx: Context, progress: str = "plain", platform: str = None) -> None:
    """Build Docker images for local use (single platform, can be loaded).
    Builds for native platform by default so images can be loaded with --load.
        progress: Build progress output format (plain, tty, auto)
    print(f"Building Docker images for local use (platform: {platform})")
        ("dockerfiles/train.dockerfile", "train:latest"),
        ("dockerfiles/train_tfidf.dockerfile", "train-tfidf:latest"),
        ("dockerfiles/api.dockerfile", "api:latest"),
        ("dockerfiles/evaluate.dockerfile", "evaluate:latest"),
        ("monitoring_service/Dockerfile", "monitoring:latest"),
    for dockerfile, tag in images:
        print(f"Building {tag} for {platform}...")
            f"docker buildx build --platform {platform} -f {dockerfile} -t {tag} . --load --progress={progress}",
def build_docs(ctx: Context) -> None:
    """Build documentation."""
    ctx.run("uv run mkdocs build --config-file docs/mkdocs.yaml --site-dir build", echo=True, pty=not WINDOWS)
def serve_docs(ctx: Context) -> None:
def preflight_check(ctx: Context, config: str = "configs/vertex_ai/vertex_ai_config_balanced_cpu.yaml") -> None:
def docker_build_gcp(
    dockerfile: str = "dockerfiles/train.dockerfile",
) -> None:
    """Build Docker image with multi-platform support (ARM64 + AMD64) by default.
        dockerfile: Path to Dockerfile
        multi_platform: If True, build for both linux/amd64 and linux/arm64 (default: True)
        # Multi-platform build (recommended - works on both ARM64 Mac and AMD64 GCP)
        # Note: --load only works with single platform, so we build for native platform
            f"docker buildx build --platform {native_arch} -f {dockerfile} -t {tag} . --load",
        print("  For multi-platform build with push to registry, use:")
        print(f"  docker buildx build --platform linux/amd64,linux/arm64 -f {dockerfile} -t {tag} . --push")
        # Single platform build (AMD64 only, for GCP)
            f"docker buildx build --platform linux/amd64 -f {dockerfile} -t {tag} . --load",
def docker_push_gcp(
) -> None:
    """Push Docker image to GCP Artifact Registry."""
    image_uri = f"{region}-docker.pkg.dev/{project_id}/{registry}/{tag}"
    ctx.run(f"docker tag {tag} {image_uri}", echo=True, pty=not WINDOWS)
    ctx.run(f"docker push {image_uri}", echo=True, pty=not WINDOWS)
def docker_build_and_push_gcp(
    dockerfile: str = "dockerfiles/train.dockerfile",
) -> None:
    """Build and push Docker image to GCP in one command.
        dockerfile: Path to Dockerfile
        multi_platform: If True, build for both linux/amd64 and linux/arm64 (default: True)
    image_uri = f"{region}-docker.pkg.dev/{project_id}/{registry}/{tag}"
        # Multi-platform build: build for both architectures and push directly
        print(f"Building multi-platform image for {platforms}...")
            f"docker buildx build --platform {platforms} -f {dockerfile} -t {image_uri} . --push",
        # Single platform build: build for AMD64 (GCP standard) and push
        docker_build_gcp(ctx, dockerfile, tag, multi_platform=False)
        docker_push_gcp(ctx, tag, region, project_id, registry)
) -> str:
        cmd = f"gcloud ai custom-jobs create --region={region} " f"--display-name={display_name} --config={tmp_path}"
def stream_logs(ctx: Context, job_id: str, region: str = "europe-west1", project_id: str = "dtumlops-484310") -> None:
        f"gcloud ai custom-jobs stream-logs {full_path}",
    dockerfile: str = "dockerfiles/train.dockerfile",
) -> None:
    """Build, push Docker image, submit job, wait, and stream logs.
        dockerfile: Dockerfile to build.
        tag: Docker image tag.
    # Step 1: Build and push Docker image
    ctx.run("echo 'Step 1: Building and pushing Docker image...'", echo=True)
    docker_build_and_push_gcp(ctx, dockerfile, tag, region, project_id, registry)
def job_status(ctx: Context, job_id: str, region: str = "europe-west1") -> None:
        f"gcloud ai custom-jobs describe {job_id} --region={region} --format='yaml(state,error,createTime,updateTime)'",
def list_jobs(ctx: Context, region: str = "europe-west1", limit: int = 10) -> None:
        f"gcloud ai custom-jobs list --region={region} --limit={limit} --format='table(displayName,state,createTime)'",
) -> None:
    Builds the API Docker image (multi-platform by default), pushes it to Artifact Registry,
    and deploys to Cloud Run. Multi-platform builds ensure the image works on any architecture.
        image_name: Name of the Docker image.
        multi_platform: If True, build for both linux/amd64 and linux/arm64 (default: True).
    # Step 1: Build and push Docker image (multi-platform by default)
    ctx.run("echo 'Step 1: Building and pushing API Docker image (multi-platform)...'", echo=True)
    docker_build_and_push_gcp(
        "dockerfiles/api.dockerfile",
    image_url = f"{region}-docker.pkg.dev/{project_id}/container-registry/{image_name}:latest"
        f"gcloud run deploy {service_name} "
) -> None:
