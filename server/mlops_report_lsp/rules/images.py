"""image-missing-file, image-format, image-as-link, image-html, image-in-comment."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from mlops_report_lsp.coursefigures import course_figure
from mlops_report_lsp.image_paths import is_web_image, local_file, local_path, target_kind
from mlops_report_lsp.model import Severity, Span
from mlops_report_lsp.rules.base import Example, Found, Rule, replace_fix
from mlops_report_lsp.rules.context import Section

ALT = re.compile(r"\balt\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)


def _listing(folder: str) -> dict[str, str]:
    """Lower-case name -> real name of a folder's entries, cached until the folder changes."""
    try:
        stamp = os.stat(folder).st_mtime_ns
    except (OSError, ValueError):  # ValueError: a NUL character in the path
        return {}
    return _listing_at(folder, stamp)


@lru_cache(maxsize=256)
def _listing_at(folder: str, stamp: int) -> dict[str, str]:
    try:
        return {name.lower(): name for name in sorted(os.listdir(folder), reverse=True)}
    except OSError:
        return {}


def case_match(
    folder: str, target: str, accept: Callable[[str], bool] = os.path.isfile
) -> str | None:
    """The existing relative path that equals `target` but for letter case, if any."""
    current = folder
    parts = []
    for part in target.replace("\\", "/").split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            current = os.path.dirname(current)
            parts.append(part)
            continue
        real = _listing(current).get(part.lower())
        if real is None:
            return None
        parts.append(real)
        current = os.path.join(current, real)
    return "/".join(parts) if accept(current) else None


def file_problem(folder: str, target: str) -> tuple[str, str | None] | None:
    """What is wrong with a local image target, and the case-corrected path if that is all."""
    if target_kind(target) == "absolute":
        return (
            f"`{target}` is an absolute path: it only exists on your machine. Use a path "
            "relative to the report, such as `figures/plot.png`.",
            None,
        )
    if local_file(Path(folder), target).is_file():
        return None
    path = local_path(target)
    relative = case_match(folder, path)
    if relative is not None:
        return (
            f"`{path}` differs in letter case from the file `{relative}`: that works on "
            "macOS and Windows but breaks on GitHub and in the grader's export.",
            relative,
        )
    return (
        f"Image file `{path}` does not exist (looked for it relative to the report's folder).",
        None,
    )


def check_missing(section: Section, folder: str | None) -> Iterator[Found]:
    if folder is None:
        return
    question = section.question
    problems: dict[str, tuple[str, str | None] | None] = {}
    for image in question.features.images:
        if image.kind == "comment" or target_kind(image.target) in ("empty", "remote"):
            continue
        if image.target not in problems:  # the same figure is often referenced again
            problems[image.target] = file_problem(folder, image.target)
        problem = problems[image.target]
        if problem is None:
            continue
        message, corrected = problem
        fix = None
        if corrected is not None:
            fix = replace_fix(f"Use `{corrected}`", image.target_span, corrected)
        yield Found(message, image.target_span, question.number, fix)


def check_format(section: Section) -> Iterator[Found]:
    question = section.question
    for image in question.features.images:
        if image.kind == "comment" or not image.target:
            continue
        path = local_path(image.target)
        suffix = os.path.splitext(path)[1].lower()
        if is_web_image(path) or (target_kind(image.target) == "remote" and not suffix):
            continue
        what = f"`{suffix}`" if suffix else "a file without an extension"
        yield Found(
            f"{what} is not a web image format: browsers and GitHub will not show it. Export it "
            "as `.png` or `.jpg`.",
            image.target_span,
            question.number,
        )


def course_copy(folder: str | None, target: str) -> str | None:
    """The course's example figure that a local image target is a byte-identical copy of."""
    if folder is None or target_kind(target) != "relative":
        return None
    return course_figure(str(local_file(Path(folder), target)))


class CourseCopies(dict[str, str | None]):
    """`course_copy` of each target asked for, in one section's check: a figure referenced again
    (a pasted log repeats hundreds) costs no second look at its file."""

    def __init__(self, folder: str | None) -> None:
        super().__init__()
        self.folder = folder

    def __missing__(self, target: str) -> str | None:
        copy = self[target] = course_copy(self.folder, target)
        return copy


def check_links(section: Section, folder: str | None) -> Iterator[Found]:
    question = section.question
    copies = CourseCopies(folder)
    for image in question.features.images:
        if image.kind != "link":
            continue
        if copies[image.target] is not None:
            yield Found(
                "This is a link to the course template's example figure, not an image of your "
                "own: the official check does not count it. Show a screenshot of your project "
                "instead.",
                image.span,
                question.number,
            )
            continue
        start = image.span.start
        yield Found(
            "This is a link to an image, not an image: the official check does not count it. "
            "Add `!` in front to show the image.",
            image.span,
            question.number,
            replace_fix("Turn the link into an image (add `!`)", Span(start, start), "!"),
        )


def check_html(section: Section) -> Iterator[Found]:
    question = section.question
    for image in question.features.images:
        if image.kind != "html":
            continue
        tag = section.slice(image.span)
        alt_match = ALT.search(tag)
        alt = next((g for g in alt_match.groups() if g is not None), "") if alt_match else ""
        yield Found(
            "An `<img>` tag is not counted by the official check. Write it as "
            f"`![{alt or 'caption'}]({image.target})`.",
            image.span,
            question.number,
            replace_fix("Write the image as Markdown", image.span, f"![{alt}]({image.target})"),
        )


def check_comments(section: Section) -> Iterator[Found]:
    question = section.question
    for image in question.features.images:
        if image.kind == "comment":
            yield Found(
                "This image is inside an HTML comment: no reader sees it, yet the official check "
                "counts it. Remove it, or take it out of the comment.",
                image.span,
                question.number,
            )


RULES = (
    Rule(
        "image-missing-file",
        Severity.ERROR,
        "An image file does not exist (or differs in letter case).",
        Example("![b](figures/Plot.png)", 19),
        check_files=check_missing,
        details="Paths are relative to the report; an absolute path is reported too, and a path "
        "that differs only in letter case (works on macOS, breaks on GitHub) gets a quick fix.",
    ),
    Rule(
        "image-format",
        Severity.WARNING,
        "An image is not in a web format (png, jpg, gif, svg, webp).",
        Example("![plot](figures/plot.pdf)", 19),
        check_section=check_format,
    ),
    Rule(
        "image-as-link",
        Severity.WARNING,
        "`[x](figures/a.png)` without `!`: a link the official check does not count.",
        Example("![a](figures/plot.png) and [b](figures/plot.png)", 19),
        check_files=check_links,
        details="Quick fix adds the `!`, except for a link to one of the course's example "
        "figures, which would show course material as the group's own.",
    ),
    Rule(
        "image-html",
        Severity.WARNING,
        "An `<img>` tag: shown, but not counted by the official check.",
        Example('<img src="figures/plot.png" width="400">', 19),
        check_section=check_html,
        details="Quick fix writes it as Markdown.",
    ),
    Rule(
        "image-in-comment",
        Severity.INFORMATION,
        "A Markdown image inside an HTML comment: hidden, yet counted.",
        Example("![a](figures/plot.png) <!-- ![old](figures/old.png) -->", 19),
        check_section=check_comments,
    ),
)

__all__ = ["RULES", "CourseCopies", "case_match"]
