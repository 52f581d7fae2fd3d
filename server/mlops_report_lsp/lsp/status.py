"""One question's state in a few words, shared by code lenses, symbols and hovers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlops_report_lsp.wording import limit_text, off_by, plural

if TYPE_CHECKING:
    from mlops_report_lsp.results import QuestionResult


def words_text(result: QuestionResult) -> str:
    text = plural(result.words, "word")
    bounds = result.limits.words
    if bounds is None:
        return text
    off = off_by(result.word_problem)
    return f"{text} ({limit_text(bounds)}, {off})" if off else f"{text} ({limit_text(bounds)})"


def images_text(result: QuestionResult) -> str | None:
    bounds = result.limits.images
    if bounds is None:
        return plural(result.images, "image") if result.images else None
    word = "image" if bounds[1] == 1 else "images"
    return f"{result.images}/{limit_text(bounds)} {word}"


def mark(result: QuestionResult) -> str:
    return "✓" if result.passes else "✗"


def summary(result: QuestionResult) -> str:
    """`✓ 142 words (100–200) · 1/1 image`"""
    parts = [words_text(result)]
    images = images_text(result)
    if images is not None:
        parts.append(images)
    return f"{mark(result)} " + " · ".join(parts)
