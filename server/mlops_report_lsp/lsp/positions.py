"""Model positions (code points of the BOM-less, LF-only text) <-> the client's position encoding.

This is the only place that knows about UTF-16/UTF-8 units. A document that starts with a BOM the
client kept has line 0 shifted by the BOM's width in client units.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.text import BOM

if TYPE_CHECKING:
    from mlops_report_lsp.model import Position, Span

UTF8 = types.PositionEncodingKind.Utf8.value
UTF16 = types.PositionEncodingKind.Utf16.value
UTF32 = types.PositionEncodingKind.Utf32.value

ASTRAL = re.compile("[\U00010000-\U0010ffff]")
"""Characters that take two UTF-16 units; found by the regex engine, not a loop in Python."""

LineSource = Callable[[int], str]
"""Returns the raw text of a line by its number, as the client sees it ('' past the end)."""


def _width(character: str, encoding: str) -> int:
    code = ord(character)
    if encoding == UTF16:
        return 2 if code > 0xFFFF else 1
    if encoding == UTF8:
        return 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4
    return 1


def units(text: str, encoding: str) -> int:
    """The length of `text` in client units."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF16:
        return len(text.encode("utf-16-le", "surrogatepass")) // 2
    return len(text.encode("utf-8", "surrogatepass"))


def column_to_units(line: str, column: int, encoding: str) -> int:
    """Code-point column -> client units on `line` (clamped to the line)."""
    column = max(0, min(column, len(line)))
    if encoding == UTF32 or line.isascii():
        return column
    return units(line[:column], encoding)


def _utf16_column(line: str, count: int) -> tuple[int, bool]:
    """The column of the character holding UTF-16 unit `count` (clamped to the line), and whether
    `count` falls between the halves of that character."""
    try:
        data = line.encode("utf-16-le")  # by the codec, not a loop over the astral characters
    except UnicodeEncodeError:  # a lone surrogate, which its own pair would decode into one
        return _utf16_column_of_any(line, count)
    head = data[: 2 * count]
    between = 0 < len(head) == 2 * count and 0xD8 <= head[-1] <= 0xDB  # ends on a high half
    return len((head[:-2] if between else head).decode("utf-16-le")), between


def _utf16_column_of_any(line: str, count: int) -> tuple[int, bool]:
    """`_utf16_column` for a line that may hold lone surrogates."""
    astral = 0
    for match in ASTRAL.finditer(line):
        start = match.start() + astral  # in units
        if count < start:
            break
        if count <= start + 1:
            return match.start(), count == start + 1
        astral += 1
    return min(count - astral, len(line)), False


def units_to_column(line: str, count: int, encoding: str) -> int:
    """Client units -> code-point column on `line`; a count inside a character rounds down."""
    if count <= 0:
        return 0
    if encoding == UTF32 or line.isascii():
        return min(count, len(line))
    if encoding == UTF16:
        return _utf16_column(line, count)[0]
    seen = 0
    for index, character in enumerate(line):
        seen += _width(character, encoding)
        if seen > count:
            return index
    return len(line)


def splits_character(line: str, count: int, encoding: str) -> int | None:
    """The column of the character whose UTF-16 halves `count` falls between, if it does."""
    if encoding != UTF16 or line.isascii() or count <= 0:
        return None
    column, between = _utf16_column(line, count)
    return column if between else None


def surrogates(character: str) -> str:
    """An astral character as its two UTF-16 halves (lone surrogate code points)."""
    code = ord(character) - 0x10000
    return chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF))


def joined(high: str, low: str) -> str | None:
    """The astral character two adjacent surrogates make, if they are a high and a low one."""
    if "\ud800" <= high <= "\udbff" and "\udc00" <= low <= "\udfff":
        return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))
    return None


class Codec:
    """Converts between the engine's positions and the client's for one document version.

    `line_of(n)` gives the raw text of line n as the client sees it (BOM included on line 0).
    """

    def __init__(self, encoding: str, line_of: LineSource, bom: bool) -> None:
        self.encoding = encoding
        self._line_of = line_of
        self._bom = bom

    def _line(self, line: int) -> tuple[str, int]:
        """The line without the BOM, and the BOM's width in client units (0 or 1..3)."""
        text = self._line_of(line)
        if line == 0 and self._bom and text.startswith(BOM):
            return text[1:], units(BOM, self.encoding)
        return text, 0

    def line_text(self, line: int) -> str:
        """A line as the engine sees it: no BOM, no line break."""
        return self._line(line)[0].rstrip("\r\n")

    def to_client(self, position: Position) -> types.Position:
        text, shift = self._line(position.line)
        character = column_to_units(text.rstrip("\r\n"), position.character, self.encoding)
        return types.Position(line=position.line, character=character + shift)

    def to_range(self, span: Span) -> types.Range:
        return types.Range(start=self.to_client(span.start), end=self.to_client(span.end))

    def from_client(self, position: types.Position) -> Position:
        from mlops_report_lsp.model import Position  # not loaded before `initialize`

        text, shift = self._line(position.line)
        column = units_to_column(text.rstrip("\r\n"), position.character - shift, self.encoding)
        return Position(position.line, column)
