import pytorch_lightning as pl
# from pytorch_lightning.loggers import WandbLogger
from pytorch_lightning.callbacks import ModelCheckpoint
from final_project import MentalDisordersDataModule
from final_project import AwesomeModel
from google.cloud import storage
import hydra
import logging
log = logging.getLogger(__name__)
    #     log.info("Attempting to initialize WandbLogger...")
    #     wandb_logger = WandbLogger(
    #     log.warning(f"Could not initialize WandbLogger due to: {e}")
    bucket_name, blob_name = gcs_path.replace("gs://", "").split("/", 1)
    blob.upload_from_filename(local_path)
@hydra.main(version_base="1.1", config_path="config", config_name="train.yaml")
