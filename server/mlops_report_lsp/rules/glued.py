"""glued-answer: answer text that GitHub and the HTML export show inside the grey prompt quote.

A line right under `> Answer:` (or under a `>` line written below it) with no blank line in
between continues the blockquote ("lazy continuation" in CommonMark), so the answer renders as
part of the question. The official count is not affected, the reader is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from markdown_it import MarkdownIt

from mlops_report_lsp.model import Fix, Position, Severity, Span, TextEdit
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import Section

QUOTED = re.compile(r" {0,3}>")
AFTER_MARKER = re.compile(r"[ \t]*(?=\S)")


@cache
def _parser() -> MarkdownIt:
    """Blocks only: where a blockquote ends is all that matters here."""
    parser = MarkdownIt("commonmark")
    parser.core.ruler.disable(["inline"])
    return parser


def glued_line(lines: Sequence[str], marker_line: int) -> int | None:
    """The first line after `marker_line` that the marker's blockquote swallows lazily.

    `lines` start at the prompt's first line and end at the first blank line after the marker,
    since no blockquote runs past a blank line.
    """
    if not QUOTED.match(lines[marker_line]):
        return None
    for token in _parser().parse("\n".join(lines)):
        if token.type != "blockquote_open" or token.map is None:
            continue
        start, end = token.map
        if not start <= marker_line < end:
            continue
        return next((i for i in range(marker_line + 1, end) if not QUOTED.match(lines[i])), None)
    return None


def _window(section: Section, marker: Span) -> tuple[int, list[str]]:
    question = section.question
    first = (
        min(question.prompt.start.line, marker.start.line) if question.prompt else marker.start.line
    )
    lines = []
    line = first
    while line <= question.section.end.line:
        text = section.line_text(line)
        if line > marker.start.line and not text.strip():
            break
        lines.append(text)
        line += 1
    return first, lines


def check_glued(section: Section) -> Iterator[Found]:
    question = section.question
    if not question.markers or question.prompt is None:
        return
    marker = question.markers[0]
    if not question.section.contains(marker.start):
        return
    below = marker.start.line + 1
    if (
        below <= question.section.end.line
        and not section.line_text(below).strip()
        and not section.line_text(marker.start.line)[marker.end.character :].strip()
    ):
        return  # the usual case: a blank line under `> Answer:` ends the quote
    marker_text = section.line_text(marker.start.line)
    rest = marker_text[marker.end.character :]
    if QUOTED.match(marker_text) and rest.strip():
        gap = AFTER_MARKER.match(rest)
        width = gap.end() if gap else 0
        at = Span(marker.end, Position(marker.end.line, marker.end.character + width))
        yield Found(
            "The answer is on the `> Answer:` line, so GitHub and the HTML export show it inside "
            "the grey prompt quote. Start it on a new line after a blank line.",
            Span(marker.start, Position(marker.end.line, len(marker_text))),
            question.number,
            Fix("Move the answer below a blank line", (TextEdit(at, "\n\n"),)),
        )
        return
    first, lines = _window(section, marker)
    glued = glued_line(lines, marker.start.line - first)
    if glued is None:
        return
    line = first + glued
    start = Position(line, 0)
    yield Found(
        "This line continues the grey prompt quote above it (no blank line in between), so "
        "GitHub and the HTML export show the answer as part of the question. Put a blank line "
        "before it.",
        Span(start, Position(line, len(lines[glued]))),
        question.number,
        Fix("Put a blank line before the answer", (TextEdit(Span(start, start), "\n"),)),
    )


RULES = (
    Rule(
        "glued-answer",
        Severity.WARNING,
        "Answer text that runs on from `> Answer:` without a blank line, so it renders inside the "
        "prompt's quote.",
        Example("> Answer:\nWe used uv for our dependencies.", 4, place="marker"),
        check_section=check_glued,
        details="GitHub and the HTML export read the line as a lazy continuation of the quote. "
        "The official count is not affected, the reader is. Quick fix inserts the blank line.",
    ),
)
