    echo "  Remote: gcs_models_remote (gs://vibeops-models)"
        echo "    gsutil ls -r gs://vibeops-models/"
        echo "    - You don't have write access to gs://vibeops-models"
        echo "    uv run dvc remote add -d gcs_models_remote gs://vibeops-models"
