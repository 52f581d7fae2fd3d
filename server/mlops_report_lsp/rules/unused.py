"""unused-figure: a question short of images while `figures/` holds image files no answer uses."""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache

from mlops_report_lsp.coursefigures import course_figure
from mlops_report_lsp.features import IMAGE_SUFFIX
from mlops_report_lsp.image_paths import local_path, target_kind
from mlops_report_lsp.model import Severity
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.wording import plural

FIGURES = "figures"
NAMED = 5


def own_images(context: ReportContext) -> tuple[str, ...]:
    """Image files in the report's `figures` folder (as `figures/name`), but the course's example
    figures."""
    folder, status = context.folder, context.status(FIGURES)
    if folder is None or status is None:
        return ()
    return _own_images(os.path.join(folder, FIGURES), status.st_mtime_ns)


@lru_cache(maxsize=16)
def _own_images(figures: str, stamp: int) -> tuple[str, ...]:
    """The folder's image files but the course's figures, until the folder changes."""
    try:
        names = sorted(os.listdir(figures))
    except OSError:
        return ()
    return tuple(
        f"{FIGURES}/{name}"
        for name in names
        if IMAGE_SUFFIX.search(name) and course_figure(os.path.join(figures, name)) is None
    )


def _used(context: ReportContext) -> set[str]:
    """Every local image target of the answers, normalised (links and hidden images included:
    those are reported by their own rules)."""
    return {
        os.path.normpath(local_path(image.target)).replace(os.sep, "/")
        for question in context.report.questions
        for image in question.features.images
        if target_kind(image.target) == "relative"
    }


def check_unused(context: ReportContext) -> Iterator[Found]:
    if context.folder is None:
        return
    short = [
        result
        for result in context.results
        if result.question is not None
        and result.limits.images is not None
        and result.images < result.limits.images[0]
    ]
    if not short:
        return
    own = own_images(context)
    used = _used(context) if own else set()
    unused = [name for name in own if name not in used]
    if not unused:
        return
    named = ", ".join(f"`{name}`" for name in unused[:NAMED])
    more = f" and {len(unused) - NAMED} more" if len(unused) > NAMED else ""
    for result in short:
        assert result.question is not None and result.limits.images is not None
        yield Found(
            f"Question {result.number} needs at least {plural(result.limits.images[0], 'image')} "
            f"and the grader counts {result.images}, while no answer shows {named}{more}. If one "
            "of them belongs here, add it as `![caption](figures/name.png)`.",
            result.question.heading,
            result.number,
        )


RULES = (
    Rule(
        "unused-figure",
        Severity.HINT,
        "A question lacks its images while `figures/` holds image files no answer shows.",
        Example(
            "We have no screenshot of our bucket yet.",
            19,
            files=("reports/figures/gcp_bucket.png",),
        ),
        check=check_unused,
        details="The hint on that question names the files; the course's own example figures "
        "are never suggested.",
    ),
)
