from pathlib import Path
from typing import Optional, Sequence, Tuple, TypeAlias
import hydra
from loguru import logger
from pyarrow import csv
from pytorch_lightning import LightningDataModule
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader, Dataset
from diabetic_classification import constants
    ) -> None:
    def __len__(self) -> int:
    def __getitem__(self, index: int) -> Tuple[torch.Tensor, torch.Tensor]:
        "ethnicity_black",
        num_workers: int = 5,
    ) -> None:
            num_workers: Number of workers to use in each dataloader.
        self.num_workers = num_workers
    def prepare_data(self) -> None:
    def setup(self, stage: Optional[str] = None) -> None:
                stratify_series = self._build_stratify_series(train_source_df, self.stratification_attributes)
    def train_dataloader(self) -> DataLoader:
            num_workers=self.num_workers,
    def val_dataloader(self) -> DataLoader:
            num_workers=self.num_workers,
    def test_dataloader(self) -> DataLoader:
            num_workers=self.num_workers,
    def predict_dataloader(self) -> DataLoader:
            num_workers=self.num_workers,
    def preprocess(self, output_folder: Optional[Path] = None) -> None:
    def __len__(self) -> int:
    def __getitem__(self, index: int) -> Tuple[torch.Tensor, torch.Tensor]:
    def __download_data(self, dest_path: Path = Path("data/raw")) -> None:
    ) -> None:
        stratify_series = self._build_stratify_series(df_encoded, self.stratification_attributes)
    def _derive_stratification_attributes(self) -> list[str]:
    def _resolve_feature_columns(self, available_columns: ColumnSequence, target_columns: Sequence[str]) -> list[str]:
    def _ensure_target_columns(self, available_columns: ColumnSequence) -> list[str]:
    def _build_stratify_series(
    ) -> Optional[pd.Series]:
    def _resolve_columns(self, available_columns: ColumnSequence, attribute: str) -> list[str]:
    def _normalize_attribute_name(attribute: str) -> str:
    def _ensure_processed_data(self) -> None:
    def _load_split(self, filename: str) -> pd.DataFrame:
@hydra.main(version_base=None, config_path="../../configs/hydra", config_name="config")
def prepare_dataset(cfg) -> None:
        num_workers=cfg.trainer.num_workers,
