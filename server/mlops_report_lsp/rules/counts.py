"""word-count and image-count: the official limits, said with how far off the answer is."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.counting import count_images, count_words
from mlops_report_lsp.memo import identical
from mlops_report_lsp.model import Limits, Question, Severity
from mlops_report_lsp.results import outside
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.wording import off_by, plural, wanted


def _check(context: ReportContext, unit: str) -> Iterator[Found]:
    for result in context.results:
        question, graded = result.question, result.graded
        if (
            question is None
            or (result.word_problem if unit == "word" else result.image_problem) == 0
        ):
            continue
        if graded is None:
            value = result.words if unit == "word" else result.images
            found = _found(question, value, result.limits, result.official, unit)
        else:  # the same question and answer text as last time: the very same `Found`
            found = _kept(unit, question, graded.text, result.limits, result.official)
        if found is not None:
            yield found


@identical
def _kept(unit: str, question: Question, text: str, limits: Limits, official: bool) -> Found | None:
    """`_found` for an answer whose text the grader reads is `text`."""
    value = count_words(text) if unit == "word" else count_images(text)
    return _found(question, value, limits, official, unit)


def _found(
    question: Question, value: int, limits: Limits, official: bool, unit: str
) -> Found | None:
    bounds = limits.words if unit == "word" else limits.images
    off = outside(value, bounds)
    if off == 0 or bounds is None:
        return None
    basis = "" if official else " (as counted on its own section: the official script cannot run)"
    return Found(
        f"Question {question.number} has {plural(value, unit)}; the official check wants "
        f"{wanted(bounds, unit)}: {off_by(off, unit)}{basis}.",
        question.heading,
        question.number,
    )


def check_words(context: ReportContext) -> Iterator[Found]:
    return _check(context, "word")


def check_images(context: ReportContext) -> Iterator[Found]:
    return _check(context, "image")


RULES = (
    Rule(
        "word-count",
        Severity.WARNING,
        "An answer's word count is outside the official limits.",
        Example("We used Docker.", 4),
        check=check_words,
        details="Says how many words short or over.",
    ),
    Rule(
        "image-count",
        Severity.WARNING,
        "An answer's image count is outside the official limits.",
        Example("We have no figure for this.", 19),
        check=check_images,
    ),
)
