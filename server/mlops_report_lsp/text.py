"""Text normalisation and offset/position bookkeeping, done once so every rule agrees."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

from mlops_report_lsp.model import Position

BOM = "\ufeff"


@dataclass(frozen=True)
class SourceText:
    """A report's text as the analysis sees it: no BOM, and every CRLF or lone CR turned into LF.

    Turning CRLF into LF keeps line numbers and columns, which is why positions computed on the
    normalised text are valid in the original document.
    """

    text: str
    had_bom: bool = False

    @staticmethod
    def from_document(raw: str) -> SourceText:
        had_bom = raw.startswith(BOM)
        if had_bom:
            raw = raw[1:]
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        return SourceText(raw, had_bom)

    @property
    def official_text(self) -> str:
        """What the official script reads: universal newlines, but the BOM kept as a character."""
        return BOM + self.text if self.had_bom else self.text

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        return (0, *accumulate(len(line) + 1 for line in self.lines[:-1]))

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(line, offset - self.line_starts[line])

    def offset(self, position: Position) -> int:
        starts = self.line_starts
        if position.line >= len(starts):
            return len(self.text)
        return min(starts[position.line] + position.character, len(self.text))
