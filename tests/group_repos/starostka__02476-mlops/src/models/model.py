import pytorch_lightning as pl
from torch_geometric.nn import GCNConv
class GCN(pl.LightningModule):
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
