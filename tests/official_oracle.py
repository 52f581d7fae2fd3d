"""An independent transcription of the course's official `report.py check`, used as a test oracle.

This module deliberately does not import the engine (in particular not `counting.py`): the engine's
counts are checked against it. It follows `../shared/reference/official-checker.md` and the upstream
scripts line for line, including their quirks:

- 27 questions (2023 to November 2024): `text[43:]`, the piece before the first `Answer:` stays in
  the loop and `answers[1:]` removes the first answer after the loop.
- 31 questions (December 2024 and later): no cut, `per_question.pop(0)` before the loop.
- Both append the last piece again after the loop, strip `"\\n"` from both ends, and raise
  `ValueError` when the number of answers is not the expected one.

The 31-question script also fails on a text without any `Answer:`: `pop(0)` empties the list and
`per_question[-1]` raises `IndexError`. The oracle reports that as `OfficialCheckFailed` (a
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


def _check_27(text: str) -> list[str]:
    text = text[43:]  # remove header

    answers = []
    per_question = text.split("Answer:")
    for q in per_question:
        if "###" in q:
            q = q.split("###")[0]
            if "##" in q:
                q = q.split("##")[0]
            answers.append(q)

    answers.append(per_question[-1])
    answers = answers[1:]  # remove first section
    answers = [ans.strip("\n") for ans in answers]
    if len(answers) != 27:
        raise OfficialCheckFailed(
            "Number of answers are different from the expected 27. Have you filled out every field?"
        )
    return answers


def _check_31(text: str) -> list[str]:
    answers = []
    per_question = text.split("Answer:")
    per_question.pop(0)  # remove the initial section
    for q in per_question:
        if "###" in q:
            q = q.split("###")[0]
            if "##" in q:
                q = q.split("##")[0]
            answers.append(q)

    # add the last question
    try:
        answers.append(per_question[-1])
    except IndexError as error:
        raise OfficialCheckFailed(f"IndexError: {error}") from error

    # remove newlines
    answers = [answer.strip("\n") for answer in answers]
    if len(answers) != 31:
        raise OfficialCheckFailed(
            "Number of answers are different from the expected 31. Have you changed the template?"
        )
    return answers


def official_answers(text: str, questions: int) -> list[str]:
    """The answers the official script reads from `text` (already read as the script reads it).

    Raises `OfficialCheckFailed` (a `ValueError`) where the script raises.
    """
    if questions == 27:
        return _check_27(text)
    if questions == 31:
        return _check_31(text)
    raise KeyError(f"no official script for {questions} questions")


def words(answer: str) -> int:
    return len(answer.split())


def images(answer: str) -> int:
    return len(re.findall(IMAGE_REGEX, answer))


def official_counts(raw: str, questions: int) -> list[tuple[int, int]]:
    """(words, images) per question for a document as an editor holds it (CRLF, BOM and all)."""
    return [(words(a), images(a)) for a in official_answers(read_like_the_script(raw), questions)]
