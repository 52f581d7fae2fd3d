"""leftover-todo, checklist-mark, student-id, group-number: small things graders notice."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.features import STUDENT_ID
from mlops_report_lsp.model import Finding, Fix, Match, Severity, Span
from mlops_report_lsp.rules.base import Rule, finding, replace_fix

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question

GROUP_NUMBER = re.compile(r"\d+")
STUDY_NUMBER_DIGITS = 6


def check_todos(analysis: Analysis, question: Question) -> Iterator[Finding]:
    for match in question.features.todos:
        what = "A blank to fill in (`__`)" if match.text.startswith("_") else f"`{match.text}`"
        yield finding(
            "leftover-todo",
            f"{what} is left in the answer to Question {question.number}.",
            match.span,
            question.number,
        )


# What students write for "done": `[X ]`, `[ x]`, `[(x)]`, `[✓]`, `[v]`, `[*]`, `[DONE]`...
DONE_MARK = re.compile(r"^[\s(]*(?:[xX✓✔✅☑vV*+]|done)[\s)]*$", re.IGNORECASE)


def _checklist_fix(match: Match) -> Fix | None:
    """`[x]` for a mark that means done (or any other single character, as before), `[ ]` for
    blanks; none for words such as `[TODO]`, whose meaning is the student's to say."""
    if not match.text.strip():
        return replace_fix("Mark it not done with `[ ]`", match.span, " ")
    if DONE_MARK.match(match.text) or len(match.text) == 1:
        return replace_fix("Mark it done with `[x]`", match.span, "x")
    return None


def check_checklist(analysis: Analysis) -> Iterator[Finding]:
    for match in analysis.report.preamble.checklist_marks:
        yield finding(
            "checklist-mark",
            f"`[{match.text}]` is not a checklist mark: GitHub shows it as plain text, not as a "
            "ticked box. Use `[x]` for done and `[ ]` for not done.",
            match.span,
            None,
            _checklist_fix(match),
        )


def _section_text(analysis: Analysis, question: Question) -> str:
    source = analysis.report.source
    start = source.offset(question.heading.end)
    return source.text[start : source.offset(question.section.end)]


def _question(analysis: Analysis, number: int) -> Question | None:
    return next((q for q in analysis.report.questions if q.number == number), None)


def check_student_ids(analysis: Analysis) -> Iterator[Finding]:
    question = _question(analysis, 2)
    if question is None:
        return
    source = analysis.report.source
    start = source.offset(question.heading.end)
    found = False
    for match in STUDENT_ID.finditer(source.text, start, source.offset(question.section.end)):
        found = True
        digits = len(match.group("digits"))
        if digits != STUDY_NUMBER_DIGITS:
            yield finding(
                "student-id",
                f"`{match.group(0)}` is not a study number: study numbers are `s` followed by 6 "
                f"digits (this has {digits}).",
                Span(source.position(match.start()), source.position(match.end())),
                2,
            )
    if not found:
        yield finding(
            "student-id",
            "Question 2 lists no study numbers (`s` followed by 6 digits, e.g. s214591).",
            question.heading,
            2,
        )


def check_group_number(analysis: Analysis) -> Iterator[Finding]:
    question = _question(analysis, 1)
    if question is not None and not GROUP_NUMBER.search(_section_text(analysis, question)):
        yield finding(
            "group-number",
            "Question 1 does not give your group number.",
            question.heading,
            1,
        )


RULES = (
    Rule(
        "leftover-todo",
        Severity.WARNING,
        "TODO, FIXME, `# CHECK` or a `__` blank left in an answer.",
        check_question=check_todos,
    ),
    Rule(
        "checklist-mark",
        Severity.WARNING,
        "A checklist mark other than `[ ]` or `[x]`, such as `[*]`, `[-]`, `[X ]`, `[(x)]` or `[✓]`.",
        check_checklist,
    ),
    Rule(
        "student-id",
        Severity.WARNING,
        "A study number that is not `s` + 6 digits, or none in Question 2.",
        check_student_ids,
    ),
    Rule("group-number", Severity.WARNING, "Question 1 gives no group number.", check_group_number),
)
