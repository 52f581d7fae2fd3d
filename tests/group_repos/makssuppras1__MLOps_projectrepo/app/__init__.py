# FastAPI application package
