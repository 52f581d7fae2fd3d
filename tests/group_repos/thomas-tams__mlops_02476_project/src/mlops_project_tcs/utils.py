from torch.utils.data import Subset
from PIL import Image
from typing import List, Tuple, Optional, Union
from pathlib import Path
) -> None:
def get_targets_from_subset(subset: Subset) -> torch.Tensor:
