"""An independent transcription of the course's official `report.py check`, used as a test oracle.

This module deliberately does not import the engine (in particular not `counting.py`): the engine's
counts are checked against it. It follows the steps in `../shared/reference/official-checker.md`, including
the scripts' quirks:

- 27 questions (2023 to November 2024): `text[43:]`, the piece before the first `Answer:` stays in
  the loop and `answers[1:]` removes the first answer after the loop.
- 31 questions (December 2024 and later): no cut, the piece before the first `Answer:` is dropped
  before the loop.
- Both append the last piece again after the loop, strip `"\\n"` from both ends, and raise
  `ValueError` when the number of answers is not the expected one.

The 31-question script also fails on a text without any `Answer:`: with the first piece dropped
there is no last piece to append, and it raises `IndexError`. The oracle reports that as `OfficialCheckFailed` (a
`ValueError`) too, since for the student both mean "the checker crashed, nothing was checked".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

IMAGE_REGEX = r"\!\[.*?\]\(.*?\)"


class OfficialCheckFailed(ValueError):
    """The official script raised instead of checking anything."""


@dataclass(frozen=True)
class OracleProfile:
    name: str
    questions: int
    cut: int
    discard_after_loop: bool


PROFILE_27 = OracleProfile("27q", 27, 43, True)
PROFILE_31 = OracleProfile("31q", 31, 0, False)
PROFILES = {27: PROFILE_27, 31: PROFILE_31}


def read_like_the_script(raw: str) -> str:
    """What `open("README.md").read()` returns for this text, as UTF-8 with universal newlines.

    The BOM is kept: the script opens the file without `utf-8-sig`, so it reads U+FEFF as a character.
    """
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def official_answers(text: str, questions: int) -> list[str]:
    """The answers the official script reads from `text` (already read as the script reads it).

    Written from the steps in official-checker.md; raises `OfficialCheckFailed` (a `ValueError`)
    where the script raises.
    """
    profile = PROFILES[questions]
    pieces = text[profile.cut :].split("Answer:")
    if not profile.discard_after_loop:
        pieces = pieces[1:]
        if not pieces:
            raise OfficialCheckFailed("IndexError: no `Answer:` at all, nothing to append")
    kept = [piece.partition("###")[0].partition("##")[0] for piece in pieces if "###" in piece]
    kept.append(pieces[-1])
    if profile.discard_after_loop:
        kept = kept[1:]
    answers = [answer.strip("\n") for answer in kept]
    if len(answers) != profile.questions:
        raise OfficialCheckFailed(f"expected {profile.questions} answers, found {len(answers)}")
    return answers


def words(answer: str) -> int:
    return len(answer.split())


def images(answer: str) -> int:
    return len(re.findall(IMAGE_REGEX, answer))


def official_counts(raw: str, questions: int) -> list[tuple[int, int]]:
    """(words, images) per question for a document as an editor holds it (CRLF, BOM and all)."""
    return [(words(a), images(a)) for a in official_answers(read_like_the_script(raw), questions)]
