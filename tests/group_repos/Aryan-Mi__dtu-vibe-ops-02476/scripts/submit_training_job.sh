JOB_OUTPUT=$(gcloud ai custom-jobs create \
    echo "  gcloud ai custom-jobs describe projects/$PROJECT_ID/locations/$REGION/customJobs/$JOB_ID --region=$REGION"
    echo "  gcloud ai custom-jobs stream-logs projects/$PROJECT_ID/locations/$REGION/customJobs/$JOB_ID --region=$REGION"
    echo "  https://console.cloud.google.com/vertex-ai/training/custom-jobs/$JOB_ID?project=$PROJECT_ID"
