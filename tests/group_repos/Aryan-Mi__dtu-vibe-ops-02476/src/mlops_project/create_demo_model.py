from pathlib import Path
from mlops_project.model import BaselineCNN
    output_path = Path("models/demo_model.onnx")
    torch.onnx.export(
# ----------------------------------------------------------------------
