# 2. Check Docker is running
echo "2. CHECKING DOCKER"
if ! docker info > /dev/null 2>&1; then
    echo "✗ Docker daemon is not running"
    echo "  Please start Docker Desktop and try again"
    echo "✓ Docker daemon is running"
    # Check buildx
    if docker buildx version > /dev/null 2>&1; then
        echo "✓ Docker buildx is available"
        # Check if a builder exists
        if docker buildx ls | grep -q .; then
            echo "✓ Docker buildx builders are configured"
            echo "⚠ No buildx builders found. Creating default builder..."
            docker buildx create --name default --use 2>/dev/null || true
            docker buildx inspect --bootstrap 2>/dev/null || true
        echo "✗ Docker buildx is not available"
        echo "  Please install Docker buildx"
# 4. Check Docker authentication for GCP
echo "4. CHECKING DOCKER-GCP AUTHENTICATION"
if docker pull "${REGION}-docker.pkg.dev/test/test/test:latest" 2>&1 | grep -q "authentication required\|unauthorized"; then
    echo "⚠ Docker may not be configured for GCP Artifact Registry"
    echo "  Run: gcloud auth configure-docker ${REGION}-docker.pkg.dev"
    if gcloud auth configure-docker ${REGION}-docker.pkg.dev --quiet 2>/dev/null; then
        echo "✓ Docker is configured for GCP Artifact Registry"
        echo "⚠ Could not verify Docker-GCP configuration"
    "dockerfiles/api.dockerfile"
# 7. Check Dockerfile supports multi-platform
echo "7. CHECKING DOCKERFILE"
if grep -q "TARGETPLATFORM\|ARG TARGETPLATFORM" dockerfiles/api.dockerfile; then
    echo "✓ Dockerfile supports multi-platform builds"
    echo "⚠ Dockerfile may not explicitly support multi-platform builds"
    echo "  - Start Docker Desktop"
    echo "  - Run: gcloud auth configure-docker europe-west1-docker.pkg.dev"
