"""placeholder and wrapped-answer: template text left in, and answers kept inside the dashes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.counting import count_words
from mlops_report_lsp.features import PLACEHOLDER
from mlops_report_lsp.model import Finding, Position, Severity, Span
from mlops_report_lsp.rules.base import Rule, finding, replace_fix

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question


def _removal_span(analysis: Analysis, span: Span) -> Span:
    """The placeholder, or its whole line (with the line break) when nothing else is on it."""
    source = analysis.report.source
    line = source.line_text(span.start.line)
    alone = (
        span.start.line == span.end.line
        and not (line[: span.start.character] + line[span.end.character :]).strip()
    )
    if alone and span.start.line + 1 < source.line_count:
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


def check_placeholders(analysis: Analysis, question: Question) -> Iterator[Finding]:
    for match in question.features.placeholders:
        yield finding(
            "placeholder",
            _placeholder_message(question, match.text),
            match.span,
            question.number,
            replace_fix("Remove the template placeholder", _removal_span(analysis, match.span), ""),
        )


OPENING_DASHES = re.compile(r"\A\s*-{3,}[ \t]*")
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


def check_wrapped(analysis: Analysis, question: Question) -> Iterator[Finding]:
    if question.features.placeholders:
        return
    source = analysis.report.source
    start = source.offset(question.body.start)
    body = source.text[start : source.offset(question.body.end)]
    found = wrapped_inner(body)
    if found is None:
        return
    first, inner, end = found
    span = Span(source.position(start + first), source.position(start + end))
    yield finding(
        "wrapped-answer",
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
        check_question=check_placeholders,
    ),
    Rule(
        "wrapped-answer",
        Severity.WARNING,
        "An answer is kept inside the template's `--- ... ---` dashes.",
        check_question=check_wrapped,
    ),
)
