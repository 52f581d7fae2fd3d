from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader
from mlops_project.data import CancerDataset, get_transforms
def set_seed(seed: int = 42) -> None:
) -> tuple[list[int], list[int], list[int]]:
        from appearing in multiple splits (data leakage).
    num_workers: int = 4,
) -> tuple[DataLoader, DataLoader, DataLoader]:
        num_workers: Number of workers for parallel data loading
        num_workers=num_workers,
        num_workers=num_workers,
        num_workers=num_workers,
    num_workers: int = 4,
) -> tuple[DataLoader, DataLoader, DataLoader]:
        num_workers=num_workers,
        num_workers=num_workers,
        num_workers=num_workers,
