from pathlib import Path
def process_categories(input_path: Path = RAW_FILE, output_path: Path = OUTPUT_FILE) -> None:
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
