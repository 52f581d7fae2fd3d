"""word-count and image-count: the official limits, said with how far off the answer is."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.model import Severity
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.wording import off_by, plural, wanted


def _check(context: ReportContext, unit: str) -> Iterator[Found]:
    for result in context.results:
        if result.question is None:
            continue
        if unit == "word":
            value, bounds, off = result.words, result.limits.words, result.word_problem
        else:
            value, bounds, off = result.images, result.limits.images, result.image_problem
        if off == 0 or bounds is None:
            continue
        basis = (
            ""
            if result.official
            else " (as counted on its own section: the official script cannot run)"
        )
        yield Found(
            f"Question {result.number} has {plural(value, unit)}; the official check wants "
            f"{wanted(bounds, unit)}: {off_by(off, unit)}{basis}.",
            result.question.heading,
            result.number,
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
