import os

_TEST_ROOT = os.path.dirname("tests")
_PROJECT_ROOT = os.path.dirname("./")
_PATH_DATA = os.path.join(_PROJECT_ROOT, "data")
