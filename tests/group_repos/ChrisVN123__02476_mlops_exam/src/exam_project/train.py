import wandb  # Import Weights & Biases
from torch.utils.data import DataLoader, TensorDataset
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
