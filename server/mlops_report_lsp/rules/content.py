"""leftover-todo, checklist-mark, student-id, group-number: small things graders notice."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mlops_report_lsp.features import STUDENT_ID
from mlops_report_lsp.model import Features, Fix, Match, Question, Severity, Span
from mlops_report_lsp.rules.base import Example, Found, Rule, replace_fix
from mlops_report_lsp.rules.context import ReportContext, Section
from mlops_report_lsp.rules.kept import Kept

GROUP_NUMBER = re.compile(r"\d+")
STUDY_NUMBER_DIGITS = 6


def check_todos(section: Section) -> Iterator[Found]:
    question = section.question
    for match in question.features.todos:
        what = "A blank to fill in (`__`)" if match.text.startswith("_") else f"`{match.text}`"
        yield Found(
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


def _checklist(context: ReportContext, preamble: Features) -> Iterator[Found]:
    for match in preamble.checklist_marks:
        yield Found(
            f"`[{match.text}]` is not a checklist mark: GitHub shows it as plain text, not as a "
            "ticked box. Use `[x]` for done and `[ ]` for not done.",
            match.span,
            None,
            _checklist_fix(match),
        )


check_checklist = Kept(lambda context: context.report.preamble, _checklist)


def _student_ids(context: ReportContext, question: Question) -> Iterator[Found]:
    source = context.report.source
    start = source.offset(question.heading.end)
    found = False
    # The section's text on its own: its first character is the heading's line break, so nothing
    # the look-behind would see before it can change a match.
    section = source.slice(start, source.offset(question.section.end))
    for match in STUDENT_ID.finditer(section):
        found = True
        digits = len(match.group("digits"))
        if digits != STUDY_NUMBER_DIGITS:
            yield Found(
                f"`{match.group(0)}` is not a study number: study numbers are `s` followed by 6 "
                f"digits (this has {digits}).",
                Span(source.position(start + match.start()), source.position(start + match.end())),
                2,
            )
    if not found:
        yield Found(
            "Question 2 lists no study numbers (`s` followed by 6 digits, e.g. s214591).",
            question.heading,
            2,
        )


def _group_number(context: ReportContext, question: Question) -> Iterator[Found]:
    source = context.report.source
    text = source.slice(source.offset(question.heading.end), source.offset(question.section.end))
    if not GROUP_NUMBER.search(text):
        yield Found("Question 1 does not give your group number.", question.heading, 1)


check_student_ids = Kept(lambda context: context.question(2), _student_ids)
check_group_number = Kept(lambda context: context.question(1), _group_number)


RULES = (
    Rule(
        "leftover-todo",
        Severity.WARNING,
        "TODO, FIXME, `# CHECK` or a `__` blank left in an answer.",
        Example("We used __ for serving", 4),
        check_section=check_todos,
        details="`XXX` counts too.",
    ),
    Rule(
        "checklist-mark",
        Severity.WARNING,
        "A checklist mark other than `[ ]` or `[x]`, such as `[*]`, `[-]`, `[X ]`, `[(x)]` or `[✓]`.",
        Example("* [X ] Create a git repository"),
        check=check_checklist,
        details="None of these shows as ticked on GitHub. Quick fix makes a mark that means done "
        "`[x]` and a blank one `[ ]`; a word such as `[TODO]` gets no fix.",
    ),
    Rule(
        "student-id",
        Severity.WARNING,
        "A study number that is not `s` + 6 digits, or none in Question 2.",
        Example("s24084", 2),
        check=check_student_ids,
    ),
    Rule(
        "group-number",
        Severity.WARNING,
        "Question 1 gives no group number.",
        Example("Our group: Alice, Bob and Carol", 1),
        check=check_group_number,
    ),
)
