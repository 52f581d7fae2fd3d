gcloud builds submit --config cloudbuild.yaml .
