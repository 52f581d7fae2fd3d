"""Drift robustness testing for text classification models.
Generates drifted versions of validation data and evaluates model performance
across key drift scenarios (vocabulary shift, domain shift) to quantify
from pathlib import Path
from typing import Any, Dict, List, Optional
from loguru import logger
from sklearn.metrics import accuracy_score, f1_score
from transformers import AutoTokenizer
from pname.data import arxiv_dataset
from pname.model import MyAwesomeModel
from pname.model_tfidf import TFIDFXGBoostModel
def apply_vocabulary_shift(texts: List[str], severity: float) -> List[str]:
def apply_length_shift(texts: List[str], severity: float, direction: str = "shorter") -> List[str]:
def apply_domain_shift(texts: List[str], severity: float) -> List[str]:
) -> Dict[str, float]:
) -> Dict[str, float]:
def run_drift_robustness_test(
) -> Dict[str, Any]:
    """Run drift robustness test across multiple scenarios.
        output_path = Path("monitoring/drift_robustness_report.json")
    # Baseline evaluation (no drift)
    logger.info("Evaluating baseline (no drift)...")
        drifted_texts = apply_vocabulary_shift(val_texts, severity)
        metrics = evaluate_fn(drifted_texts, val_labels)
        drifted_texts = apply_domain_shift(val_texts, severity)
        metrics = evaluate_fn(drifted_texts, val_labels)
        f"Model tested across {len(scenarios)} drift scenarios. "
        f"sensitivity to data drift."
    logger.info(f"Drift robustness report saved to: {output_path}")
    import typer
        output_path: str = typer.Option("monitoring/drift_robustness_report.json", help="Output JSON report path"),
    ) -> None:
        """Run drift robustness test."""
        report = run_drift_robustness_test(
