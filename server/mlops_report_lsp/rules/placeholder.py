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

WRAPPED = re.compile(
    r"\A(?P<open>\s*-{3,}[ \t]*)(?P<inner>.*?)(?P<close>[ \t]*-{3,}\s*)\Z", re.DOTALL
)


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


def check_placeholders(analysis: Analysis) -> Iterator[Finding]:
    for question in analysis.report.questions:
        result = analysis.result(question.number)
        for match in question.features.placeholders:
            tokens = count_words(match.text)
            if not PLACEHOLDER.fullmatch(match.text):
                message = (
                    f"Question {question.number} still holds the template's scrambled filler text "
                    f"({tokens} words that count): replace it with your answer."
                )
            elif result is not None and result.written_words > tokens:
                message = (
                    f"Template placeholder left next to your answer to Question {question.number}: "
                    f"remove it (it adds {tokens} words to the official count)."
                )
            else:
                message = f"Question {question.number} is not answered yet: the template placeholder is still here."
            yield finding(
                "placeholder",
                message,
                match.span,
                question.number,
                replace_fix(
                    "Remove the template placeholder", _removal_span(analysis, match.span), ""
                ),
            )


def check_wrapped(analysis: Analysis) -> Iterator[Finding]:
    source = analysis.report.source
    for question in analysis.report.questions:
        if question.features.placeholders:
            continue
        start = source.offset(question.body.start)
        body = source.text[start : source.offset(question.body.end)]
        match = WRAPPED.match(body)
        if not match or not match.group("inner").strip():
            continue
        inner_start = start + match.end("open")
        inner_end = start + match.start("close")
        span = Span(
            source.position(start + len(body) - len(body.lstrip())),
            source.position(start + len(body.rstrip())),
        )
        yield finding(
            "wrapped-answer",
            f"The answer to Question {question.number} is still wrapped in `--- ... ---`: the "
            "dashes count as words and show up in the report. Remove them.",
            span,
            question.number,
            replace_fix("Unwrap the answer", span, source.text[inner_start:inner_end].strip()),
        )


RULES = (
    Rule(
        "placeholder",
        Severity.WARNING,
        "Template text such as `--- question 5 fill here ---` is left.",
        check_placeholders,
    ),
    Rule(
        "wrapped-answer",
        Severity.WARNING,
        "An answer is kept inside the template's `--- ... ---` dashes.",
        check_wrapped,
    ),
)
