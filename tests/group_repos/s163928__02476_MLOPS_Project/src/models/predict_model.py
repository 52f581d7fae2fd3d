import click
import pytorch_lightning as pl
from src.data.LN_data_module import Flowers102DataModule
from src.models.LN_model import LN_model
# ----------------------------------------------------------------------
