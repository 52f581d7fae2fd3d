"""Tests for data drift monitoring."""
from monitoring.drift_monitor import build_reference_data, extract_text_features, run_drift_monitoring
class TestDriftMonitoring:
    """Tests for drift monitoring."""
    def test_no_drift_sanity(self, tmp_path):
        """Test: No-drift sanity - current data is sample from reference data."""
        # Build reference data
        import monitoring.drift_monitor as dm
        original_report_path = dm.DRIFT_REPORT_PATH
        original_results_path = dm.DRIFT_RESULTS_PATH
            dm.DRIFT_REPORT_PATH = tmp_path / "drift_report.html"
            dm.DRIFT_RESULTS_PATH = tmp_path / "drift_results.json"
            # Build reference
            build_reference_data(train_texts_path=str(train_texts_path))
            # Create current data as subset of reference (no drift expected)
            # Run drift monitoring
            result = run_drift_monitoring()
            assert dm.DRIFT_REPORT_PATH.exists()
            assert dm.DRIFT_RESULTS_PATH.exists()
            assert "drift_detected" in result
            dm.DRIFT_REPORT_PATH = original_report_path
            dm.DRIFT_RESULTS_PATH = original_results_path
