# Script to test training pipeline locally with Docker
# - Builds Docker image
#   ./scripts/test_training_local.sh                    # Run locally with Docker
IMAGE_TAG_BASE="${REGION}-docker.pkg.dev/${PROJECT_ID}/${ARTIFACT_REGISTRY}/dtu-vibe-ops-02476-train"
echo "  Run Mode: $([ "$USE_VERTEX_AI" = true ] && echo "Vertex AI" || echo "Local Docker")"
# Configure Docker for Artifact Registry
echo "  Configuring Docker for Artifact Registry..."
gcloud auth configure-docker ${REGION}-docker.pkg.dev --quiet
echo -e "${BLUE}[2/5] Building Docker image for linux/amd64 (required for Vertex AI)...${NC}"
docker build . \
    --file dockerfiles/train.dockerfile \
    echo -e "  ${GREEN}✓ Docker image built successfully${NC}"
    echo -e "  ${RED}✗ Failed to build Docker image${NC}"
docker push ${IMAGE_TAG_SHA}
docker push ${IMAGE_TAG_LATEST}
    sed "s|europe-west1-docker.pkg.dev/PROJECT_ID/dtu-vibe-ops/dtu-vibe-ops-02476-train:latest|${IMAGE_TAG_LATEST}|g" \
    JOB_OUTPUT=$(gcloud ai custom-jobs create \
        echo "    gcloud ai custom-jobs describe projects/$PROJECT_ID/locations/$REGION/customJobs/$JOB_ID --region=$REGION"
        echo "    gcloud ai custom-jobs stream-logs projects/$PROJECT_ID/locations/$REGION/customJobs/$JOB_ID --region=$REGION"
        echo "    https://console.cloud.google.com/vertex-ai/training/custom-jobs/$JOB_ID?project=$PROJECT_ID"
    echo "    gsutil ls gs://vibeops-models/"
    echo -e "${BLUE}[4/5] Running training locally with Docker...${NC}"
    echo "    4. Push models to gs://vibeops-models"
    # Convert array to properly quoted arguments for docker run
    DOCKER_ARGS=()
        DOCKER_ARGS+=("$arg")
    # Run Docker container
    docker run --rm -it \
        "${DOCKER_ARGS[@]}"
        find models -type f -name "*.ckpt" -o -name "*.onnx" -o -name "*.json" | head -5
    if gsutil ls gs://vibeops-models/ &>/dev/null; then
        MODEL_COUNT=$(gsutil ls -r gs://vibeops-models/ 2>/dev/null | wc -l)
        echo -e "  ${GREEN}✓ Found $MODEL_COUNT items in gs://vibeops-models/${NC}"
        gsutil ls -r gs://vibeops-models/ 2>/dev/null | tail -5
        echo -e "  ${YELLOW}⚠ Could not access gs://vibeops-models/ (check permissions)${NC}"
echo "  ✓ Docker image built and pushed"
echo "  - Check models in: gs://vibeops-models/"
