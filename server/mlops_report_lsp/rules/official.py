"""official-will-fail and official-undercount: where the grader's split breaks or reads less.

The official script splits the whole text on `Answer:`, so one misplaced marker or heading shifts
or breaks everything. These rules map each piece the script keeps back to the question it came
from, and name the exact place that makes the count wrong.
"""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.counting import MARKER, count_images, count_words
from mlops_report_lsp.model import Position, Severity, Span
from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.rules.kept import PerResult
from mlops_report_lsp.wording import plural


def _marker_span(context: ReportContext, offset: int) -> Span:
    """The `Answer:` that ends right before `offset`."""
    source = context.report.source
    start = source.position(max(0, offset - len(MARKER)))
    return Span(start, Position(start.line, start.character + len(MARKER)))


def failure_reasons(context: ReportContext) -> list[tuple[str, Span, int | None]]:
    """Why the official split does not give one answer per question, each with its place."""
    report = context.report
    source = report.source
    profile = context.detection.profile
    shift = 1 if source.had_bom else 0
    reasons: list[tuple[str, Span, int | None]] = []
    pieces_per_question: dict[int, int] = {}
    for answer in context.official.answers:
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
                    _marker_span(context, marker_end),
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
                    _marker_span(context, marker_end),
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


def check_will_fail(context: ReportContext) -> Iterator[Found]:
    official = context.official
    if official.runs:
        return
    found = len(official.answers)
    headline = (
        f"The official `report.py check` will stop with 'expected {official.expected} answers, "
        f"found {found}' and check nothing"
    )
    reasons = failure_reasons(context)
    for message, span, number in reasons:
        yield Found(f"{headline}: {message}.", span, number)
    if not reasons:
        yield Found(f"{headline}.", Span(Position(0, 0), Position(0, 0)))


def _words_and_images(text: str) -> str:
    images = count_images(text)
    return plural(count_words(text), "word") + (f" and {plural(images, 'image')}" if images else "")


def _undercount(context: ReportContext, result: QuestionResult) -> Iterator[Found]:
    """Where the grader reads less of this question than was written (it reads only this
    question's chunk, or the line it reads from: see `QuestionResult.origin`)."""
    question, graded = result.question, result.graded
    if not result.official or question is None or graded is None:
        return
    source = context.report.source
    where = source.line_column(graded.piece_start)
    start, end = question.section.start, question.section.end
    if not (start.line, start.character) <= where <= (end.line, end.character):
        yield Found(
            f"The official check reads Question {result.number}'s answer from line "
            f"{where[0] + 1}, outside this question: the `Answer:` lines above are out of step.",
            question.heading,
            result.number,
        )
        return
    # Most answers have one `Answer:` and no `##`: their body's offsets are not needed.
    if len(question.markers) > 1:
        body_start = source.offset(question.body.start)
        before = source.slice(body_start, max(body_start, graded.piece_start - len(MARKER)))
        if count_words(before):
            yield Found(
                f"The official check reads only what follows the last `Answer:` here: "
                f"{_words_and_images(before)} above it are not counted.",
                _marker_span(context, graded.piece_start),
                result.number,
            )
    if graded.cut_at is None:
        return
    body_end = source.offset(question.body.end)
    if graded.cut_at < body_end:
        after = source.slice(graded.cut_at, body_end)
        if count_words(after):
            cut = source.position(graded.cut_at)
            line = source.line_text(cut.line).strip()
            yield Found(
                f"The official check stops reading Question {result.number} at `{line[:40]}` "
                f"(line {cut.line + 1}): the {_words_and_images(after)} after it are not "
                "counted. Any `##` ends an answer for the script, even in code; use bold "
                "text for sub-headings.",
                Span(cut, Position(cut.line, cut.character + 2)),
                result.number,
            )


check_undercount = PerResult(_undercount)


def check_detection(context: ReportContext) -> Iterator[Found]:
    detection = context.detection
    if detection.ambiguous:
        yield Found(
            f"Checked as {detection.profile.name} ({detection.profile.title}) because of "
            f"{detection.reason}. Set `profile` in .mlops-report.toml if this is wrong.",
            Span(Position(0, 0), Position(0, 0)),
        )


RULES = (
    Rule(
        "official-will-fail",
        Severity.ERROR,
        "The official script will raise and check nothing (wrong number of `Answer:` pieces).",
        Example("Answer: see below"),
        check=check_will_fail,
        details="It stops with `expected 31 answers, found N`. Each reason is reported where it "
        "is: a question without its `Answer:` line, an `Answer:` outside any question, a second "
        "`Answer:` followed by `###`, a `###` heading after the last question, a missing question.",
    ),
    Rule(
        "official-undercount",
        Severity.WARNING,
        "The official script counts less than was written (a sub-heading or a second `Answer:`).",
        Example("We trained the model.\n\n#### Results\n\nIt worked well.", 4),
        check=check_undercount,
        details="A `##`/`###`/`####` anywhere in the answer (even in code) cuts it there; a "
        "second `Answer:` drops the text before it. Says how many words and images the grader "
        "will not see.",
    ),
    Rule(
        "profile-detection",
        Severity.INFORMATION,
        "The template generation could not be told apart with certainty.",
        Example("### Question 32", 31, "heading"),
        check=check_detection,
        details="For example when the highest question number matches no generation.",
    ),
)
