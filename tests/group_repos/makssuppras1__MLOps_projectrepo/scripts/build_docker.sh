# Script to build Docker images with multi-platform support
# Builds for both ARM64 and AMD64 so images work on any machine
#   ./scripts/build_docker.sh                    # Build multi-platform (requires --push for registry)
#   ./scripts/build_docker.sh --local            # Build for native platform only (can be loaded)
#   ./scripts/build_docker.sh --push <registry>  # Build and push multi-platform to registry
BUILD_MODE="multi"
            BUILD_MODE="local"
            BUILD_MODE="push"
                echo "Usage: ./scripts/build_docker.sh --push container-registry"
            echo "Usage: ./scripts/build_docker.sh [--local|--push <registry>]"
echo "Checking Docker daemon..."
if ! docker info > /dev/null 2>&1; then
    echo "ERROR: Docker daemon is not running."
    echo "Please start Docker Desktop and try again."
echo "✓ Docker daemon is running"
# Detect native platform for local builds
    "dockerfiles/train.dockerfile:train:latest"
    "dockerfiles/train_tfidf.dockerfile:train-tfidf:latest"
    "dockerfiles/api.dockerfile:api:latest"
    "dockerfiles/evaluate.dockerfile:evaluate:latest"
    "monitoring_service/Dockerfile:monitoring:latest"
if [[ "$BUILD_MODE" == "local" ]]; then
    echo "Building Docker images for local use (platform: $NATIVE_PLATFORM)"
        IFS=':' read -r dockerfile tag <<< "$image_spec"
        echo "Building $tag for $NATIVE_PLATFORM..."
        docker buildx build --platform "$NATIVE_PLATFORM" -f "$dockerfile" . -t "$tag" --load
    echo "All Docker images built successfully for $NATIVE_PLATFORM (local use)!"
elif [[ "$BUILD_MODE" == "push" ]]; then
    echo "Building Docker images for multi-platform: $PLATFORMS"
    echo "Pushing to registry: $REGION-docker.pkg.dev/$PROJECT_ID/$REGISTRY"
        IFS=':' read -r dockerfile tag <<< "$image_spec"
        image_uri="${REGION}-docker.pkg.dev/${PROJECT_ID}/${REGISTRY}/${tag}"
        echo "Building and pushing $tag for $PLATFORMS..."
        docker buildx build --platform "$PLATFORMS" -f "$dockerfile" . -t "$image_uri" -t "$tag" --push
    echo "All Docker images built and pushed successfully for $PLATFORMS!"
    echo "Pull with: docker pull ${REGION}-docker.pkg.dev/${PROJECT_ID}/${REGISTRY}/<image>:latest"
    echo "Building Docker images for multi-platform: $PLATFORMS"
    echo "  --local              Build for native platform only (can be loaded)"
    echo "  --push <registry>    Build and push multi-platform to registry"
        IFS=':' read -r dockerfile tag <<< "$image_spec"
        echo "Building $tag for $PLATFORMS..."
        docker buildx build --platform "$PLATFORMS" -f "$dockerfile" . -t "$tag"
    echo "Build complete. Use --push to push to registry, or --local for local use."
echo "  Training (PyTorch):    docker run --name experiment1 --rm train:latest"
echo "  Training (TF-IDF):     docker run --name experiment2 --rm train-tfidf:latest"
echo "  Evaluation:            docker run --name evaluate --rm -v \$(pwd)/trained_model.pt:/models/trained_model.pt -v \$(pwd)/data/processed:/data/processed evaluate:latest /models/trained_model.pt"
echo "  API:                   docker run --name api --rm -p 8000:8000 api:latest"
echo "  Monitoring:            docker run --name monitoring --rm -p 8001:8001 monitoring:latest"
