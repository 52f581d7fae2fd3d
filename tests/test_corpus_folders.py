"""The issue-11 rules on fifteen real `reports/` folders against hand labels (corpus/folders/).

Each folder is copied into a temporary repository whose other files exist as empty files (paths
from the manifest), so relative links resolve as in the real repository. Every rule must fire on
exactly the documents labelled with its problem, and at the labelled places.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mlops_report_lsp.analysis import Analysis, analyze
from mlops_report_lsp.grouping import own_message
from mlops_report_lsp.model import Finding
from mlops_report_lsp.rules.template import EXPORT_PROBLEMS

FOLDERS = Path(__file__).parent / "corpus" / "folders"
MANIFEST: list[dict[str, Any]] = json.loads((FOLDERS / "manifest.json").read_text("utf-8"))
LABELS: dict[str, Any] = json.loads((FOLDERS / "labels.json").read_text("utf-8"))

LISTS = {EXPORT_PROBLEMS["list-no-blank"], EXPORT_PROBLEMS["list-paren"]}
CODE_IN_LISTS = {EXPORT_PROBLEMS["fence-list"], EXPORT_PROBLEMS["fence-indented"]}


def _line(finding: Finding) -> int:
    return finding.span.start.line + 1


def _question(finding: Finding) -> int:
    assert finding.question is not None
    return finding.question


def found(analysis: Analysis, category: str) -> list[Any]:
    """What the rules report for one label category, in the labels' terms."""

    def of(code: str) -> list[Finding]:
        return [f for f in analysis.findings if f.code == code]

    html = of("html-export")
    return {
        "broken-link": lambda: [_line(f) for f in of("broken-link")],
        "glued-answer": lambda: [_line(f) for f in of("glued-answer")],
        "angle-bracket-text": lambda: [_line(f) for f in of("dropped-text")],
        "export-list": lambda: [_line(f) for f in html if own_message(f) in LISTS],
        "export-code-in-list": lambda: [_line(f) for f in html if own_message(f) in CODE_IN_LISTS],
        "export-tab-list": lambda: [
            _line(f) for f in html if own_message(f) == EXPORT_PROBLEMS["list-tab"]
        ],
        "checklist-mark-new": lambda: [
            _line(f)
            for f in of("checklist-mark")
            if f.span.end.character - f.span.start.character > 1
        ],
        "group-members": lambda: [_line(f) for f in of("group-members")],
        "unused-figure": lambda: [_question(f) for f in of("unused-figure")],
        "course-figure": lambda: [_line(f) for f in of("course-figure")],
        "report-script": lambda: [_question(f) for f in of("report-script")],
    }[category]()


@pytest.fixture(scope="module")
def analyses(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Analysis]:
    results = {}
    for entry in MANIFEST:
        repository = tmp_path_factory.mktemp(entry["folder"][:20])
        (repository / ".git").mkdir()
        for name in entry["tree"]:
            (repository / name).parent.mkdir(parents=True, exist_ok=True)
            (repository / name).touch()
        shutil.copytree(FOLDERS / entry["folder"], repository / "reports")
        path = repository / "reports" / "README.md"
        results[entry["folder"]] = analyze(path.read_text(encoding="utf-8"), path)
    return results


def labels(corrected: bool) -> dict[str, dict[str, list[Any]]]:
    table = {folder: dict(row) for folder, row in LABELS["labels"].items()}
    if corrected:
        for folder, changes in LABELS["corrections"].items():
            for category, change in changes.items():
                table[folder][category] = change["value"]
    return table


def test_labels_cover_the_manifest() -> None:
    assert len(MANIFEST) >= 10
    assert set(LABELS["labels"]) == {entry["folder"] for entry in MANIFEST}


@pytest.mark.parametrize("category", sorted(next(iter(LABELS["labels"].values()))))
def test_rule_fires_exactly_on_labelled_documents(
    analyses: dict[str, Analysis], category: str
) -> None:
    expected = labels(corrected=True)
    for folder, analysis in analyses.items():
        got = found(analysis, category)
        assert bool(got) == bool(expected[folder][category]), (folder, got)
        if category != "group-members":  # labelled per document, as descriptions
            assert sorted(got) == sorted(expected[folder][category]), folder


def test_zz_print_agreement(analyses: dict[str, Analysis]) -> None:
    """Not a check: prints precision and recall per category (`pytest -s`), before and after
    the corrections that labels.json records."""
    for corrected in (False, True):
        print(f"\nagreement with the {'corrected' if corrected else 'original'} labels")
        table = labels(corrected)
        for category in sorted(next(iter(table.values()))):
            docs = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
            places = {"tp": 0, "fp": 0, "fn": 0}
            for folder, analysis in analyses.items():
                got, want = found(analysis, category), table[folder][category]
                key = ("t" if bool(got) == bool(want) else "f") + ("p" if got else "n")
                docs[key] += 1
                if category != "group-members":
                    places["tp"] += len(set(got) & set(want))
                    places["fp"] += len(set(got) - set(want))
                    places["fn"] += len(set(want) - set(got))
            print(f"  {category}: documents {docs}, places {places}")
