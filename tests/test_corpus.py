"""Real student reports (tests/corpus/, sources in SOURCES.md and manifest.json).

Every report is analysed without error, every range lies inside it, the generation the engine
detects agrees with the manifest, and wherever the official algorithm runs, the engine's counts
equal the independent oracle's for the manifest's generation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mlops_report_lsp.analysis import Analyzer
from mlops_report_lsp.config import Config

import official_oracle

CORPUS = Path(__file__).parent / "corpus"
MANIFEST: list[dict[str, Any]] = (
    json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    if (CORPUS / "manifest.json").exists()
    else []
)
ENTRIES = {entry["file"]: entry for entry in MANIFEST}
REPORTS = sorted(CORPUS.glob("*.md"))
REPORTS = [path for path in REPORTS if path.name != "SOURCES.md"]
STATS: dict[str, int] = {"reports": 0, "oracle_runs": 0, "oracle_raises": 0, "matched": 0}


def profile_of(entry: dict[str, Any]) -> str:
    """The engine's profile name for the manifest's `generation_guess`."""
    guess = entry["generation_guess"]
    if guess.startswith("27q"):
        return "27q"
    for month, profile in (
        ("Dec 2024", "31q-2024"),
        ("Jan 2025", "31q-2025"),
        ("Jan 2026", "31q-2026"),
    ):
        if month in guess:
            return profile
    raise AssertionError(f"unknown generation {guess!r}")


def test_corpus_is_there_and_described() -> None:
    assert len(REPORTS) >= 20, f"only {len(REPORTS)} reports in tests/corpus"
    assert {path.name for path in REPORTS} == set(ENTRIES), "manifest.json and the files differ"
    questions = {entry["questions"] for entry in MANIFEST}
    assert {27, 31} <= questions, "the corpus should hold both generations"
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    for entry in MANIFEST:
        assert entry["repo"] in sources and entry["commit"] in sources, entry["file"]


@pytest.mark.parametrize("path", REPORTS, ids=[p.stem[:40] for p in REPORTS])
def test_corpus_report(path: Path) -> None:
    entry = ENTRIES[path.name]
    raw = path.read_bytes().decode("utf-8")
    analyzer = Analyzer()
    detected = analyzer.analyze(raw, path)
    STATS["reports"] += 1
    assert detected.detection.profile.questions == entry["questions"], detected.detection.reason
    assert detected.profile_name == profile_of(entry), detected.detection.reason

    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    for finding in detected.findings:
        for point in (finding.span.start, finding.span.end):
            assert point.line < len(lines) and point.character <= len(lines[point.line]), finding
        assert finding.span.start <= finding.span.end, finding

    analysis = Analyzer(Config(profile=profile_of(entry))).analyze(raw, path)
    try:
        expected = official_oracle.official_counts(raw, entry["questions"])
    except ValueError:
        STATS["oracle_raises"] += 1
        assert not analysis.official.runs
        return
    STATS["oracle_runs"] += 1
    assert analysis.official.runs, analysis.official.error
    assert [(r.words, r.images) for r in analysis.results] == expected
    assert [(r.words, r.images) for r in detected.results] == expected
    STATS["matched"] += 1


def test_zz_print_corpus_stats() -> None:
    """Not a check: prints this run's numbers (`pytest -s`) for docs/robustness.md."""
    print(f"\ncorpus stats: {STATS}")
