"""word-count and image-count: the official limits, said with how far off the answer is."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.rules.base import Rule, finding
from mlops_report_lsp.wording import plural, wanted

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis


def _check(analysis: Analysis, code: str, unit: str) -> Iterator[Finding]:
    for result in analysis.results:
        if result.question is None:
            continue
        if unit == "word":
            value, bounds, off = result.words, result.limits.words, result.word_problem
        else:
            value, bounds, off = result.images, result.limits.images, result.image_problem
        if off == 0 or bounds is None:
            continue
        how = f"{plural(off, unit)} too many" if off > 0 else f"{plural(-off, unit)} short"
        basis = (
            ""
            if result.official
            else " (as counted on its own section: the official script cannot run)"
        )
        yield finding(
            code,
            f"Question {result.number} has {plural(value, unit)}; the official check wants "
            f"{wanted(bounds, unit)}: {how}{basis}.",
            result.question.heading,
            result.number,
        )


def check_words(analysis: Analysis) -> Iterator[Finding]:
    return _check(analysis, "word-count", "word")


def check_images(analysis: Analysis) -> Iterator[Finding]:
    return _check(analysis, "image-count", "image")


RULES = (
    Rule(
        "word-count",
        Severity.WARNING,
        "An answer's word count is outside the official limits.",
        check_words,
    ),
    Rule(
        "image-count",
        Severity.WARNING,
        "An answer's image count is outside the official limits.",
        check_images,
    ),
)
