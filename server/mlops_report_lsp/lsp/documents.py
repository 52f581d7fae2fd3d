"""The open documents' text, kept as the client sees it and updated by incremental changes.

pygls' own workspace rebuilds every line of a document on each change; for a 4 MB report that is
too slow for a keystroke, so this store keeps line offsets and patches them around each edit.
Typing moves every later line by the same amount: that shift is kept aside and applied to the
offsets only when an edit elsewhere needs them, so typing on one line leaves them alone. The text
itself is kept in pieces (pieces.py), so an edit copies the question section it falls in, not the
whole document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from lsprotocol import types
from pygls.uris import to_fs_path

from mlops_report_lsp.lsp.pieces import Pieces
from mlops_report_lsp.lsp.positions import (
    UTF16,
    Codec,
    joined,
    splits_character,
    surrogates,
    units_to_column,
)
from mlops_report_lsp.text import BOM, line_starts

LINE_BREAK = re.compile(r"\r\n|\r|\n")
CHANGES_KEPT = 64
"""How many changes the document remembers the lines of (see `Document.changed_lines`)."""
EVERY_LINE = 1 << 62
"""A line number past any document's end: "to the last line"."""


def _line_starts(text: str, base: int = 0) -> list[int]:
    if "\r" in text:
        return [base, *(base + match.end() for match in LINE_BREAK.finditer(text))]
    starts = [base]  # line feeds only: found with `str.find`, faster than the pattern's search
    at = text.find("\n")
    while at != -1:
        starts.append(base + at + 1)
        at = text.find("\n", at + 1)
    return starts


def _whole_line_starts(text: str, pieces: list[str]) -> list[int]:
    """`_line_starts(text)`, `pieces` being the text cut after line breaks. Without a CR, made of
    each piece's line starts, which the engine asks for too (`text.line_starts`, cached by the
    piece: the engine's chunks are the document's pieces), so a report just opened is split into
    lines once for both."""
    if "\r" in text:
        return _line_starts(text)
    starts: list[int] = []
    base = 0
    for piece in pieces[:-1]:  # each ends with a line break: its last start is the next piece's
        starts += map(base.__add__, line_starts(piece)[:-1])
        base += len(piece)
    starts += map(base.__add__, line_starts(pieces[-1]))
    return starts


