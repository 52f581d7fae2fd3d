import logging
from pathlib import Path
from typing import Dict
from final_project.data import MentalDisordersDataset, preprocess
def minimal_csv(tmp_path) -> Path:
def small_tensor_dict() -> Dict[str, torch.Tensor]:
def test_preprocess_creates_files(minimal_csv, tmp_path):
def test_mental_disorders_dataset_loading(saved_train_test_files, percentage):
def test_mental_disorders_dataset_file_not_found(tmp_path):
