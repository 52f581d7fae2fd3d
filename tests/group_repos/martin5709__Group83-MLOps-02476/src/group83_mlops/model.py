from torch import nn
    def __init__(self, latent_space_size : int) -> None:
    def forward(self, x: torch.Tensor) -> torch.Tensor:
    def __init__(self) -> None:
    def forward(self, x: torch.Tensor) -> torch.Tensor:
