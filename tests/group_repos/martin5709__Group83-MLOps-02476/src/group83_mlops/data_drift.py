from transformers import CLIPModel, CLIPProcessor
from google.cloud import storage
# from evidently.report import Report
# from evidently.metric_preset import DataDriftPreset
from torchvision.transforms import ToPILImage
# report = Report(metrics=[DataDriftPreset(), DataQualityPreset,TargetDriftPreset]) # noqa: E501
