from abc import ABC, abstractmethod
from torch import nn
    def forward(self, texts: list[str]) -> torch.Tensor:
    def predict(self, texts: list[str]) -> torch.Tensor:
    def count_parameters(self) -> tuple[int, int]:
