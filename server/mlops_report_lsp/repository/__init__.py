"""Repository evidence: what the repository around a report shows of its checklist."""

from __future__ import annotations

from pathlib import Path

from mlops_report_lsp.repository.evidence import (
    ItemEvidence,
    ProbeResults,
    RepositoryEvidence,
    judge,
)
from mlops_report_lsp.repository.inventory import Inventory, build, find_root, load_matcher
from mlops_report_lsp.repository.store import STORE, EvidenceStore

REPORT = Path("reports") / "README.md"


def locate(path: Path) -> tuple[Path, Path | None]:
    """A repository folder or a report file -> (repository root, report file if there is one)."""
    if path.is_dir():
        report = path / REPORT
        return Path(path), report if report.is_file() else None
    return find_root(path), path


def evidence(path: Path) -> RepositoryEvidence:
    """Build the inventory and judge the report's checklist (the command line's way: no cache)."""
    root, report = locate(path)
    results = ProbeResults(build(root))
    text = _read(report) if report is not None else ""
    return judge(text, results, report)


def _read(report: Path) -> str:
    try:
        return report.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


__all__ = [
    "STORE",
    "EvidenceStore",
    "Inventory",
    "ItemEvidence",
    "ProbeResults",
    "RepositoryEvidence",
    "build",
    "evidence",
    "find_root",
    "judge",
    "load_matcher",
    "locate",
]
