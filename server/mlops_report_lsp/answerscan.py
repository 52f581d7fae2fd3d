"""An edited answer's features from its previous version's: only the changed lines are scanned.

A keystroke changes one line of an answer of hundreds; scanning the whole answer again for images,
links, TODOs and placeholders, and making all their positions anew, costs more than the rest of
its parse. What lies within one line (references, hidden tags, TODOs, placeholders, task-list
items) is kept for the unchanged lines before and after the edit, moved by the lines it added.
What decides whether a line is seen (comments, inline code, the lines inside code) is found in the
whole text again: where it changed outside the edited lines, or the edited lines hold a `<`, `>`
or a backtick (which can start or end it), the whole answer is scanned again. What may span lines
(`<img>` tags, the scrambled filler, disable comments) is always looked for in the whole text,
behind a literal test. Equal to `extract` (`tests/test_answerscan.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from mlops_report_lsp.features import (
    AnswerParts,
    Hidden,
    Locator,
    answer_parts,
    inline_references,
    placeholders,
    spanning,
    task_lines,
    todos,
)
from mlops_report_lsp.model import Features, ImageRef, LinkRef, Match, shift
from mlops_report_lsp.text import edited_lines
from mlops_report_lsp.values import Value

Item = TypeVar("Item", ImageRef, LinkRef, Match)
Ranges = list[tuple[int, int]]


@dataclass(init=False, repr=False, eq=False)
class _Scanned(Value):
    text: str
    first_line: int
    hidden: Hidden
    parts: AnswerParts

    def __init__(self, text: str, first_line: int, hidden: Hidden, parts: AnswerParts) -> None:
        self.__dict__.update(text=text, first_line=first_line, hidden=hidden, parts=parts)


@dataclass(init=False, repr=False, eq=False)
class _Edit(Value):
    """The edited lines: offsets `start` to `old_end` of the old text, lines `first` to `old_last`
    (absolute), became lines `first` to `old_last + added`."""

    start: int
    old_end: int
    first: int
    old_last: int
    added: int

    def __init__(self, start: int, old_end: int, first: int, old_last: int, added: int) -> None:
        self.__dict__.update(
            start=start, old_end=old_end, first=first, old_last=old_last, added=added
        )

    def ranges(self, old: Ranges, moved: int) -> Ranges | None:
        """Offset ranges of the old text in the new one, or None if one meets the edited lines."""
        kept = []
        for begin, end in old:
            if end <= self.start:
                kept.append((begin, end))
            elif begin >= self.old_end:
                kept.append((begin + moved, end + moved))
            else:
                return None
        return kept

    def lines(self, old: set[int]) -> set[int]:
        """Old absolute lines outside the edited ones, where they are now."""
        return {
            line if line < self.first else line + self.added
            for line in old
            if line < self.first or line > self.old_last
        }

    def spliced(self, old: Sequence[Item], new: Sequence[Item]) -> tuple[Item, ...]:
        """Old items on the lines before the edit, `new` (on the edited lines), and the old items
        after the edit, moved."""
        before = [item for item in old if item.span.start.line < self.first]
        after = [shift(item, self.added) for item in old if item.span.start.line > self.old_last]
        return tuple(before + list(new) + after)


class AnswerScanner:
    """Features of the answers it is given, each scanned again only where it differs from the
    answer scanned before it (when that is an earlier version of it)."""

    def __init__(self) -> None:
        self._last: _Scanned | None = None

    def features(
        self,
        text: str,
        first_line: int,
        code_lines: set[int],
        starts: Sequence[int] | None = None,
    ) -> Features:
        """`extract(text, first_line, code_lines)` for an answer; `starts` are its line starts,
        when known."""
        hidden = Hidden.of(text, code_lines)
        last = self._last
        parts = None
        if last is not None and last.first_line == first_line:
            parts = _rescanned(last, text, hidden)
        if parts is None:
            parts = answer_parts(text, Locator(text, first_line, 0, starts), hidden)
        self._last = _Scanned(text, first_line, hidden, parts)
        return parts.features()


def _rescanned(last: _Scanned, text: str, hidden: Hidden) -> AnswerParts | None:
    """The parts of `text` from those of the last text, or None when they cannot be reused."""
    if text == last.text and hidden.code_lines == last.hidden.code_lines:
        return last.parts
    found = edited_lines(last.text, text)
    if found is None:
        return None
    start, old_end, new_end = found
    old, new = last.text[start:old_end], text[start:new_end]
    if any(mark in old or mark in new for mark in "<>`"):
        return None
    first = last.first_line + last.text.count("\n", 0, start)
    edit = _Edit(start, old_end, first, first + old.count("\n"), new.count("\n") - old.count("\n"))
    moved = len(text) - len(last.text)
    new_lines = range(first, first + new.count("\n") + 1)
    if (
        edit.ranges(last.hidden.comments, moved) != hidden.comments
        or edit.ranges(last.hidden.code, moved) != hidden.code
        or edit.lines(last.hidden.code_lines) != hidden.code_lines.difference(new_lines)
    ):
        return None
    where = Locator(new, first, start)
    images, links, _ = inline_references(text, where, hidden, start, new_end)
    old_parts = last.parts
    tasks = task_lines(text, where, hidden.code_lines, start, new_end)
    return AnswerParts(
        edit.spliced(old_parts.images, images),
        edit.spliced(old_parts.links, links),
        edit.spliced(old_parts.tags, ()),  # none on the edited lines: they hold no `<`
        edit.spliced(old_parts.placeholders, placeholders(text, where, start, new_end)),
        edit.spliced(old_parts.todos, tuple(todos(text, where, hidden.code_lines, start, new_end))),
        (
            *(line for line in old_parts.task_lines if line < first),
            *tasks,
            *(line + edit.added for line in old_parts.task_lines if line > edit.old_last),
        ),
        *spanning(text, last.first_line, hidden),
    )
