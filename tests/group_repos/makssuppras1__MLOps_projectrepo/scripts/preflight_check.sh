IMAGE_URI="${REGION}-docker.pkg.dev/${PROJECT_ID}/container-registry/train:latest"
    echo "   ⚠️  Detected ARM64 (Mac). Building for linux/amd64 (required for GCP)"
    echo "   Building with correct platform..."
    docker buildx build --platform linux/amd64 -f dockerfiles/train.dockerfile -t ${IMAGE_NAME} . --load
    echo "   Note: For local testing, consider building ARM64: docker buildx build --platform linux/arm64 ..."
    docker build -f dockerfiles/train.dockerfile -t ${IMAGE_NAME} .
SERVICE_ACCOUNT="service-${PROJECT_NUMBER}@gcp-sa-aiplatform.iam.gserviceaccount.com"
docker tag ${IMAGE_NAME} ${IMAGE_URI}
docker push ${IMAGE_URI} > /dev/null 2>&1 || docker push ${IMAGE_URI}
        echo "   ⚠️  Hydra config path is relative - may fail in Docker"
if gsutil ls gs://mlops_project_data_bucket1-europe-west1/data/processed/train_texts.json > /dev/null 2>&1; then
echo "  gcloud ai custom-jobs create --region=${REGION} --display-name=\"training-\$(date +%s)\" --config=/tmp/config.yaml"
