import onnxruntime as ort
from PIL import Image
from mlops_project_tcs.crop_img import CropExtremePoints
from torchvision import transforms
    def _preprocess_image(self, image: Image.Image) -> torch.Tensor:
    def run_inference(self, image: torch.Tensor) -> torch.Tensor:
    def evaluate_image(self, image: Image.Image) -> torch.Tensor:
