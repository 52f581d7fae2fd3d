"""The official checker's split and counts, step for step, with the source offset of every answer.

The official `report.py check` splits the whole text on `Answer:`, cuts each piece at the first
`###` and then at the first `##`, appends the last piece again uncut, and counts whitespace tokens
and a non-greedy image regex. These functions do the same so that our numbers equal the grader's.
"""

from __future__ import annotations

from dataclasses import dataclass

from mlops_report_lsp.memo import recent
from mlops_report_lsp.profiles import Profile

MARKER = "Answer:"


@recent
def count_words(text: str) -> int:
    """Whitespace tokens, as `len(answer.split())`; cached because most answers don't change."""
    return len(text.split())


@recent
def count_images(text: str) -> int:
    """`len(re.findall(r"\\!\\[.*?\\]\\(.*?\\)", text))`, the official count, in linear time.

    The regex backtracks cubically on lines full of `![` and `](`; this walks each line once.
    `.` stops only at `\n`, so a match is: `![`, the first `](` after it on that line, then the
    first `)` after that; the next match starts after the `)`.
    """
    count = 0
    for line in text.split("\n"):
        position = line.find("![")
        while position != -1:
            bracket = line.find("](", position + 2)
            if bracket == -1:
                break
            close = line.find(")", bracket + 2)
            if close == -1:
                break  # no later `![` on this line can match either
            count += 1
            position = line.find("![", close + 1)
    return count


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


def official_split(text: str, profile: Profile) -> OfficialResult:
    """Split `text` (as the script reads it: universal newlines) exactly like the official check.

    Offsets are into `text`, the cut of the first characters included.
    """
    offset = profile.cut_characters
    pieces: list[tuple[str, int]] = []
    position = offset
    for piece in text[offset:].split(MARKER):
        pieces.append((piece, position))
        position += len(piece) + len(MARKER)
    if not profile.discard_first_after_loop:
        pieces = pieces[1:]

    answers: list[OfficialAnswer] = []
    for piece, start in pieces:
        if "###" in piece:
            cut = heading_cut(piece)
            answers.append(_answer(piece[:cut], start, start + cut))
    if pieces:
        last, start = pieces[-1]
        answers.append(_answer(last, start, None, repeated=True))
    if profile.discard_first_after_loop and answers:
        answers = answers[1:]
    return OfficialResult(tuple(answers), profile.questions)
