"""The official checker's split and counts, step for step, with the source offset of every answer.

The official `report.py check` splits the whole text on `Answer:`, cuts each piece at the first
`###` and then at the first `##`, appends the last piece again uncut, and counts whitespace tokens
and a non-greedy image regex. These functions do the same so that our numbers equal the grader's.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from mlops_report_lsp.memo import recent
from mlops_report_lsp.profiles import Profile
from mlops_report_lsp.text import edited_lines

MARKER = "Answer:"


class _Recount:
    """A count that adds up over lines (words, images), recounted only on the lines that differ from
    the last text counted: a keystroke changes one line of an answer of hundreds. Both texts are
    cut at line breaks (`changed_lines`), which no word or image spans, so the sum is exact."""

    def __init__(self, count: Callable[[str], int]) -> None:
        self._count = count
        self._last = ("", 0)

    def __call__(self, text: str) -> int:
        last, total = self._last
        edit = edited_lines(last, text)
        if edit is None:
            total = self._count(text)
        else:
            start, old_end, new_end = edit
            total += self._count(text[start:new_end]) - self._count(last[start:old_end])
        self._last = (text, total)
        return total


# Each byte of a Latin-1 text as " " where `str.split` splits (its ASCII white space) and "w" else.
_SPACES = bytes(32 if chr(byte) in " \t\n\v\f\r\x1c\x1d\x1e\x1f" else 119 for byte in range(256))


def _words(text: str) -> int:
    """`len(text.split())` without making every word: for a text of ASCII and Latin-1 characters
    (most reports), the spaces followed by a word are counted in its bytes, mapped to two kinds."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return len(text.split())
    if b"\x85" in data or b"\xa0" in data:  # white space `str.split` knows beyond ASCII
        return len(text.split())
    kinds = data.translate(_SPACES)
    return kinds.count(b" w") + kinds.startswith(b"w")


def _images(text: str) -> int:
    count = 0
    position = text.find("![")  # only lines holding one are visited
    while position != -1:
        line_end = text.find("\n", position)
        if line_end == -1:
            line_end = len(text)
        while position != -1:
            bracket = text.find("](", position + 2, line_end)
            if bracket == -1:
                break
            close = text.find(")", bracket + 2, line_end)
            if close == -1:
                break  # no later `![` on this line can match either
            count += 1
            position = text.find("![", close + 1, line_end)
        position = text.find("![", line_end)
    return count


_recount_words = _Recount(_words)
_recount_images = _Recount(_images)


@recent
def count_words(text: str) -> int:
    """Whitespace tokens, as `len(answer.split())`; cached because most answers don't change."""
    return _recount_words(text)


@recent
def count_images(text: str) -> int:
    """`len(re.findall(r"\\!\\[.*?\\]\\(.*?\\)", text))`, the official count, in linear time.

    The regex backtracks cubically on lines full of `![` and `](`; this walks each line once.
    `.` stops only at `\n`, so a match is: `![`, the first `](` after it on that line, then the
    first `)` after that; the next match starts after the `)`.
    """
    return _recount_images(text)


@dataclass(frozen=True)
class OfficialAnswer:
    """One answer as the official script sees it, and where it lies in the text it read."""

    text: str
    start: int
    end: int
    piece_start: int
    """Offset right after the `Answer:` this answer follows."""
    cut_at: int | None
    """Offset of the `###`/`##` that cut this answer short, if any."""
    repeated: bool = False
    """True for the last piece that the script appends a second time."""

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def images(self) -> int:
        return count_images(self.text)


@dataclass(frozen=True)
class OfficialResult:
    answers: tuple[OfficialAnswer, ...]
    expected: int

    @property
    def runs(self) -> bool:
        return len(self.answers) == self.expected

    @property
    def error(self) -> str | None:
        if self.runs:
            return None
        return f"ValueError: expected {self.expected} answers, found {len(self.answers)}"


def _strip_newlines(text: str, start: int) -> tuple[str, int, int]:
    stripped_left = text.lstrip("\n")
    start += len(text) - len(stripped_left)
    stripped = stripped_left.rstrip("\n")
    return stripped, start, start + len(stripped)


def _answer(piece: str, start: int, cut_at: int | None, repeated: bool = False) -> OfficialAnswer:
    text, begin, end = _strip_newlines(piece, start)
    return OfficialAnswer(text, begin, end, start, cut_at, repeated)


def heading_cut(piece: str) -> int:
    """Where the script cuts a piece: the first `###`, then the first `##` before it.

    `###` contains `##`, so this is simply the first `##`, or the whole piece when there is none.
    """
    cut = piece.find("##")
    return len(piece) if cut == -1 else cut


def graded_answer(piece: str, start: int, last: bool) -> OfficialAnswer:
    """What the script would read for one question's piece if the document split cleanly."""
    if last:
        return _answer(piece, start, None, repeated=True)
    cut = heading_cut(piece)
    return _answer(piece[:cut], start, start + cut if cut < len(piece) else None)


