import typer
from torchvision.transforms import ToPILImage
from group83_mlops.get_model_from_artifact import get_model_from_artifact
# ----------------------------------------------------------------------
