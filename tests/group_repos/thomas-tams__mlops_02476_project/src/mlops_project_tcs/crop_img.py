from PIL import Image
from typing import Union, Tuple
    def __init__(self, add_pixels_value: int = 0, target_size: Tuple[int, int] = (224, 224)) -> None:
    def __call__(self, img: Union[Image.Image, np.ndarray, torch.Tensor]) -> torch.Tensor:
