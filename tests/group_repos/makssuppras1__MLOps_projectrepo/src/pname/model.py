from typing import Dict, Optional, Tuple, Union
from omegaconf import DictConfig
from torch import nn
from transformers import AutoModel, BertModel, DistilBertModel
    def __init__(self, model_cfg: DictConfig = None) -> None:
    ) -> Union[Dict[str, torch.Tensor], Tuple[torch.Tensor, ...]]:
    def freeze_encoder(self, freeze: bool = True) -> None:
    def num_trainable_params(self) -> int:
