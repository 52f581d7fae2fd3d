from evidently.metric_preset import DataDriftPreset
from evidently.report import Report
from src.utilities.helpers import load_last_predictions, load_train_data
def main() -> None:
    data_drift_report = Report(
            DataDriftPreset(),
        # I believe evidently is handling this error, so I have muted the warning here.
        data_drift_report.run(
    data_drift_report.save_html("static/drift.html")
