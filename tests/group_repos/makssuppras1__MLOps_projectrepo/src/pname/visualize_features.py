from pathlib import Path
from pname.model_tfidf import TFIDFXGBoostModel
) -> None:
    import typer
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
