from pathlib import Path
from transformers import AutoModelForSequenceClassification
from twitter_classification.utils import load_config
def build_model(
) -> AutoModelForSequenceClassification:
    Builds a BERT model for sequence classification. Optionally loads pre-trained weights.
