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
from itertools import accumulate, compress
from operator import is_not, methodcaller
from typing import TYPE_CHECKING

from mlops_report_lsp.memo import recent
from mlops_report_lsp.values import Value

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


def common_prefix(a: str, b: str) -> int:
    """Length of the common start of `a` and `b`, by halving (comparisons run at C speed, each on
    one slice of `a`)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if b.startswith(a[low:middle], low):
            low = middle
        else:
            high = middle - 1
    return low


def common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common end of `a` and `b`, at most `limit`."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if b.endswith(a[len(a) - middle : len(a) - low], 0, len(b) - low):
            low = middle
        else:
            high = middle - 1
    return low


def changed_lines(old: str, new: str) -> tuple[int, int, int]:
    """The lines that differ between two texts: (start, old_end, new_end), `old[start:old_end]`
    replaced by `new[start:new_end]`, both from a line start to a line break (or the end).

    The texts are equal before `start` and after the ends, and those cuts fall at line breaks, so
    anything found within lines (or counted between white space) splits there."""
    prefix = common_prefix(old, new)
    suffix = common_suffix(old, new, min(len(old), len(new)) - prefix)
    start = old.rfind("\n", 0, prefix) + 1
    old_end = old.find("\n", len(old) - suffix)
    if old_end == -1:
        old_end = len(old)
    return start, old_end, old_end + len(new) - len(old)


SAME_END = 32


Edit = tuple[int, int, int] | None
_last_edit: tuple[str, str, Edit] = ("", "", None)
"""The last texts compared, and what `edited_lines` found: the word and the image counts of an
answer compare the same two texts, one after the other."""


def edited_lines(old: str, new: str) -> Edit:
    """`changed_lines(old, new)` when `new` looks like an edit of `old`: they share their first or
    last characters (two different answers do not, and are not compared) and less than half of
    `old` changed."""
    global _last_edit
    if _last_edit[0] is old and _last_edit[1] is new:
        return _last_edit[2]
    found: Edit = None
    if old and (new[:SAME_END] == old[:SAME_END] or new[-SAME_END:] == old[-SAME_END:]):
        start, old_end, new_end = changed_lines(old, new)
        found = (start, old_end, new_end) if old_end - start < len(old) // 2 else None
    _last_edit = (old, new, found)
    return found


@recent
def folded_matches(chunk: str, needles: frozenset[str]) -> frozenset[str]:
    """Which of `needles` (lower case) are in `chunk`, case-insensitively: the chunk is lowered
    once for all of them, and the answer cached (most chunks don't change between keystrokes)."""
    folded = chunk.lower()
    return frozenset(needle for needle in needles if needle in folded)


@recent
def _headings_in(piece: str) -> list[tuple[int, int]]:
    return question_headings(piece)


@recent
def _normalised(piece: str, bom: bool) -> str:
    """A piece of the raw text with its BOM (if `bom`) off and every CRLF or lone CR as LF."""
    if bom:
        piece = piece.removeprefix(BOM)
    if "\r" in piece:
        piece = piece.replace("\r\n", "\n").replace("\r", "\n")
    return piece


def _chunk(spans: list[tuple[str, int, int]], known: str | None) -> str:
    """A chunk from the spans of pieces it is made of: a whole piece is used as it is."""
    spans = [span for span in spans if span[1] < span[2]]
    if not spans:
        return ""
    if len(spans) == 1:
        piece, start, end = spans[0]
        return piece if (start, end) == (0, len(piece)) else reused_slice(piece, start, end, known)
    chunk = "".join(piece[start:end] for piece, start, end in spans)
    return known if known is not None and known == chunk else chunk


_ENDS_LINE = methodcaller("endswith", "\n")


def _pieces(raw: str | Sequence[str]) -> list[str]:
    """The raw text as pieces that each end with a line break (the last one excepted); pieces
    that do not (a CRLF cut in two, say) are joined into one."""
    if isinstance(raw, str):
        return [raw]
    pieces = list(filter(None, raw))
    if not all(map(_ENDS_LINE, pieces[:-1])):
        return ["".join(pieces)]
    return pieces or [""]


def _one_chunk(found: list[tuple[int, int]], preamble: bool) -> bool:
    """Whether a piece whose question headings are `found` is one chunk: none in the preamble
    (a first piece not starting with a heading), else one at its start and no other."""
    if preamble:
        return not found
    return len(found) == 1 and found[0][0] == 0


@dataclass(frozen=True, repr=False, eq=False)
class SourceText(Value):
    """A report's text as the analysis sees it: no BOM, and every CRLF or lone CR turned into LF,
    cut into chunks before every question heading (the preamble, then one chunk per question).

    Turning CRLF into LF keeps line numbers and columns, which is why positions computed on the
    normalised text are valid in the original document. The whole text is joined only when asked
    for: a keystroke's analysis works on the chunks, most of them the very objects of the last one.
    """

    chunks: tuple[str, ...]
    headings: tuple[tuple[int, int], ...]
    """(offset of the line, question number) of every `### Question N` heading line."""
    had_bom: bool = False

    pieces: tuple[str, ...] = field(default=(), compare=False, repr=False)
    """The document's pieces, when each is one chunk (a server's, cut before question headings):
    what the next version's `from_document` compares its pieces with."""

    @staticmethod
    def from_document(
        raw: str | Sequence[str], known_chunks: Sequence[str] = (), last: SourceText | None = None
    ) -> SourceText:
        """`raw` is the document's text, or that text in pieces cut after line breaks: pieces the
        same as last time (the same objects, ideally cut before question headings) are neither
        copied nor searched again. `known_chunks`, the previous version's, are reused where the
        text is the same (see `reused_slice`); `last`, the previous version, where its pieces
        were each one chunk and the new ones still are (only the changed ones are looked at)."""
        if last is not None and last.pieces and not isinstance(raw, str):
            edited = _edited(raw, last)
            if edited is not None:
                return edited
        pieces = _pieces(raw)
        had_bom = pieces[0].startswith(BOM)
        headings: list[tuple[int, int]] = []
        spans: list[list[tuple[str, int, int]]] = [[]]  # per chunk: (piece, start, end)
        offset = 0
        aligned = not isinstance(raw, str) and len(pieces) == len(raw)
        for index, piece in enumerate(pieces):
            piece = _normalised(piece, had_bom and index == 0)
            cut = 0
            found = _headings_in(piece)
            preamble = index == 0 and (not found or found[0][0] > 0)
            aligned = aligned and _one_chunk(found, preamble)
            for at, number in found:
                headings.append((offset + at, number))
                if offset + at > 0:  # a heading at the very start leaves no preamble
                    spans[-1].append((piece, cut, at))
                    spans.append([])
                    cut = at
            spans[-1].append((piece, cut, len(piece)))
            offset += len(piece)
        chunks = tuple(
            _chunk(parts, known_chunks[index] if index < len(known_chunks) else None)
            for index, parts in enumerate(spans)
        )
        return SourceText(chunks, tuple(headings), had_bom, tuple(raw) if aligned else ())

    @cached_property
    def text(self) -> str:
        """The whole text (joined once, when first asked for)."""
        return self.chunks[0] if len(self.chunks) == 1 else "".join(self.chunks)

    @property
    def official_chunks(self) -> tuple[str, ...]:
        """What the official script reads, in chunks: universal newlines, but the BOM kept as a
        character."""
        return (BOM, *self.chunks) if self.had_bom else self.chunks

    @property
    def length(self) -> int:
        offsets, _, _ = self._index
        return offsets[-1] + len(self.chunks[-1])

    def slice(self, start: int, end: int) -> str:
        """`text[start:end]`, cut from one chunk when it lies in one (no join of the whole)."""
        offsets, _, _ = self._index
        start = max(0, start)
        index = bisect.bisect_right(offsets, start) - 1
        base = offsets[index]
        if end - base <= len(self.chunks[index]):
            return self.chunks[index][start - base : end - base]
        return self.text[start:end]

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
    def chunk_lines(self) -> list[int]:
        """The line each chunk starts on (a question's heading line, for a question's)."""
        _, lines, _ = self._index
        return lines

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
            return self.length
        return offsets[chunk] + relative[within]

    def line_text(self, line: int) -> str:
        start = self.line_offset(line)
        offsets, _, _ = self._index
        index = bisect.bisect_right(offsets, start) - 1
        chunk, within = self.chunks[index], start - offsets[index]
        end = chunk.find("\n", within)
        return chunk[within : len(chunk) if end == -1 else end]

    def position(self, offset: int) -> Position:
        from mlops_report_lsp.model import (
            Position,  # loaded with the engine: not before `initialize`
        )

        return Position(*self.line_column(offset))

    def line_column(self, offset: int) -> tuple[int, int]:
        """`position(offset)` as a plain tuple: cheaper to make and to compare."""
        offsets, lines, starts = self._index
        chunk = bisect.bisect_right(offsets, offset) - 1
        relative = starts[chunk]
        within = offset - offsets[chunk]
        line = bisect.bisect_right(relative, within) - 1
        return lines[chunk] + line, within - relative[line]

    def offset(self, position: Position) -> int:
        if position.line >= self.line_count:
            return self.length
        return min(self.line_offset(position.line) + position.character, self.length)


def _edited(raw: Sequence[str], last: SourceText) -> SourceText | None:
    """`raw`'s source text from `last`'s, which was made of pieces that were each one chunk, if
    `raw`'s still are: only the pieces that are new objects are normalised, searched for question
    headings and indexed. None when they are not (a heading added or removed, say)."""
    old = last.pieces
    if len(raw) != len(old):
        return None
    changed = list(compress(range(len(raw)), map(is_not, raw, old)))
    if not changed:
        return last
    preamble = len(last.chunks) - len(last.headings)
    chunks = list(last.chunks)
    numbers = [number for _, number in last.headings]
    for index in changed:
        piece = raw[index]
        if (
            not piece
            or (index < len(raw) - 1 and not piece.endswith("\n"))
            or (index == 0 and piece.startswith(BOM) != last.had_bom)
        ):
            return None
        chunk = _normalised(piece, last.had_bom and index == 0)
        found = _headings_in(chunk)
        if not _one_chunk(found, index == 0 and preamble == 1):
            return None
        chunks[index] = chunk
        if found:
            numbers[index - preamble] = found[0][1]
    _, _, known_starts = last._index
    starts = known_starts.copy()
    for index in changed:
        starts[index] = line_starts(chunks[index])
    offsets = [0, *accumulate(map(len, chunks[:-1]))]
    lines = [0, *accumulate(len(relative) - 1 for relative in starts[:-1])]
    headings = tuple(zip(offsets[preamble:], numbers, strict=True))
    source = SourceText(tuple(chunks), headings, last.had_bom, tuple(raw))
    source.__dict__["_index"] = (offsets, lines, starts)  # what `_index` makes, from `last`'s
    return source
