"""official-will-fail and official-undercount: where the grader's split breaks or reads less.

The official script splits the whole text on `Answer:`, so one misplaced marker or heading shifts
or breaks everything. These rules map each piece the script keeps back to the question it came
from, and name the exact place that makes the count wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.counting import MARKER, count_images, count_words
from mlops_report_lsp.model import Finding, Position, Severity, Span
from mlops_report_lsp.rules.base import Rule, finding
from mlops_report_lsp.wording import plural

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis


def _marker_span(analysis: Analysis, offset: int) -> Span:
    """The `Answer:` that ends right before `offset`."""
    source = analysis.report.source
    start = source.position(max(0, offset - len(MARKER)))
    return Span(start, Position(start.line, start.character + len(MARKER)))


def failure_reasons(analysis: Analysis) -> list[tuple[str, Span, int | None]]:
    """Why the official split does not give one answer per question, each with its place."""
    report = analysis.report
    source = report.source
    profile = analysis.detection.profile
    shift = 1 if source.had_bom else 0
    reasons: list[tuple[str, Span, int | None]] = []
    pieces_per_question: dict[int, int] = {}
    for answer in analysis.official.answers:
        if answer.repeated:
            continue
        marker_end = answer.piece_start - shift
        position = source.position(marker_end)
        index = next(
            (i for i, q in enumerate(report.questions) if q.section.contains(position)), None
        )
        if index is None:
            reasons.append(
                (
                    f"`Answer:` outside any question (line {position.line + 1}): the script "
                    "counts it as an extra answer",
                    _marker_span(analysis, marker_end),
                    None,
                )
            )
            continue
        pieces_per_question[index] = pieces_per_question.get(index, 0) + 1
        question = report.questions[index]
        if index == len(report.questions) - 1:
            cut = source.position(answer.cut_at - shift) if answer.cut_at is not None else position
            reasons.append(
                (
                    f"a `###` heading after the last question (line {cut.line + 1}) makes the "
                    "script count the last answer twice",
                    Span(cut, cut),
                    question.number,
                )
            )
        elif pieces_per_question[index] > 1:
            reasons.append(
                (
                    f"a second `Answer:` in Question {question.number} (line {position.line + 1}) is "
                    "followed by a `###`, so the script counts an extra answer",
                    _marker_span(analysis, marker_end),
                    question.number,
                )
            )
    for index, question in enumerate(report.questions[:-1]):
        if index not in pieces_per_question and not question.markers:
            reasons.append(
                (
                    f"Question {question.number} has no `Answer:` line, so the script reads its text "
                    f"as part of the previous answer; put `> Answer:` back under the prompt",
                    question.heading,
                    question.number,
                )
            )
    present = {q.number for q in report.questions}
    for number in range(1, profile.questions + 1):
        if number not in present:
            reasons.append(
                (f"Question {number} is missing", Span(Position(0, 0), Position(0, 0)), number)
            )
    return reasons


def check_will_fail(analysis: Analysis) -> Iterator[Finding]:
    official = analysis.official
    if official.runs:
        return
    found = len(official.answers)
    headline = (
        f"The official `report.py check` will stop with 'expected {official.expected} answers, "
        f"found {found}' and check nothing"
    )
    reasons = failure_reasons(analysis)
    for message, span, number in reasons:
        yield finding("official-will-fail", f"{headline}: {message}.", span, number)
    if not reasons:
        yield finding("official-will-fail", f"{headline}.", Span(Position(0, 0), Position(0, 0)))


def _words_and_images(text: str) -> str:
    images = count_images(text)
    return plural(count_words(text), "word") + (f" and {plural(images, 'image')}" if images else "")


def check_undercount(analysis: Analysis) -> Iterator[Finding]:
    if not analysis.official.runs:
        return
    source = analysis.report.source
    text = source.text
    for result in analysis.results:
        question, graded = result.question, result.graded
        if question is None or graded is None:
            continue
        body_start = source.offset(question.body.start)
        body_end = source.offset(question.body.end)
        where = source.position(graded.piece_start)
        if not question.section.contains(where):
            yield finding(
                "official-undercount",
                f"The official check reads Question {result.number}'s answer from line "
                f"{where.line + 1}, outside this question: the `Answer:` lines above are out of step.",
                question.heading,
                result.number,
            )
            continue
        before = text[body_start : max(body_start, graded.piece_start - len(MARKER))]
        if len(question.markers) > 1 and count_words(before):
            yield finding(
                "official-undercount",
                f"The official check reads only what follows the last `Answer:` here: "
                f"{_words_and_images(before)} above it are not counted.",
                _marker_span(analysis, graded.piece_start),
                result.number,
            )
        if graded.cut_at is not None and graded.cut_at < body_end:
            after = text[graded.cut_at : body_end]
            if count_words(after):
                cut = source.position(graded.cut_at)
                line = source.line_text(cut.line).strip()
                yield finding(
                    "official-undercount",
                    f"The official check stops reading Question {result.number} at `{line[:40]}` "
                    f"(line {cut.line + 1}): the {_words_and_images(after)} after it are not "
                    "counted. Any `##` ends an answer for the script, even in code; use bold "
                    "text for sub-headings.",
                    Span(cut, Position(cut.line, cut.character + 2)),
                    result.number,
                )


def check_detection(analysis: Analysis) -> Iterator[Finding]:
    detection = analysis.detection
    if detection.ambiguous:
        yield finding(
            "profile-detection",
            f"Checked as {detection.profile.name} ({detection.profile.title}) because of "
            f"{detection.reason}. Set `profile` in .mlops-report.toml if this is wrong.",
            Span(Position(0, 0), Position(0, 0)),
        )


RULES = (
    Rule(
        "official-will-fail",
        Severity.ERROR,
        "The official script will raise and check nothing (wrong number of `Answer:` pieces).",
        check_will_fail,
    ),
    Rule(
        "official-undercount",
        Severity.WARNING,
        "The official script counts less than was written (a sub-heading or a second `Answer:`).",
        check_undercount,
    ),
    Rule(
        "profile-detection",
        Severity.INFORMATION,
        "The template generation could not be told apart with certainty.",
        check_detection,
    ),
)
