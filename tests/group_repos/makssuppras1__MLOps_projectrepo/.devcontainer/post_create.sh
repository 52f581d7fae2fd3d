# Install Dependencies
# Install pre-commit hooks
uv run pre-commit install --install-hooks
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
