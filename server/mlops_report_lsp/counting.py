"""The official checker's split and counts, step for step, with the source offset of every answer.

The official `report.py check` splits the whole text on `Answer:`, cuts each piece at the first
`###` and then at the first `##`, appends the last piece again uncut, and counts whitespace tokens
and a non-greedy image regex. These functions do the same so that our numbers equal the grader's.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress
from operator import is_not

from mlops_report_lsp.memo import recent
from mlops_report_lsp.profiles import Profile
from mlops_report_lsp.text import edited_lines
from mlops_report_lsp.values import Value

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


@dataclass(init=False, repr=False, eq=False)
class OfficialAnswer(Value):
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

    def __init__(  # written out: an edit moves every later answer, made anew each keystroke
        self,
        text: str,
        start: int,
        end: int,
        piece_start: int,
        cut_at: int | None,
        repeated: bool = False,
    ) -> None:
        self.__dict__.update(
            text=text,
            start=start,
            end=end,
            piece_start=piece_start,
            cut_at=cut_at,
            repeated=repeated,
        )

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def images(self) -> int:
        return count_images(self.text)

    def moved(self, shift: int) -> OfficialAnswer:
        """The same answer `shift` characters further on (its text moved, or read with a BOM)."""
        cut_at = None if self.cut_at is None else self.cut_at + shift
        return OfficialAnswer(
            self.text,
            self.start + shift,
            self.end + shift,
            self.piece_start + shift,
            cut_at,
            self.repeated,
        )


@dataclass(init=False, repr=False, eq=False)
class Block(Value):
    """The answers of the pieces that start in one chunk, and the chunks their reading looked at
    (from that chunk on): while those are the very same objects, so are the answers (moved by as
    much as the chunk moved)."""

    read: tuple[str, ...]
    to_end: bool
    """Whether the reading went on to the end of the text (a piece without a next `Answer:`)."""
    offset: int
    answers: tuple[OfficialAnswer, ...]

    def __init__(
        self, read: tuple[str, ...], to_end: bool, offset: int, answers: tuple[OfficialAnswer, ...]
    ) -> None:
        self.__dict__.update(read=read, to_end=to_end, offset=offset, answers=answers)


@dataclass(init=False, repr=False, eq=False)
class OfficialResult(Value):
    answers: tuple[OfficialAnswer, ...]
    expected: int
    blocks: tuple[Block, ...] = field(default=(), compare=False, repr=False)
    """Per chunk, its answers (the first one too where the script discards it): what the next
    version's split reuses."""
    split_by: tuple[int, bool] = field(default=(0, False), compare=False, repr=False)
    """The profile's `cut_characters` and `discard_first_after_loop` the split was made with."""
    chunks: tuple[str, ...] = field(default=(), compare=False, repr=False)
    """The chunks it read: the next version's split finds the ones that changed among its own."""

    def __init__(
        self,
        answers: tuple[OfficialAnswer, ...],
        expected: int,
        blocks: tuple[Block, ...] = (),
        split_by: tuple[int, bool] = (0, False),
        chunks: tuple[str, ...] = (),
    ) -> None:
        self.__dict__.update(
            answers=answers, expected=expected, blocks=blocks, split_by=split_by, chunks=chunks
        )

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


ANSWERS, TWOS, THREES = 0, 1, 2
"""Which of a chunk's marks to look for."""


@recent
def _marks(chunk: str) -> tuple[list[int], list[int], list[int]]:
    """Where `Answer:`, `##` and `###` start in `chunk` (every `##` of a longer run too; a `###`
    is a `##` followed by `#`)."""
    twos = _find_all(chunk, "##")
    return _find_all(chunk, MARKER), twos, [at for at in twos if chunk.startswith("#", at + 2)]


def answer_marks(chunk: str) -> list[int]:
    """Where each `Answer:` starts in `chunk`: found once for the section's parse and the split."""
    return _marks(chunk)[ANSWERS]


@recent
def _stripped(chunk: str, start: int, end: int) -> tuple[str, int, int]:
    """`chunk[start:end]` without its leading and trailing line feeds, and where that lies; kept
    while the chunk is unchanged, so an unchanged answer is the very same string again."""
    return _strip_newlines(chunk[start:end], start)


def _moved(block: Block, base: int) -> Block:
    """`block`, its chunk now at `base`."""
    shift = base - block.offset
    if shift == 0:
        return block
    moved = tuple(answer.moved(shift) for answer in block.answers)
    return Block(block.read, block.to_end, base, moved)


