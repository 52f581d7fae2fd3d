from pathlib import Path
def check_file_contains(file_path: Path, patterns: list[str]) -> dict[str, bool]:
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
