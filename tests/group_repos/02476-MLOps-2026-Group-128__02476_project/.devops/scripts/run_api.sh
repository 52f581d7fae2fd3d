uv run uvicorn diabetic_classification.api:app --reload --host 0.0.0.0 --port 8000
