"""placeholder and wrapped-answer: template text left in, and answers kept inside the dashes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from mlops_report_lsp.counting import count_words
from mlops_report_lsp.features import PLACEHOLDER
from mlops_report_lsp.model import Position, Question, Severity, Span
from mlops_report_lsp.rules.base import Example, Found, Rule, replace_fix
from mlops_report_lsp.rules.context import Section


def _removal_span(section: Section, span: Span) -> Span:
    """The placeholder, or its whole line (with the line break) when nothing else is on it."""
    line = section.line_text(span.start.line)
    alone = (
        span.start.line == span.end.line
        and not (line[: span.start.character] + line[span.end.character :]).strip()
    )
    if alone and section.has_line_break(span.start.line):
        return Span(Position(span.start.line, 0), Position(span.start.line + 1, 0))
    return span


def _placeholder_message(question: Question, text: str) -> str:
    tokens = count_words(text)
    if not PLACEHOLDER.fullmatch(text):
        return (
            f"Question {question.number} still holds the template's scrambled filler text "
            f"({tokens} words that count): replace it with your answer."
        )
    if question.written_words > tokens:
        return (
            f"Template placeholder left next to your answer to Question {question.number}: "
            f"remove it (it adds {tokens} words to the official count)."
        )
    return (
        f"Question {question.number} is not answered yet: the template placeholder is still here."
    )


def check_placeholders(section: Section) -> Iterator[Found]:
    question = section.question
    for match in question.features.placeholders:
        yield Found(
            _placeholder_message(question, match.text),
            match.span,
            question.number,
            replace_fix("Remove the template placeholder", _removal_span(section, match.span), ""),
        )


OPENING_DASHES = re.compile(r"\A\s*-{3,}[ \t]*")
OPENS = re.compile(r"\s*---")
"""Where `OPENING_DASHES` can match: looked for in place, at the answer's start."""
CLOSING_DASHES = re.compile(r"(?<!-)[ \t]*-{3,}[ \t]*$", re.MULTILINE)


def wrapped_inner(body: str) -> tuple[int, int, int] | None:
    """(opening start, inner start, closing end) when `body` starts with `---` and a later line
    ends with `---` after some text, as in `--- We used DVC ... ---` (images may follow)."""
    opening = OPENING_DASHES.match(body)
    if opening is None:
        return None
    closing = None
    for match in CLOSING_DASHES.finditer(body, opening.end()):
        line_start = body.rfind("\n", 0, match.start()) + 1
        if body[max(line_start, opening.end()) : match.start()].strip():
            closing = match
    if closing is None or not body[opening.end() : closing.start()].strip():
        return None
    first = len(body) - len(body.lstrip())
    return first, opening.end(), closing.end()


def check_wrapped(section: Section) -> Iterator[Found]:
    question = section.question
    if question.features.placeholders:
        return
    start, end = section.offset(question.body.start), section.offset(question.body.end)
    if not OPENS.match(section.text, start, end):
        return  # the usual case, found without copying the answer
    body = section.text[start:end]
    found = wrapped_inner(body)
    if found is None:
        return
    first, inner, end = found
    span = Span(section.position(start + first), section.position(start + end))
    yield Found(
        f"The answer to Question {question.number} is still wrapped in `--- ... ---`: the "
        "dashes count as words and show up in the report. Remove them.",
        span,
        question.number,
        replace_fix("Unwrap the answer", span, body[inner:end].rstrip().rstrip("-").strip()),
    )


RULES = (
    Rule(
        "placeholder",
        Severity.WARNING,
        "Template text such as `--- question 5 fill here ---` is left.",
        Example("--- question 5 fill here ---", 5),
        check_section=check_placeholders,
        details="Also above a written answer, where it adds 6 words to the count.",
    ),
    Rule(
        "wrapped-answer",
        Severity.WARNING,
        "An answer is kept inside the template's `--- ... ---` dashes.",
        Example("--- We used DVC for our data ---", 5),
        check_section=check_wrapped,
        details="The dashes count as words.",
    ),
)
