from __future__ import annotations
from pathlib import Path
import typer
from joblib import load
from mlops_course_project.data import _url_to_slug_text
) -> None:
# ----------------------------------------------------------------------