class _Splitter:
    """The script's split of the text that `chunks` make up, one chunk at a time: the pieces that
    start in a chunk are read from its marks (and the next chunks' first ones, where a piece runs
    on), and a chunk whose pieces read the very same chunks as last time keeps its answers."""

    def __init__(
        self, chunks: Sequence[str], profile: Profile, previous: OfficialResult | None
    ) -> None:
        self.chunks = chunks
        self.offsets = [0, *accumulate(len(chunk) for chunk in chunks)]
        self.cut = profile.cut_characters
        self.loop_first = profile.discard_first_after_loop
        same_split = previous is not None and previous.split_by == (self.cut, self.loop_first)
        self.previous_blocks = previous.blocks if previous is not None and same_split else ()
        self.previous_chunks = previous.chunks if previous is not None and same_split else ()
        self._previous: list[OfficialAnswer] | None = None
        self.answers: list[OfficialAnswer] = []
        self.marks: dict[int, tuple[list[int], list[int], list[int]]] = {}
        self.reach = 0
        """The last chunk whose marks the current chunk's pieces looked at."""
        self.to_end = False
        """Whether they looked past the last chunk."""

    def _marks_of(self, index: int) -> tuple[list[int], list[int], list[int]]:
        self.reach = max(self.reach, index)
        known = self.marks.get(index)
        if known is None:
            known = self.marks[index] = _marks(self.chunks[index])
        return known

    def _find(self, kind: int, index: int, at: int, before: int) -> int:
        """The first mark of `kind` at or after offset `at` (in chunk `index` or a later one)
        and before `before`, or -1."""
        offsets = self.offsets
        while index < len(self.chunks) and offsets[index] < before:
            found = self._marks_of(index)[kind]
            position = bisect.bisect_left(found, at - offsets[index])
            if position < len(found):
                mark = offsets[index] + found[position]
                return mark if mark < before else -1
            index += 1
        if offsets[index] >= offsets[-1]:  # no mark up to the end of the text
            self.to_end = True
        return -1

    def split(self) -> tuple[list[OfficialAnswer], list[Block]]:
        """Every answer the script reads (the first one too, where it discards it), and each
        chunk's block of them."""
        first_chunk = min(bisect.bisect_right(self.offsets, self.cut) - 1, len(self.chunks) - 1)
        kept, moved = self._unchanged()
        blocks = []
        for index, base in enumerate(self.offsets[:-1]):
            if index >= moved:
                block: Block | None = _moved(self.previous_blocks[index], base)
            elif index in kept:
                block = self.previous_blocks[index]
            else:
                block = self._reusable(index, base)
            if block is None:
                block = self._read(index, base, index == first_chunk)
            else:
                self.answers += block.answers
            blocks.append(block)
        return self.answers, blocks

    def _unchanged(self) -> tuple[range, int]:
        """The blocks kept as they are, and the first of those kept moved (all after it too),
        without looking at each (`_reusable` says the same of them): when only the chunks from
        the first to the last changed one are new objects, of the same number, a block before
        them is kept unless it read one of them, and a block after them read none (a reading
        goes on, never back). Blocks within the cut of the first characters are looked at."""
        count = len(self.chunks)
        none = range(0), count
        known = self.previous_chunks
        if len(known) != count or len(self.previous_blocks) != count:
            return none
        changed = list(compress(range(count), map(is_not, self.chunks, known)))
        first, last = (changed[0], changed[-1]) if changed else (count, count - 1)
        after_cut = bisect.bisect_right(self.offsets, self.cut)  # blocks from here start past it
        while after_cut < count and self.previous_blocks[after_cut].offset <= self.cut:
            after_cut += 1
        start = after_cut
        while start < first and start + len(self.previous_blocks[start].read) <= first:
            start += 1
        return range(after_cut, start), max(last + 1, start, after_cut)

    def _read(self, index: int, base: int, holds_cut: bool) -> Block:
        """The answers of the pieces that start in chunk `index`: after each of its `Answer:`s,
        and at the cut of the first characters if it lies there (a piece the script loops over
        only where it discards the first answer afterwards)."""
        self.reach, self.to_end = index, False
        added = len(self.answers)
        length = self.offsets[-1]
        starts = [(self.cut, self.loop_first)] if holds_cut else []
        markers = self._marks_of(index)[ANSWERS]
        starts += [(base + m + len(MARKER), True) for m in markers if base + m >= self.cut]
        for start, looped in starts:
            end = self._find(ANSWERS, index, start, length)
            last = end == -1
            end = length if last else end
            if looped and self._find(THREES, index, start, end) != -1:
                cut = self._find(TWOS, index, start, end)
                self.add(start, cut, cut)
            if looped and last:
                self.add(start, max(start, end), None, repeated=True)
        read = tuple(self.chunks[index : self.reach + 1])
        return Block(read, self.to_end, base, tuple(self.answers[added:]))

    def _reusable(self, index: int, base: int) -> Block | None:
        """The last version's block of chunk `index`, its answers moved to `base`, if it read the
        very same chunks (up to the end of the text if it went there). Of the chunks that start
        within the cut of the first characters, only the one that holds the cut, unmoved, is
        kept: which one holds the first piece depends on the text's length when the cut reaches
        its end."""
        if index >= len(self.previous_blocks):
            return None
        known = self.previous_blocks[index]
        read, chunks = known.read, self.chunks
        if (
            read[0] is not chunks[index]
            or len(read) > len(chunks) - index
            or (known.to_end and len(read) != len(chunks) - index)
        ):
            return None
        shift = base - known.offset
        # Within the cut: only the chunk that holds it, unmoved (it holds it again).
        if (base <= self.cut or known.offset <= self.cut) and not (
            shift == 0 and base <= self.cut < base + len(read[0])
        ):
            return None
        for later, chunk in enumerate(read[1:], index + 1):
            if chunks[later] is not chunk:
                return None
        return _moved(known, base)

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
        """The answer the script reads from `start` to `end`, the very same object as the last
        version's at this place in the list when it is the same."""
        text, begin, end = self._text(start, end)
        if self._previous is None:  # the last version's answers, in order: made when needed
            self._previous = [answer for b in self.previous_blocks for answer in b.answers]
        index = len(self.answers)
        known = self._previous[index] if index < len(self._previous) else None
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
    chunks: Sequence[str], profile: Profile, previous: OfficialResult | None = None
) -> OfficialResult:
    """Split the text that `chunks` make up (as the script reads it: universal newlines) exactly
    like the official check; chunks are cut at line starts, and unchanged ones (the same objects
    as last time) are neither searched nor copied again.

    Offsets are into that text, the cut of the first characters included. `previous`, the split
    of the document's previous version, lets unchanged answers be reused.
    """
    answers, blocks = _Splitter(chunks, profile, previous).split()
    kept = answers[1:] if profile.discard_first_after_loop and answers else answers
    split_by = (profile.cut_characters, profile.discard_first_after_loop)
    return OfficialResult(tuple(kept), profile.questions, tuple(blocks), split_by, tuple(chunks))
