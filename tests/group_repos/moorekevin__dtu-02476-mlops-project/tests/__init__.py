import os

_TEST_ROOT = os.path.dirname(__file__)   # root of the tests folder
_PROJECT_ROOT = os.path.dirname(_TEST_ROOT)  # root of the project
_PATH_DATA = os.path.join(_PROJECT_ROOT, "data")  # example: path to your data folder (adapt as needed)
