"""A document's text kept in pieces cut before its `### Question N` heading lines.

A keystroke then rebuilds only the piece it falls in, not a string of the whole document (a 4 MB
report holding one emoji is 16 MB of UCS-4 to copy), and the engine gets the other pieces as the
very objects it saw last time, which it neither searches nor copies again. The cuts are always
those a cut of the whole text would make (see `cut`), so the pieces depend on the text only.
"""

from __future__ import annotations

import bisect
from itertools import accumulate, pairwise

from mlops_report_lsp.text import question_headings


def cut(text: str, headings: list[tuple[int, int]] | None = None) -> list[str]:
    """`text` cut before every question heading line (its `headings`, if known) but one at its
    very start."""
    found = question_headings(text) if headings is None else headings
    at = [offset for offset, _ in found if offset > 0]
    return [text[a:b] for a, b in pairwise([0, *at, len(text)])] or [text]


class Pieces:
    """The text as pieces: every piece but the first starts with a question heading line, and
    every piece but the last ends with a line break."""

    def __init__(self, text: str) -> None:
        self.pieces = cut(text)
        self._starts = [0, *accumulate(map(len, self.pieces[:-1]))]
        self._joined: str | None = text

    @property
    def text(self) -> str:
        """The whole text, joined when first asked for after a change."""
        if self._joined is None:
            self._joined = "".join(self.pieces)
        return self._joined

    def __len__(self) -> int:
        return self._starts[-1] + len(self.pieces[-1])

    def isascii(self) -> bool:
        return all(piece.isascii() for piece in self.pieces)

    def _index(self, offset: int) -> int:
        """The piece holding `offset` (the last one for the end of the text)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def slice(self, start: int, end: int) -> str:
        """`text[start:end]` (0 <= start), from the pieces it lies in only."""
        first, last = self._index(start), self._index(max(start, end - 1))
        base = self._starts[first]
        text = self.pieces[first] if first == last else "".join(self.pieces[first : last + 1])
        return text[start - base : max(start, end) - base]

    def replace(self, start: int, end: int, new_text: str) -> None:
        """Replace `text[start:end]` (0 <= start <= end <= len) and cut again the pieces around it.

        The pieces that hold the character before `start` through the one at `end` are cut again:
        a heading line depends on the line break before it and on nothing past its own line, so
        the cuts elsewhere stand. A first piece that no longer starts with a heading joins the
        piece before it."""
        first, last = self._index(start - 1), self._index(end)
        base = self._starts[first]
        old = self.pieces[first] if first == last else "".join(self.pieces[first : last + 1])
        region = old[: start - base] + new_text + old[end - base :]
        found = question_headings(region)
        pieces = cut(region, found)
        if first > 0 and (not found or found[0][0] != 0):
            first -= 1
            pieces[0] = self.pieces[first] + pieces[0]
        self.pieces[first : last + 1] = pieces
        self._starts = [0, *accumulate(map(len, self.pieces[:-1]))]
        self._joined = None
