import logging
import pytorch_lightning as pl
from pytorch_lightning import seed_everything
from google.cloud import storage
import hydra
from final_project import MentalDisordersDataModule, AwesomeModel
log = logging.getLogger(__name__)
    bucket_name, blob_name = gcs_path.replace("gs://", "").split("/", 1)
@hydra.main(version_base="1.1", config_path="config", config_name="eval.yaml")
