"""course-figure: an image that is byte-identical to one of the course template's example figures."""

from __future__ import annotations

from collections.abc import Iterator

from mlops_report_lsp.model import Severity
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import Section
from mlops_report_lsp.rules.images import CourseCopies


def check_course_figures(section: Section, folder: str | None) -> Iterator[Found]:
    question = section.question
    copies = CourseCopies(folder)
    for image in question.features.images:
        if image.kind in ("comment", "link"):  # hidden, or told apart by image-as-link
            continue
        original = copies[image.target]
        if original is None:
            continue
        yield Found(
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
        "An image that is a byte-for-byte copy of one of the template's example figures, shown as "
        "the group's own.",
        Example("![Our bucket](figures/bucket.png)", 19, files=("reports/figures/bucket.png",)),
        check_files=check_course_figures,
        details="`figures/wandb.png`, `bucket.png` and the others the course ships are recognised "
        "by their SHA-256 (data in the package, no images); a file of the same name with other "
        "bytes is the group's own.",
    ),
)
