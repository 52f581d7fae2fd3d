"""Text normalisation and offset/position bookkeeping, done once so every rule agrees.

Line starts are indexed per chunk, a chunk running from one `### Question N` heading to the next,
and each chunk's index is cached by its text: after an edit only the edited chunk is re-indexed,
which keeps keystrokes cheap in multi-megabyte reports.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING

from mlops_report_lsp.memo import recent

if TYPE_CHECKING:
    from mlops_report_lsp.model import Position

BOM = "\ufeff"
# A `### Question N` heading, found fast: a literal `###` first, the line start checked afterwards.
QUESTION_HEADING = re.compile(r"###[ \t]+[Qq][Uu][Ee][Ss][Tt][Ii][Oo][Nn][ \t]+(\d+)\b")


def question_headings(text: str) -> list[tuple[int, int]]:
    """(offset of the line, question number) of every `### Question N` heading line."""
    found = []
    for match in QUESTION_HEADING.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        indent = text[line_start : match.start()]
        if len(indent) <= 3 and not indent.strip(" "):
            found.append((line_start, int(match.group(1))))
    return found


@recent
def line_starts(chunk: str) -> tuple[int, ...]:
    """Offsets where each line of `chunk` starts (cached: chunks repeat between keystrokes)."""
    return (0, *accumulate(len(line) + 1 for line in chunk.split("\n")[:-1]))


def reused_slice(text: str, start: int, end: int, known: str | None) -> str:
    """`text[start:end]`, or `known` when it has the same characters: a large report's unchanged
    parts then cost a comparison instead of a copy, and caches keyed by them find a string whose
    hash is already computed."""
    if known is not None and len(known) == end - start and text.startswith(known, start):
        return known
    return text[start:end]


@recent
def contains_folded(chunk: str, needle: str) -> bool:
    """Case-insensitive `needle in chunk`, cached: most chunks don't change between keystrokes."""
    return needle.lower() in chunk.lower()


@dataclass(frozen=True)
class SourceText:
    """A report's text as the analysis sees it: no BOM, and every CRLF or lone CR turned into LF.

    Turning CRLF into LF keeps line numbers and columns, which is why positions computed on the
    normalised text are valid in the original document.
    """

    text: str
    had_bom: bool = False
    known_chunks: Sequence[str] = field(default=(), compare=False, repr=False)
    """The chunks of the previous version, reused where unchanged (see `reused_slice`)."""

    @staticmethod
    def from_document(raw: str, known_chunks: Sequence[str] = ()) -> SourceText:
        had_bom = raw.startswith(BOM)
        if had_bom:
            raw = raw[1:]
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        return SourceText(raw, had_bom, known_chunks)

    @property
    def official_text(self) -> str:
        """What the official script reads: universal newlines, but the BOM kept as a character."""
        return BOM + self.text if self.had_bom else self.text

    @cached_property
    def headings(self) -> list[tuple[int, int]]:
        return question_headings(self.text)

    @cached_property
    def chunks(self) -> list[str]:
        """The text cut before every question heading: the preamble, then one chunk per question."""
        bounds = [0, *(offset for offset, _ in self.headings if offset > 0), len(self.text)]
        known = self.known_chunks
        return [
            reused_slice(self.text, a, b, known[index] if index < len(known) else None)
            for index, (a, b) in enumerate(pairwise(bounds))
        ] or [""]

    @cached_property
    def _index(self) -> tuple[list[int], list[int], list[tuple[int, ...]]]:
        """Per chunk: its first offset, its first line, and its relative line starts."""
        offsets, lines, starts = [], [], []
        offset = line = 0
        for chunk in self.chunks:
            relative = line_starts(chunk)
            offsets.append(offset)
            lines.append(line)
            starts.append(relative)
            offset += len(chunk)
            line += len(relative) - 1
        return offsets, lines, starts

    @property
    def line_count(self) -> int:
        _, lines, starts = self._index
        return lines[-1] + len(starts[-1])

    def line_offset(self, line: int) -> int:
        offsets, lines, starts = self._index
        chunk = bisect.bisect_right(lines, line) - 1
        relative = starts[chunk]
        within = line - lines[chunk]
        if within >= len(relative):
            return len(self.text)
        return offsets[chunk] + relative[within]

    def line_text(self, line: int) -> str:
        start = self.line_offset(line)
        end = self.text.find("\n", start)
        return self.text[start : len(self.text) if end == -1 else end]

    def position(self, offset: int) -> Position:
        from mlops_report_lsp.model import (
            Position,  # loaded with the engine: not before `initialize`
        )

        offsets, lines, starts = self._index
        chunk = bisect.bisect_right(offsets, offset) - 1
        relative = starts[chunk]
        within = offset - offsets[chunk]
        line = bisect.bisect_right(relative, within) - 1
        return Position(lines[chunk] + line, within - relative[line])

    def offset(self, position: Position) -> int:
        if position.line >= self.line_count:
            return len(self.text)
        return min(self.line_offset(position.line) + position.character, len(self.text))
