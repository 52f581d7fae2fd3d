import pytorch_lightning as pl
from pytorch_lightning.callbacks import EarlyStopping, ModelCheckpoint
from src.data.LN_data_module import Flowers102DataModule
from src.models.LN_model import LN_model
from pytorch_lightning.callbacks import Callback
import wandb
import pytorch_lightning as pl
import hydra
        # `outputs` comes from `LightningModule.validation_step`
            # Option 1: log images with `WandbLogger.log_image`
@hydra.main(config_path="./../../configs/", config_name="defaults")
def main(cfg: omegaconf.DictConfig) -> None:
    wandb_logger = pl.loggers.WandbLogger(project=cfg.wandb.project)
    log_predictions_callback = LogPredictionsCallback()
        callbacks=[early_stopping, checkpoint_callback, log_predictions_callback]
    bucket_name = "/gcs/mlops-project/jobs/training/vertex-with-docker",
        from google.cloud import storage
        blob.upload_from_filename(os.path.join(model_path, model_name))
        gcp_bucket = '/gcs/mlops-project/jobs/vertex-with-docker'
