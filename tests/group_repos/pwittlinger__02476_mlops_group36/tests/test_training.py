#from tests import _PATH_DATA, _PROJECT_ROOT


def test_training():
    """TO DO:
    - Write test on resetting of gradient
    - Assert learning rate is type float"""
    assert True
