"""length-line-mismatch and html-export: where the document and the grader's tools disagree."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.model import Severity
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext, Section
from mlops_report_lsp.wording import limit_text

EXPORT_PROBLEMS = {
    "fence": "Fenced code is not rendered as a code block by the official `report.py html` "
    "(it uses no Markdown extensions): it becomes inline text. Indent code by 4 spaces instead.",
    "table": "Tables are not rendered by the official `report.py html`: the rows appear as "
    "plain text with `|` characters.",
    "tasklist": "Task-list checkboxes are not rendered by the official `report.py html`: "
    "`[ ]` and `[x]` appear as text.",
}


def check_length_lines(context: ReportContext) -> Iterator[Found]:
    for result in context.results:
        question = result.question
        if question is None or question.length_line is None:
            continue
        stated = question.length_line.words
        enforced = result.limits.words
        if enforced == stated:
            continue
        enforced_text = f"{limit_text(enforced)} words" if enforced else "no word limit"
        yield Found(
            f"The document says {limit_text(stated)} words, but the {context.profile_name} grader "
            f"enforces {enforced_text} for Question {result.number}.",
            question.length_line.span,
            result.number,
        )


def check_export(section: Section) -> Iterator[Found]:
    question = section.question
    for block in question.features.blocks:
        yield Found(EXPORT_PROBLEMS[block.kind], block.span, question.number)


RULES = (
    Rule(
        "length-line-mismatch",
        Severity.INFORMATION,
        "A prompt's answer-length line disagrees with the limits the grader enforces.",
        Example("> Recommended answer length: 100-200 words.", 3, "prompt"),
        check=check_length_lines,
        details="Early January 2026 copies say 100-200 words for Question 3; the grader enforces "
        "0–200.",
    ),
    Rule(
        "html-export",
        Severity.HINT,
        "Markdown the official `report.py html` will mangle: fenced code, tables, task lists.",
        Example("We trained with:\n\n```python\ntrain()\n```", 4),
        check_section=check_export,
        details="It uses no Markdown extensions; `mlops-report html` renders them properly.",
    ),
)
