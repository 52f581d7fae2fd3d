import pytest

from tests import _PATH_DATA, _PROJECT_ROOT


def test_model():
    assert True
