# Script to build and push all Docker images to GCP Artifact Registry
# Builds multi-platform images (ARM64 + AMD64) so they work on any machine
echo -e "${BLUE}Building and Pushing All Docker Images${NC}"
echo "Registry: ${REGION}-docker.pkg.dev/${PROJECT_ID}/${REGISTRY}"
# Check Docker daemon
if ! docker info > /dev/null 2>&1; then
    echo "ERROR: Docker daemon is not running."
    echo "Please start Docker Desktop and try again."
# Configure Docker to use gcloud as credential helper
echo "Configuring Docker authentication..."
gcloud auth configure-docker ${REGION}-docker.pkg.dev --quiet
# Define all images to build and push
    "dockerfiles/train.dockerfile:train:latest"
    "dockerfiles/train_tfidf.dockerfile:train-tfidf:latest"
    "dockerfiles/api.dockerfile:api:latest"
    "dockerfiles/evaluate.dockerfile:evaluate:latest"
    "monitoring_service/Dockerfile:monitoring:latest"
# Build and push each image
    IFS=':' read -r dockerfile tag <<< "$image_spec"
    image_uri="${REGION}-docker.pkg.dev/${PROJECT_ID}/${REGISTRY}/${tag}"
    echo -e "${BLUE}Building and pushing: ${tag}${NC}"
    echo "Dockerfile: ${dockerfile}"
    docker buildx build \
        -f "${dockerfile}" \
    IFS=':' read -r dockerfile tag <<< "$image_spec"
    image_uri="${REGION}-docker.pkg.dev/${PROJECT_ID}/${REGISTRY}/${tag}"
echo "  docker pull ${REGION}-docker.pkg.dev/${PROJECT_ID}/${REGISTRY}/train:latest"
echo "  - Any machine with Docker"
