"""word-count and image-count: the official limits, said with how far off the answer is."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.model import Limits, Question, Severity
from mlops_report_lsp.results import QuestionResult, outside
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.rules.kept import PerResult
from mlops_report_lsp.wording import off_by, plural, wanted


def _check(context: ReportContext, result: QuestionResult, unit: str) -> Iterator[Found]:
    question = result.question
    if question is None:
        return
    value = result.words if unit == "word" else result.images
    found = _found(question, value, result.limits, result.official, unit)
    if found is not None:
        yield found


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


def _words(context: ReportContext, result: QuestionResult) -> Iterator[Found]:
    return _check(context, result, "word")


def _images(context: ReportContext, result: QuestionResult) -> Iterator[Found]:
    return _check(context, result, "image")


check_words = PerResult(_words)
check_images = PerResult(_images)


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
