"""course-figure: an image that is byte-identical to one of the course template's example figures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.rules.base import Rule, finding
from mlops_report_lsp.rules.images import course_copy

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question


def check_course_figures(analysis: Analysis, question: Question) -> Iterator[Finding]:
    for image in question.features.images:
        if image.kind in ("comment", "link"):  # hidden, or told apart by image-as-link
            continue
        original = course_copy(analysis, image.target)
        if original is None:
            continue
        yield finding(
            "course-figure",
            f"`{image.target}` is byte-identical to the course template's example figure "
            f"`{original}` (SkafteNicki/dtu_mlops): it shows the course's project, not yours. "
            "Replace it with a screenshot of your own.",
            image.span,
            question.number,
        )


RULES = (
    Rule(
        "course-figure",
        Severity.WARNING,
        "An image that is a byte-for-byte copy of one of the template's example figures "
        "(`figures/wandb.png` and the others shipped with the course), shown as the group's own.",
        check_question=check_course_figures,
        reads_files=True,
    ),
)