def _find_all(text: str, needle: str) -> list[int]:
    found = []
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


@recent
def _marks(chunk: str) -> tuple[list[int], list[int], list[int]]:
    """Where `Answer:`, `##` and `###` start in `chunk` (every `##` of a longer run too)."""
    return _find_all(chunk, MARKER), _find_all(chunk, "##"), _find_all(chunk, "###")


def _all_marks(chunks: Sequence[str]) -> tuple[list[int], list[int], list[int]]:
    """The marks of the text the chunks make up, from each chunk's (kept while it is unchanged).

    Chunks are cut at line starts, so no mark spans two of them."""
    markers: list[int] = []
    twos: list[int] = []
    threes: list[int] = []
    offset = 0
    for chunk in chunks:
        chunk_markers, chunk_twos, chunk_threes = _marks(chunk)
        if offset:
            chunk_markers = [offset + at for at in chunk_markers]
            chunk_twos = [offset + at for at in chunk_twos]
            chunk_threes = [offset + at for at in chunk_threes]
        markers += chunk_markers
        twos += chunk_twos
        threes += chunk_threes
        offset += len(chunk)
    return markers, twos, threes


def _pieces(length: int, offset: int, markers: list[int]) -> list[tuple[int, int]]:
    """(start, end) of each piece of `text[offset:].split(MARKER)` for a text of `length`
    characters, without copying them."""
    pieces = []
    position = offset
    for found in markers:
        if found >= offset:
            pieces.append((position, found))
            position = found + len(MARKER)
    pieces.append((position, max(position, length)))
    return pieces


@recent
def _stripped(chunk: str, start: int, end: int) -> tuple[str, int, int]:
    """`chunk[start:end]` without its leading and trailing line feeds, and where that lies; kept
    while the chunk is unchanged, so an unchanged answer is the very same string again."""
    return _strip_newlines(chunk[start:end], start)


class _Reader:
    """Builds answers from spans of the text's chunks, reusing the previous version's unchanged
    answers and, for an unchanged chunk, the very string its answer had."""

    def __init__(self, chunks: Sequence[str], previous: Sequence[OfficialAnswer]) -> None:
        self.chunks = chunks
        self.offsets = [0, *accumulate(len(chunk) for chunk in chunks)]
        self.previous = previous
        self.answers: list[OfficialAnswer] = []

    def _text(self, start: int, end: int) -> tuple[str, int, int]:
        if end <= start:
            return "", start, start
        first = bisect.bisect_right(self.offsets, start) - 1
        last = bisect.bisect_left(self.offsets, end) - 1
        if first >= len(self.chunks):  # past the end
            return "", start, start
        base = self.offsets[first]
        if first == last:
            text, begin, stop = _stripped(self.chunks[first], start - base, end - base)
            return text, begin + base, stop + base
        across = "".join(self.chunks[first : last + 1])  # an answer running on: rare
        return _strip_newlines(across[start - base : end - base], start)

    def add(self, start: int, end: int, cut_at: int | None, repeated: bool = False) -> None:
        text, begin, end = self._text(start, end)
        index = len(self.answers)
        known = self.previous[index] if index < len(self.previous) else None
        if known is not None and text == known.text:
            text = known.text  # the same string object: caches keyed by it find it at once
            if (known.start, known.end, known.piece_start, known.cut_at, known.repeated) == (
                begin,
                end,
                start,
                cut_at,
                repeated,
            ):
                self.answers.append(known)  # unchanged, at the same place
                return
        self.answers.append(OfficialAnswer(text, begin, end, start, cut_at, repeated))


def official_split(
    chunks: Sequence[str], profile: Profile, previous: Sequence[OfficialAnswer] = ()
) -> OfficialResult:
    """Split the text that `chunks` make up (as the script reads it: universal newlines) exactly
    like the official check; chunks are cut at line starts, and unchanged ones (the same objects
    as last time) are neither searched nor copied again.

    Offsets are into that text, the cut of the first characters included. `previous`, the answers
    of the document's previous version, lets unchanged answers be reused.
    """
    markers, twos, threes = _all_marks(chunks)
    pieces = _pieces(sum(len(chunk) for chunk in chunks), profile.cut_characters, markers)
    if not profile.discard_first_after_loop:
        pieces = pieces[1:]
    reader = _Reader(chunks, previous)
    for start, end in pieces:
        three = bisect.bisect_left(threes, start)
        if three < len(threes) and threes[three] < end:
            cut = twos[bisect.bisect_left(twos, start)]  # the first `##`: `###` holds one
            reader.add(start, cut, cut)
    if pieces:
        start, end = pieces[-1]
        reader.add(start, end, None, repeated=True)
    answers = reader.answers
    if profile.discard_first_after_loop and answers:
        answers = answers[1:]
    return OfficialResult(tuple(answers), profile.questions)
