from pathlib import Path

_TEST_ROOT = Path(__file__).parent  # root of test folder
_PROJECT_ROOT = _TEST_ROOT.parent  # root of project
_PATH_DATA = _PROJECT_ROOT / "data"  # root of data
