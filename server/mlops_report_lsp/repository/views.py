"""`mlops-report repo` output: the scraper's facts and the checklist table, as text, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from mlops_report_lsp.repository.evidence import ItemEvidence, RepositoryEvidence

CSV_COLUMNS = (
    "repository",
    "report",
    "line",
    "text",
    "module",
    "ticked",
    "evidence",
    "paths",
    "looked_for",
)
TEXT_WIDTH = 60


def item_dict(entry: ItemEvidence) -> dict[str, Any]:
    item = entry.item
    return {
        "line": item.line + 1,
        "text": item.text,
        "module": item.module,
        "ticked": item.ticked,
        "evidence": entry.verdict,
        "paths": [str(hit) for hit in entry.hits],
        "looked_for": entry.looked_for,
    }


def evidence_dict(evidence: RepositoryEvidence) -> dict[str, Any]:
    return {
        "repository": str(evidence.root),
        "report": str(evidence.report) if evidence.report else None,
        "files": len(evidence.inventory.files),
        "partial": evidence.inventory.is_partial,
        "facts": evidence.facts.as_dict(),
        "checklist": [item_dict(entry) for entry in evidence.checklist],
    }


def json_view(results: Sequence[RepositoryEvidence]) -> str:
    return json.dumps([evidence_dict(evidence) for evidence in results], indent=2)


def csv_header() -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(CSV_COLUMNS)
    return buffer.getvalue().rstrip("\n")


def csv_view(evidence: RepositoryEvidence) -> str:
    """One row per checklist item, for a teacher with a folder of clones."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for entry in evidence.checklist:
        row = item_dict(entry)
        writer.writerow(
            [
                str(evidence.root),
                str(evidence.report or ""),
                row["line"],
                row["text"],
                row["module"] or "",
                "yes" if row["ticked"] else "no",
                row["evidence"],
                " ".join(row["paths"]),
                row["looked_for"],
            ]
        )
    return buffer.getvalue().rstrip("\n")


def _short(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


def text_view(evidence: RepositoryEvidence) -> str:
    facts = evidence.facts
    inventory = evidence.inventory
    lines = [
        f"repository {evidence.root}: {len(inventory.files)} files in "
        f"{inventory.seconds * 1000:.0f} ms" + (" (partial)" if inventory.is_partial else ""),
        *(f"  partial: {reason}" for reason in inventory.partial),
        f"  dockerfiles {facts.dockerfiles}, python files {facts.python_files}, "
        f"workflow files {facts.workflow_files}, requirements {_yes(facts.requirements)}, "
        f"cloudbuild {_yes(facts.cloudbuild)}, dvc {_yes(facts.dvc)}, size {facts.size_mb} MB",
    ]
    if evidence.report is None:
        lines.append("  no reports/README.md: only the facts above")
        return "\n".join(lines)
    if not evidence.checklist:
        lines.append(
            f"  {evidence.report}: no checklist items found (the `* [ ]` lines under "
            "'Overall project checklist')"
        )
        return "\n".join(lines)
    lines.append(f"report {evidence.report} (checklist of {evidence.generation})")
    lines.append(f"  {'line':>4}  {'item':<{TEXT_WIDTH}}  ticked  evidence")
    for entry in evidence.checklist:
        shown = ", ".join(str(hit) for hit in entry.hits[:3])
        detail = shown if entry.verdict == "yes" else f"looked for {entry.looked_for}"
        if entry.verdict == "not-in-repo":
            detail = entry.looked_for
        lines.append(
            f"  {entry.item.line + 1:>4}  {_short(entry.item.text):<{TEXT_WIDTH}}  "
            f"{'[x]' if entry.item.ticked else '[ ]':<6}  {entry.verdict}: {detail}"
        )
    lines.append(evidence.summary())
    return "\n".join(lines)


def _yes(value: bool) -> str:
    return "yes" if value else "no"