class Document:
    def __init__(
        self,
        uri: str,
        text: str,
        version: int | None,
        encoding: str,
        language_id: str = "markdown",
    ) -> None:
        self.uri = uri
        self.version = version
        self.encoding = encoding
        self.language_id = language_id
        self._text = Pieces(text)
        self.starts = _whole_line_starts(text, self._text.pieces)
        self.revision = 0
        """Counts every change, so that results can be cached even when a client sends no
        versions."""
        self.shift: tuple[int, int] | None = None
        """(line, delta): the lines after `line` start `delta` later than `starts` says."""
        self._changes: list[tuple[int, int, int]] = []
        """(revision, first line, last line) of the latest changes, in the numbering after each."""
        self._changes_from = 0
        """`_changes` holds every change made after this revision."""

    @property
    def text(self) -> str:
        return self._text.text

    @property
    def pieces(self) -> tuple[str, ...]:
        """The text in pieces cut before question headings; unchanged ones stay the same objects
        from one version to the next (what the engine's `Analyzer.analyze` reuses)."""
        return tuple(self._text.pieces)

    @cached_property
    def path(self) -> Path | None:
        path = to_fs_path(self.uri)
        return Path(path) if path else None

    @property
    def has_bom(self) -> bool:
        return self._text.pieces[0].startswith(BOM)

    def start(self, number: int) -> int:
        """Where line `number` starts (it must exist)."""
        shift = self.shift
        if shift is not None and number > shift[0]:
            return self.starts[number] + shift[1]
        return self.starts[number]

    def line(self, number: int) -> str:
        """The text of a line, line break included; '' past the end."""
        if number < 0 or number >= len(self.starts):
            return ""
        end = self.start(number + 1) if number + 1 < len(self.starts) else len(self._text)
        return self._text.slice(self.start(number), end)

    @property
    def codec(self) -> Codec:
        return Codec(self.encoding, self.line, self.has_bom)

    def offset(self, position: types.Position) -> int:
        """A client position -> an offset into `text` (clamped to the line and the document)."""
        if position.line >= len(self.starts):
            return len(self._text)
        line = self.line(position.line).rstrip("\r\n")
        return self.start(position.line) + units_to_column(line, position.character, self.encoding)

    def changed_lines(self, since: int | None) -> tuple[int, int]:
        """The lines, first to last, whose text may differ from what it was at revision `since`
        (every line when that revision is unknown or too old): results about other lines, such
        as a diagnostic's UTF-16 columns, still hold."""
        if since is None or since < self._changes_from:
            return 0, EVERY_LINE
        first, last = EVERY_LINE, -1
        for revision, low, high in self._changes:
            if revision > since:
                first, last = min(first, low), max(last, high)
        return first, last

    def apply(
        self, changes: Iterable[types.TextDocumentContentChangeEvent], version: int | None
    ) -> None:
        self.version = version
        self.revision += 1
        for change in changes:
            lines = len(self.starts)
            if isinstance(change, types.TextDocumentContentChangePartial):
                first = min(self._apply_partial(change.range, change.text), change.range.end.line)
                last = max(change.range.start.line, change.range.end.line)
            else:
                self._text = Pieces(change.text)
                self.starts = _whole_line_starts(change.text, self._text.pieces)
                self.shift = None
                first, last = 0, EVERY_LINE
            self._changes.append(
                (self.revision, first, EVERY_LINE if len(self.starts) != lines else last)
            )
        if len(self._changes) > CHANGES_KEPT:
            self._changes_from = self._changes[-CHANGES_KEPT - 1][0]
            del self._changes[:-CHANGES_KEPT]

    def _settle(self) -> None:
        """Apply the shift kept aside to the line offsets."""
        if self.shift is not None:
            line, delta = self.shift
            self.starts[line + 1 :] = [offset + delta for offset in self.starts[line + 1 :]]
            self.shift = None

    def _shift_after(self, line: int, delta: int) -> None:
        if self.shift is not None and self.shift[0] != line:
            self._settle()
        self.shift = (line, delta + (self.shift[1] if self.shift else 0))

    def _split_pair_at(self, position: types.Position) -> None:
        """A UTF-16 client can put a range end between the halves of an emoji; from then on it
        holds two lone surrogates, and so must we."""
        if position.line >= len(self.starts):
            return
        line = self.line(position.line).rstrip("\r\n")
        column = splits_character(line, position.character, self.encoding)
        if column is None:
            return
        at = self.start(position.line) + column
        self._text.replace(at, at + 1, surrogates(self._text.slice(at, at + 1)))
        self._shift_after(position.line, 1)

    def _join_pairs_near(self, offsets: Iterable[int]) -> None:
        """Lone halves that meet again after an edit are one character again, as in the client."""
        for at in sorted(set(offsets), reverse=True):
            if 0 <= at < len(self._text) - 1:
                pair = self._text.slice(at, at + 2)
                character = joined(pair[0], pair[1])
                if character is not None:
                    self._text.replace(at, at + 2, character)
                    self._settle()
                    self._shift_after(bisect.bisect_right(self.starts, at) - 1, -1)

    def _apply_partial(self, span: types.Range, new_text: str) -> int:
        """Apply one edit; the first line whose text it may have changed."""
        empty = span.end == span.start  # typing: a pair split at the start is none at the end
        self._split_pair_at(span.start)
        if not empty:
            self._split_pair_at(span.end)
        start = self.offset(span.start)
        end = start if empty else self.offset(span.end)
        if end < start:
            start, end = end, start
        first = min(span.start.line, len(self.starts) - 1)
        last = min(max(span.end.line, span.start.line), len(self.starts) - 1)
        if first > 0 and start == self.start(first) and self._text.slice(start - 1, start) == "\r":
            # After a lone CR, a line feed that the edit brings next to it makes one CRLF with
            # it: the line that CR ends is indexed again too.
            first -= 1
        if first == last == span.start.line and "\n" not in new_text and "\r" not in new_text:
            # Within one line, no line break in or out: only the later lines move.
            self._text.replace(start, end, new_text)
            self._shift_after(first, len(new_text) - (end - start))
        else:
            self._settle()
            self._reindex(first, last, start, end, new_text)
        if self.encoding == UTF16 and not self._text.isascii():
            self._join_pairs_near((start - 1, start + len(new_text) - 1))
        return first

    def _reindex(self, first: int, last: int, start: int, end: int, new_text: str) -> None:
        """Replace text[start:end] and re-index from the first touched line to the start of the
        line after the last one."""
        region_start = self.starts[first]
        old_region_end = self.starts[last + 1] if last + 1 < len(self.starts) else len(self._text)
        old_region_end = max(old_region_end, end)
        self._text.replace(start, end, new_text)
        delta = len(new_text) - (end - start)
        new_region_end = old_region_end + delta
        tail = [offset + delta for offset in self.starts[last + 1 :]]
        region = _line_starts(self._text.slice(region_start, new_region_end), region_start)
        if tail:
            region = [offset for offset in region if offset < new_region_end]
        self.starts[first:] = region + tail
