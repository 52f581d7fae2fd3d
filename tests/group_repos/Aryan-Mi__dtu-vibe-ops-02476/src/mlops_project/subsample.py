from pathlib import Path
from typing import Any
import typer
) -> dict[str, list[dict[str, Any]]]:
) -> None:
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
