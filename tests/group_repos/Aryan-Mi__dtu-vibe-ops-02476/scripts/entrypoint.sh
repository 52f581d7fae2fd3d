            echo "  1. Vertex AI service account has access to gs://skin_cancer_data_set"
    echo "  Pushing models to GCS (gs://vibeops-models)..."
        echo "  1. Vertex AI service account has write access to gs://vibeops-models"
