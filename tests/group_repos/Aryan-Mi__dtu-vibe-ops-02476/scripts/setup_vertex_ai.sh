gcloud services enable aiplatform.googleapis.com --project=$PROJECT_ID
gsutil iam ch serviceAccount:$VAI_SA:roles/storage.objectViewer gs://$DATA_BUCKET
gsutil iam ch serviceAccount:$VAI_SA:roles/storage.objectAdmin gs://$MODELS_BUCKET
