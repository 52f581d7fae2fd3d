def predict(model: torch.nn.Module, dataloader: torch.utils.data.DataLoader) -> torch.Tensor:
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
