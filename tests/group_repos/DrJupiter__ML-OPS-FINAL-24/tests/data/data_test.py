import hydra
def test_data_shape() -> None:
    from datasets import load_from_disk
    from project.data import make_dataset
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
