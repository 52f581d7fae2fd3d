"""Small synthetic reports for tests: a valid template with chosen answers."""

from __future__ import annotations

from collections.abc import Mapping

GOOD_WORDS = " ".join(["word"] * 120)
PREAMBLE = "# Exam template for 02476 Machine Learning Operations\n\nuv add typer markdown\n"


def build_report(
    answers: Mapping[int, str] | None = None,
    questions: int = 31,
    preamble: str = PREAMBLE,
    length_lines: Mapping[int, str] | None = None,
    newline: str = "\n",
    prompt_lines: Mapping[int, str] | None = None,
    headings: Mapping[int, str] | None = None,
) -> str:
    """A report with `questions` sections; unanswered questions get a passing default answer.

    `prompt_lines` adds a line to a question's prompt; `headings` replaces a heading line."""
    answers = answers or {}
    length_lines = length_lines or {}
    prompt_lines = prompt_lines or {}
    headings = headings or {}
    parts = [preamble, "## Group information", ""]
    for number in range(1, questions + 1):
        heading = headings.get(number, f"### Question {number}")
        parts += [heading, "", "> **The question's prompt**", ">"]
        if number in length_lines:
            parts += [f"> Recommended answer length: {length_lines[number]} words.", ">"]
        if number in prompt_lines:
            parts += [prompt_lines[number], ">"]
        parts += ["> Answer:", ""]
        parts.append(answers.get(number, _default_answer(number, questions)))
        parts.append("")
    return newline.join(parts)


def _default_answer(number: int, questions: int) -> str:
    """An answer that passes every generation's limits for that question."""
    if number == 1:
        return "Group 7"
    if number == 2:
        return "s214591, s223456"
    images = (
        {14: 1, 19: 1, 20: 1, 21: 1, 29: 1}
        if questions == 31
        else {14: 1, 19: 1, 20: 1, 21: 1, 25: 1}
    )
    if questions == 27:
        words = {6: 75, 7: 75, 11: 250, 12: 75, 14: 250, 17: 120, 24: 75, 25: 250, 26: 250, 27: 120}
    else:
        words = {7: 75, 11: 250, 12: 75, 14: 250, 17: 120, 29: 250, 30: 250, 31: 120}
    count = words.get(number, 150 if number >= 3 else 3)
    if number in (19, 20, 21):
        count = 0
    text = " ".join(["word"] * count)
    image = "\n\n![figure](figures/plot.png)" * images.get(number, 0)
    return (text + image).strip()
