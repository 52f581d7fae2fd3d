"""What a rule is: a code, a default severity, a summary for the docs, and Analysis -> Findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Fix, Severity, Span, TextEdit

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question


ReportCheck = Callable[["Analysis"], Iterable[Finding]]
QuestionCheck = Callable[["Analysis", "Question"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule looks at the whole report, or at one question at a time.

    Question-scoped findings depend only on that question's section (and, with `reads_files`, on
    the image files next to the report), so the runner can keep them for unchanged sections.
    """

    code: str
    severity: Severity
    summary: str
    check: ReportCheck | None = None
    check_question: QuestionCheck | None = None
    reads_files: bool = False


def finding(
    code: str, message: str, span: Span, question: int | None = None, fix: Fix | None = None
) -> Finding:
    """A finding at its rule's default severity; the runner applies the user's severity later."""
    from mlops_report_lsp.rules import DEFAULT_SEVERITY

    return Finding(code, DEFAULT_SEVERITY[code], message, span, question, fix)


def replace_fix(title: str, span: Span, new_text: str) -> Fix:
    return Fix(title, (TextEdit(span, new_text),))
