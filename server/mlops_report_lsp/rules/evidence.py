"""checklist-no-evidence, checklist-not-ticked: the checklist against the repository around the report.

Worded as questions: the work may live where no probe looks (another branch, the cloud console),
and the student knows better than a file list. Only a report at `reports/README.md` is compared,
the course's layout, so a copy elsewhere is not judged against an unrelated folder.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Severity, Span
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext

if TYPE_CHECKING:
    from mlops_report_lsp.repository.evidence import ItemEvidence, RepositoryEvidence

SHOWN = 2
CHECKLIST = "## Overall project checklist\n\n* [{}] Construct one or multiple docker files for your code (M10)"


def shown(entry: ItemEvidence) -> str:
    paths = [f"`{hit}`" for hit in entry.hits[:SHOWN]]
    more = len(entry.hits) - SHOWN
    return ", ".join(paths) + (f" and {more} more" if more > 0 else "")


def report_evidence(context: ReportContext) -> RepositoryEvidence | None:
    """The cached evidence for this report; the checklist sits before the first question.

    The repository package (pathspec, the probes) is imported only for a report in the course
    layout: checking a lone report file does not pay for it.
    """
    if context.path is None or context.path.parent.name != "reports":
        return None
    from mlops_report_lsp.repository import STORE

    return STORE.for_report(context.path, context.report.source.chunks[0])


def _evidence_once(context: ReportContext) -> RepositoryEvidence | None:
    """`report_evidence`, asked once an analysis: both checklist rules ask for it."""
    global _asked
    if _asked[0] is not context:
        _asked = (context, report_evidence(context))
    return _asked[1]


_asked: tuple[ReportContext | None, RepositoryEvidence | None] = (None, None)
"""The last analysis asked about, and its evidence."""


class _Memo:
    """Each rule's `Found`s for the last evidence object: the same objects while the checklist and
    the repository are unchanged, so a keystroke elsewhere costs a lookup (see RuleCache.stamped)."""

    def __init__(self, judge: Callable[[ReportContext, RepositoryEvidence], list[Found]]) -> None:
        self.judge = judge
        self.last: tuple[RepositoryEvidence | None, list[Found]] = (None, [])

    def __call__(self, context: ReportContext) -> list[Found]:
        evidence = _evidence_once(context)
        if evidence is None:
            return []
        if self.last[0] is not evidence:
            self.last = (evidence, self.judge(context, evidence))
        return self.last[1]


def _reported(
    context: ReportContext,
    evidence: RepositoryEvidence,
    wanted: Callable[[ItemEvidence], bool],
    message: Callable[[ItemEvidence], str],
) -> list[Found]:
    """The wanted checklist items, each on its mark's line with the fix that flips the mark."""
    from mlops_report_lsp.repository.checklist import toggle  # loaded with the evidence

    source = context.report.source
    found = []
    for entry in evidence.checklist:
        if wanted(entry):
            end = len(source.line_text(entry.item.line))
            span = Span.line(entry.item.line, entry.item.mark_start - 1, end)
            found.append(Found(message(entry), span, None, toggle(entry.item)))
    return found


def _no_evidence(context: ReportContext, evidence: RepositoryEvidence) -> list[Found]:
    partial = evidence.inventory.partial
    note = f" (the file list is partial: {partial[0]})" if partial else ""
    return _reported(
        context,
        evidence,
        lambda entry: entry.item.ticked and entry.verdict == "no",
        lambda entry: (
            f"Ticked: where does the repository show it? Looked for {entry.looked_for} and "
            f"found none{note}. If it lives outside the repository, fine; if not, untick it?"
        ),
    )


def _not_ticked(context: ReportContext, evidence: RepositoryEvidence) -> list[Found]:
    return _reported(
        context,
        evidence,
        lambda entry: not entry.item.ticked and entry.verdict == "yes",
        lambda entry: f"The repository has {shown(entry)}: tick it?",
    )


check_no_evidence = _Memo(_no_evidence)
check_not_ticked = _Memo(_not_ticked)


RULES = (
    Rule(
        "checklist-no-evidence",
        Severity.INFORMATION,
        "A ticked checklist item the repository shows no evidence of, asked as a question.",
        Example(CHECKLIST.format("x")),
        check=check_no_evidence,
        details="The message says what was looked for; `mlops-report repo` lists every item.",
    ),
    Rule(
        "checklist-not-ticked",
        Severity.HINT,
        "An unticked checklist item the repository shows evidence of: tick it?",
        Example(CHECKLIST.format(" "), files=("dockerfiles/train.dockerfile",)),
        check=check_not_ticked,
    ),
)
