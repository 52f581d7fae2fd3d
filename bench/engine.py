"""Engine budgets: cold analysis, re-analysis after a one-character edit, and `check` as a process.

Budgets (40 KB report): cold < 15 ms, one-character re-analysis < 1 ms, whole process < 0.12 s.
Run: .venv/bin/python bench/engine.py
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

import mlops_report_lsp
from mlops_report_lsp.analysis import Analyzer

REPORT = Path(__file__).resolve().parent.parent / "tests" / "seeds" / "003_54ffc10b798f0a58.md"
ROUNDS = 50


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def cold(text: str) -> float:
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        Analyzer().analyze(text, REPORT)
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def one_character_edits(text: str) -> float:
    """Type characters one at a time in the middle of an answer, analysing after each."""
    analyzer = Analyzer()
    analyzer.analyze(text, REPORT)
    where = text.index("Answer:", len(text) // 2) + len("Answer:") + 2
    samples = []
    for index in range(ROUNDS):
        text = text[:where] + "abcdefghij"[index % 10] + text[where:]
        where += 1
        start = time.perf_counter()
        analyzer.analyze(text, REPORT)
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def process() -> float:
    # Measure the package as `pip install` leaves it, with bytecode: an editable checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module in every run.
    compileall.compile_dir(Path(mlops_report_lsp.__file__).parent, quiet=1)
    command = [sys.executable, "-m", "mlops_report_lsp", "check", str(REPORT)]
    samples = []
    for _ in range(10):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def main() -> None:
    text = REPORT.read_text(encoding="utf-8")
    print(f"report: {REPORT.name}, {len(text.encode()) / 1024:.1f} KB")
    rows = [
        ("cold analysis", cold(text), 15.0),
        ("re-analysis after a one-character edit", one_character_edits(text), 1.0),
        ("`mlops-report check` as a process", process(), 120.0),
    ]
    for name, value, budget in rows:
        verdict = "ok" if value <= budget else "OVER BUDGET"
        print(f"{name:<42} median {value:8.2f} ms   budget {budget:6.1f} ms   {verdict}")


if __name__ == "__main__":
    main()
