if gsutil ls -b "gs://$BUCKET_NAME" &>/dev/null; then
    echo "Bucket gs://$BUCKET_NAME already exists"
    echo "Creating bucket gs://$BUCKET_NAME..."
    gsutil mb -p "$PROJECT_ID" -c STANDARD -l "$REGION" "gs://$BUCKET_NAME"
gsutil versioning set on "gs://$BUCKET_NAME"
gsutil lifecycle set /tmp/lifecycle.json "gs://$BUCKET_NAME"
echo "Bucket: gs://$BUCKET_NAME"
