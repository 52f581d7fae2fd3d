from collections import Counter
from pathlib import Path
import typer
from loguru import logger
) -> None:
) -> None:
    def __init__(self, texts: list[str], labels: torch.Tensor) -> None:
    def __len__(self) -> int:
    def __getitem__(self, idx: int) -> tuple[str, torch.Tensor]:
) -> tuple[torch.utils.data.Dataset, torch.utils.data.Dataset, torch.utils.data.Dataset]:
        def remap_labels(labels: torch.Tensor) -> torch.Tensor:
) -> None:
) -> None:
