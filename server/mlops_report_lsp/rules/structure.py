"""question-missing, question-duplicate, question-order: the `### Question N` headings themselves."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Position, Severity, Span
from mlops_report_lsp.rules.base import Rule, finding

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis


def check_missing(analysis: Analysis) -> Iterator[Finding]:
    questions = analysis.report.questions
    present = {q.number for q in questions}
    profile = analysis.detection.profile
    for number in range(1, profile.questions + 1):
        if number in present:
            continue
        before = [q for q in questions if q.number < number]
        at = (
            before[-1].section.end
            if before
            else (questions[0].heading.start if questions else Position(0, 0))
        )
        yield finding(
            "question-missing",
            f"Question {number} of the {profile.name} template is missing: keep every "
            f"`### Question N` heading, with its `Answer:` line, even if you skip the question.",
            Span(at, at),
            number,
        )


def check_duplicates(analysis: Analysis) -> Iterator[Finding]:
    seen: dict[int, int] = {}
    for question in analysis.report.questions:
        if question.number in seen:
            yield finding(
                "question-duplicate",
                f"Question {question.number} appears twice (first on line {seen[question.number] + 1}): "
                "the official check counts answers by position, so every later answer shifts.",
                question.heading,
                question.number,
            )
        else:
            seen[question.number] = question.heading.start.line


def check_order(analysis: Analysis) -> Iterator[Finding]:
    total = analysis.detection.profile.questions
    previous = 0
    for question in analysis.report.questions:
        if question.number > total:
            yield finding(
                "question-order",
                f"There is no Question {question.number} in the {analysis.profile_name} template "
                f"({total} questions).",
                question.heading,
                question.number,
            )
        elif question.number < previous:
            yield finding(
                "question-order",
                f"Question {question.number} comes after Question {previous}: keep the template's order.",
                question.heading,
                question.number,
            )
        previous = max(previous, question.number)


RULES = (
    Rule(
        "question-missing",
        Severity.ERROR,
        "A `### Question N` heading of the template is missing.",
        check_missing,
    ),
    Rule(
        "question-duplicate", Severity.ERROR, "A question heading appears twice.", check_duplicates
    ),
    Rule(
        "question-order",
        Severity.WARNING,
        "Question headings out of order, or beyond the template.",
        check_order,
    ),
)
