echo "  1. Build Docker image locally"
echo "[1/3] Building Docker image..."
docker build . \
    --file dockerfiles/train.dockerfile \
    echo "✗ Failed to build Docker image"
echo "✓ Docker image built"
docker run --rm -it \
