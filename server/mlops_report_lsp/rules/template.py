"""length-line-mismatch and html-export: where the document and the grader's tools disagree."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.rules.base import Rule, finding
from mlops_report_lsp.wording import limit_text

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question

EXPORT_PROBLEMS = {
    "fence": "Fenced code is not rendered as a code block by the official `report.py html` "
    "(it uses no Markdown extensions): it becomes inline text. Indent code by 4 spaces instead.",
    "table": "Tables are not rendered by the official `report.py html`: the rows appear as "
    "plain text with `|` characters.",
    "tasklist": "Task-list checkboxes are not rendered by the official `report.py html`: "
    "`[ ]` and `[x]` appear as text.",
}


def check_length_lines(analysis: Analysis) -> Iterator[Finding]:
    for result in analysis.results:
        question = result.question
        if question is None or question.length_line is None:
            continue
        stated = question.length_line.words
        enforced = result.limits.words
        if enforced == stated:
            continue
        enforced_text = f"{limit_text(enforced)} words" if enforced else "no word limit"
        yield finding(
            "length-line-mismatch",
            f"The document says {limit_text(stated)} words, but the {analysis.profile_name} grader "
            f"enforces {enforced_text} for Question {result.number}.",
            question.length_line.span,
            result.number,
        )


def check_export(analysis: Analysis, question: Question) -> Iterator[Finding]:
    for block in question.features.blocks:
        yield finding("html-export", EXPORT_PROBLEMS[block.kind], block.span, question.number)


RULES = (
    Rule(
        "length-line-mismatch",
        Severity.INFORMATION,
        "A prompt's answer-length line disagrees with the limits the grader enforces.",
        check_length_lines,
    ),
    Rule(
        "html-export",
        Severity.HINT,
        "Markdown the official `report.py html` will mangle: fenced code, tables, task lists.",
        check_question=check_export,
    ),
)
