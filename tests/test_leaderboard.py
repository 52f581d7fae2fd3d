"""The leaderboard's number: 31 minus the WARNING lines of the official `report.py check`,
compared with what the course's own script printed for every real report we keep."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mlops_report_lsp.analysis import analyze

from reports import build_report

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = json.loads((ROOT / "tests" / "official_outputs" / "official.json").read_text())


def test_warnings_equal_the_official_scripts_on_corpus_and_seeds() -> None:
    files = sorted(OFFICIAL["reports"])
    result = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "check", "-f", "json", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    ours = {entry["file"]: entry for entry in json.loads(result.stdout)}
    assert set(ours) == set(files)
    for name, official in OFFICIAL["reports"].items():
        entry = ours[name]
        assert entry["profile"] == official["script"], name
        assert entry["official"]["would_fail"] == official["crashed"], name
        assert entry["official"]["warnings"] == official["warnings"], name
        assert entry["official"]["leaderboard"] == entry["official"]["total"] - official["warnings"]
    assert any(entry["crashed"] for entry in OFFICIAL["reports"].values())


def test_a_question_failing_both_limits_costs_two() -> None:
    analysis = analyze(build_report({14: "too short"}))
    assert analysis.passing == 30
    assert analysis.official_warnings == 2
    assert analysis.leaderboard == 29


def test_a_crashing_report_shows_complete_but_cannot_be_graded() -> None:
    text = build_report({5: "word " * 150}).replace("> Answer:", "> Reply:", 1)
    analysis = analyze(text)
    assert not analysis.official.runs
    assert analysis.official_warnings == 0 and analysis.leaderboard == 31
