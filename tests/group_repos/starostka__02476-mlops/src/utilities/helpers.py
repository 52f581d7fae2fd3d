import logging
from google.cloud import bigquery
def save_to_db(data, pred, index) -> None:
    logger = logging.getLogger(__name__)
        )  # I am a bit unsure how exactly logger works with FastAPI
def load_last_predictions(samples: int = 10) -> pd.DataFrame:
    FROM hybrid-essence-236114.model_prediction_log.model_prediction_log
def to_df(table: dict) -> pd.DataFrame:
def load_train_data(path_to_dataset: str) -> pd.DataFrame:
