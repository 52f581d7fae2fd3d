"""checklist-no-evidence, checklist-not-ticked: the checklist against the repository around the report.

Worded as questions: the repository may hold the work where no probe looks (another branch, the
cloud console), and the student knows better than a file list.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Severity, Span
from mlops_report_lsp.repository import STORE
from mlops_report_lsp.repository.evidence import ItemEvidence, RepositoryEvidence
from mlops_report_lsp.rules.base import Rule, finding, replace_fix

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis

SHOWN = 2


def mark_span(entry: ItemEvidence) -> Span:
    item = entry.item
    return Span.line(item.line, item.mark_start, item.mark_end)


def item_span(entry: ItemEvidence, line_length: int) -> Span:
    """From the opening `[` to the end of the item's line."""
    return Span.line(entry.item.line, entry.item.mark_start - 1, line_length)


def shown(entry: ItemEvidence) -> str:
    paths = [f"`{hit}`" for hit in entry.hits[:SHOWN]]
    more = len(entry.hits) - SHOWN
    return ", ".join(paths) + (f" and {more} more" if more > 0 else "")


def _entries(
    analysis: Analysis,
) -> tuple[RepositoryEvidence | None, list[tuple[ItemEvidence, Span]]]:
    source = analysis.report.source
    evidence = STORE.for_report(analysis.path, source.chunks[0])
    if evidence is None:
        return None, []
    return evidence, [
        (entry, item_span(entry, len(source.line_text(entry.item.line))))
        for entry in evidence.checklist
    ]


def check_no_evidence(analysis: Analysis) -> Iterator[Finding]:
    evidence, entries = _entries(analysis)
    if evidence is None:
        return
    partial = evidence.inventory.partial
    note = f" (the file list is partial: {partial[0]})" if partial else ""
    for entry, span in entries:
        if entry.item.ticked and entry.verdict == "no":
            yield finding(
                "checklist-no-evidence",
                f"Ticked: where does the repository show it? Looked for {entry.looked_for} and "
                f"found none{note}. If it lives outside the repository, fine; if not, untick it?",
                span,
                None,
                replace_fix("Untick this item", mark_span(entry), " "),
            )


def check_not_ticked(analysis: Analysis) -> Iterator[Finding]:
    for entry, span in _entries(analysis)[1]:
        if entry.item.ticked or entry.verdict != "yes":
            continue
        yield finding(
            "checklist-not-ticked",
            f"The repository has {shown(entry)}: tick it?",
            span,
            None,
            replace_fix("Tick this item", mark_span(entry), "x"),
        )


RULES = (
    Rule(
        "checklist-no-evidence",
        Severity.INFORMATION,
        "A ticked checklist item the repository shows no evidence of (asked as a question).",
        check_no_evidence,
    ),
    Rule(
        "checklist-not-ticked",
        Severity.HINT,
        "An unticked checklist item the repository shows evidence of: tick it?",
        check_not_ticked,
    ),
)
