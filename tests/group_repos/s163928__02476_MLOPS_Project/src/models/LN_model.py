from torch import nn, optim
from torchmetrics.functional import accuracy
import pytorch_lightning as pl
class LN_model(pl.LightningModule):
    def test_step(self, batch, batch_idx):
# ----------------------------------------------------------------------
