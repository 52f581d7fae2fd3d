from pathlib import Path
from pname.data import preprocess_data
    def test_preprocess_data_creates_output_files(self):
    def test_preprocess_data_correct_split(self):
# ----------------------------------------------------------------------
