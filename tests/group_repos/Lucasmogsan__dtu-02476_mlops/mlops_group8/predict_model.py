from torch.nn.functional import softmax
from albumentations.pytorch import ToTensorV2
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
