"""question-missing, question-duplicate, question-order: the `### Question N` headings themselves."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.model import Position, Question, Severity, Span
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.rules.kept import ByQuestions


def _missing(context: ReportContext) -> Iterator[Found]:
    questions = context.report.questions
    present = {q.number for q in questions}
    profile = context.detection.profile
    for number in range(1, profile.questions + 1):
        if number in present:
            continue
        before = [q for q in questions if q.number < number]
        at = (
            before[-1].section.end
            if before
            else (questions[0].heading.start if questions else Position(0, 0))
        )
        yield Found(
            f"Question {number} of the {profile.name} template is missing: keep every "
            f"`### Question N` heading, with its `Answer:` line, even if you skip the question.",
            Span(at, at),
            number,
        )


def _duplicates(context: ReportContext) -> Iterator[Found]:
    seen: dict[int, int] = {}
    for question in context.report.questions:
        if question.number in seen:
            yield Found(
                f"Question {question.number} appears twice (first on line {seen[question.number] + 1}): "
                "the official check counts answers by position, so every later answer shifts.",
                question.heading,
                question.number,
            )
        else:
            seen[question.number] = question.heading.start.line


def _order(context: ReportContext) -> Iterator[Found]:
    total = context.detection.profile.questions
    previous = 0
    for question in context.report.questions:
        if question.number > total:
            yield Found(
                f"There is no Question {question.number} in the {context.profile_name} template "
                f"({total} questions).",
                question.heading,
                question.number,
            )
        elif question.number < previous:
            yield Found(
                f"Question {question.number} comes after Question {previous}: keep the template's order.",
                question.heading,
                question.number,
            )
        previous = max(previous, question.number)


def _heading(question: Question) -> tuple[int, Span]:
    return question.number, question.heading


def _heading_and_end(question: Question) -> tuple[int, Span, Position]:
    return question.number, question.heading, question.section.end


# What each check reads of the questions (and the profile): kept while that is unchanged.
check_missing = ByQuestions(_missing, _heading_and_end)
check_duplicates = ByQuestions(_duplicates, _heading)
check_order = ByQuestions(_order, _heading)


RULES = (
    Rule(
        "question-missing",
        Severity.ERROR,
        "A `### Question N` heading of the template is missing.",
        Example("", 9, "heading"),
        check=check_missing,
    ),
    Rule(
        "question-duplicate",
        Severity.ERROR,
        "A question heading appears twice.",
        Example("### Question 8", 9, "heading"),
        check=check_duplicates,
        details="The grader counts answers by position, so every later answer shifts.",
    ),
    Rule(
        "question-order",
        Severity.WARNING,
        "Question headings out of order, or beyond the template.",
        Example("### Question 3", 9, "heading"),
        check=check_order,
    ),
)
