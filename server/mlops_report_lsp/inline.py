"""Linear-time scanners for inline Markdown: link and image references, and code spans.

Regular expressions with nested or lazy quantifiers backtrack badly on pasted junk (thousands of
`![` or backticks on one line), and the server runs on every keystroke, so these scan with
`str.find` and visit each character a bounded number of times.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

SPACE = re.compile(r"\s")
r"""A character `str.isspace` calls white space (the pattern's `\s`, for a `str`)."""
TITLE = re.compile(r"""\s+(?:"[^"]*"|'[^']*')\s*\Z""")


class Reference(NamedTuple):
    """`[text](target)` or `![text](target)`, with offsets into the scanned text (a tuple: made
    for every reference of every answer scanned, faster than a frozen dataclass)."""

    image: bool
    start: int
    end: int
    target: str
    target_start: int
    target_end: int


def _target(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The destination inside `(...)` spanning text[start:end]: bounds without title or `<>`."""
    inner = text[start:end]
    lead = len(inner) - len(inner.lstrip())
    body = inner[lead:]
    if body.startswith("<"):
        close = body.find(">")
        if close == -1 or (body[close + 1 :].strip() and not TITLE.match(body[close + 1 :])):
            return None
        return start + lead + 1, start + lead + close
    found = SPACE.search(body)
    space = found.start() if found else len(body)
    rest = body[space:]
    if rest.strip() and not TITLE.match(rest):
        return None
    return start + lead, start + lead + space


def references(text: str, start: int = 0, end: int | None = None) -> Iterator[Reference]:
    """Every `[..](..)` and `![..](..)` on a single line, leftmost first, not overlapping, on the
    lines from offset `start` (a line start) to `end` (a line end).

    Only lines holding a `](` can hold one: they are found at C speed, the others never visited."""
    end = len(text) if end is None else end
    bracket = text.find("](", start, end)
    while bracket != -1:
        line_start = text.rfind("\n", 0, bracket) + 1
        line_end = text.find("\n", bracket, end)
        if line_end == -1:
            line_end = end
        yield from _line_references(text, line_start, line_end)
        bracket = text.find("](", line_end, end)


def _line_references(text: str, start: int, end: int) -> Iterator[Reference]:
    floor = start
    close = -1
    bracket = text.find("](", start, end)
    while bracket != -1:
        if close < bracket + 2:  # else the `)` found for an earlier `](` is still the first one
            close = text.find(")", bracket + 2, end)
            if close == -1:
                return  # no later `](` on this line has a `)` after it either
        last_close = text.rfind("]", floor, bracket)
        opening = text.find("[", max(floor, last_close + 1), bracket)
        target = _target(text, bracket + 2, close) if opening != -1 else None
        if opening != -1 and target is not None:
            image = opening > start and text[opening - 1] == "!"
            begin = opening - 1 if image else opening
            yield Reference(image, begin, close + 1, text[target[0] : target[1]], *target)
            floor = close + 1
            bracket = text.find("](", floor, end)
        else:
            floor = max(floor, bracket + 1)
            bracket = text.find("](", bracket + 2, end)


def _backtick_runs(text: str) -> list[tuple[int, int]]:
    """(start, length) of every run of backticks, found with `str.find` (a text with none, most
    answers, costs one scan at C speed)."""
    runs = []
    at = text.find("`")
    while at != -1:
        end = at + 1
        while text.startswith("`", end):
            end += 1
        runs.append((at, end - at))
        at = text.find("`", end)
    return runs


def code_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of inline code spans: a backtick run closed by the next run of equal length."""
    runs = _backtick_runs(text)
    next_of_length: dict[int, list[int]] = {}
    for index in range(len(runs) - 1, -1, -1):
        next_of_length.setdefault(runs[index][1], []).append(index)
    spans = []
    index = 0
    while index < len(runs):
        start, size = runs[index]
        candidates = next_of_length[size]
        while candidates and candidates[-1] <= index:
            candidates.pop()
        if candidates:
            closing = candidates.pop()
            spans.append((start, runs[closing][0] + size))
            index = closing + 1
        else:
            index += 1
    return spans
