"""image-missing-file, image-format, image-as-link, image-html, image-in-comment."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import unquote

from mlops_report_lsp.coursefigures import course_figure
from mlops_report_lsp.model import Finding, Severity, Span
from mlops_report_lsp.rules.base import Rule, finding, replace_fix

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question

WEB_FORMATS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//|^(?:data|mailto):", re.IGNORECASE)
ALT = re.compile(r"\balt\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)


def is_remote(target: str) -> bool:
    return bool(REMOTE.match(target)) and not target.lower().startswith("file:")


def local_path(target: str) -> str:
    """The file part of a relative image target: no query, no fragment, %-escapes decoded."""
    return unquote(re.split(r"[?#]", target, maxsplit=1)[0])


def _listing(folder: str) -> dict[str, str]:
    """Lower-case name -> real name of a folder's entries, cached until the folder changes."""
    try:
        stamp = os.stat(folder).st_mtime_ns
    except OSError:
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
    path = local_path(target)
    if path.lower().startswith("file:") or os.path.isabs(path):
        return (
            f"`{target}` is an absolute path: it only exists on your machine. Use a path "
            "relative to the report, such as `figures/plot.png`.",
            None,
        )
    if os.path.isfile(os.path.join(folder, path)):
        return None
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


def check_missing(analysis: Analysis, question: Question) -> Iterator[Finding]:
    if analysis.path is None:
        return
    folder = os.path.dirname(os.path.abspath(analysis.path))
    problems: dict[str, tuple[str, str | None] | None] = {}
    for image in question.features.images:
        if image.kind == "comment" or is_remote(image.target) or not image.target:
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
        yield finding("image-missing-file", message, image.target_span, question.number, fix)


def check_format(analysis: Analysis, question: Question) -> Iterator[Finding]:
    for image in question.features.images:
        if image.kind == "comment" or not image.target:
            continue
        suffix = os.path.splitext(local_path(image.target))[1].lower()
        if suffix in WEB_FORMATS or (is_remote(image.target) and not suffix):
            continue
        what = f"`{suffix}`" if suffix else "a file without an extension"
        yield finding(
            "image-format",
            f"{what} is not a web image format: browsers and GitHub will not show it. Export it "
            "as `.png` or `.jpg`.",
            image.target_span,
            question.number,
        )


def course_copy(analysis: Analysis, target: str) -> str | None:
    """The course's example figure that a local image target is a byte-identical copy of."""
    if analysis.path is None or not target or is_remote(target):
        return None
    folder = os.path.dirname(os.path.abspath(analysis.path))
    return course_figure(os.path.join(folder, local_path(target)))


def check_links(analysis: Analysis, question: Question) -> Iterator[Finding]:
    number = question.number
    for image in question.features.images:
        if image.kind != "link":
            continue
        if course_copy(analysis, image.target) is not None:
            yield finding(
                "image-as-link",
                "This is a link to the course template's example figure, not an image of your "
                "own: the official check does not count it. Show a screenshot of your project "
                "instead.",
                image.span,
                number,
            )
            continue
        start = image.span.start
        yield finding(
            "image-as-link",
            "This is a link to an image, not an image: the official check does not count it. "
            "Add `!` in front to show the image.",
            image.span,
            number,
            replace_fix("Turn the link into an image (add `!`)", Span(start, start), "!"),
        )


def check_html(analysis: Analysis, question: Question) -> Iterator[Finding]:
    source = analysis.report.source
    number = question.number
    for image in question.features.images:
        if image.kind != "html":
            continue
        tag = source.text[source.offset(image.span.start) : source.offset(image.span.end)]
        alt_match = ALT.search(tag)
        alt = next((g for g in alt_match.groups() if g is not None), "") if alt_match else ""
        yield finding(
            "image-html",
            "An `<img>` tag is not counted by the official check. Write it as "
            f"`![{alt or 'caption'}]({image.target})`.",
            image.span,
            number,
            replace_fix("Write the image as Markdown", image.span, f"![{alt}]({image.target})"),
        )


def check_comments(analysis: Analysis, question: Question) -> Iterator[Finding]:
    number = question.number
    for image in question.features.images:
        if image.kind == "comment":
            yield finding(
                "image-in-comment",
                "This image is inside an HTML comment: no reader sees it, yet the official check "
                "counts it. Remove it, or take it out of the comment.",
                image.span,
                number,
            )


RULES = (
    Rule(
        "image-missing-file",
        Severity.ERROR,
        "An image file does not exist (or differs in letter case).",
        check_question=check_missing,
        reads_files=True,
    ),
    Rule(
        "image-format",
        Severity.WARNING,
        "An image is not in a web format (png, jpg, gif, svg, webp).",
        check_question=check_format,
    ),
    Rule(
        "image-as-link",
        Severity.WARNING,
        "`[x](figures/a.png)` without `!`: a link the official check does not count. No quick "
        "fix when the file is the course's example figure.",
        check_question=check_links,
        reads_files=True,
    ),
    Rule(
        "image-html",
        Severity.WARNING,
        "An `<img>` tag: shown, but not counted by the official check.",
        check_question=check_html,
    ),
    Rule(
        "image-in-comment",
        Severity.INFORMATION,
        "A Markdown image inside an HTML comment: hidden, yet counted.",
        check_question=check_comments,
    ),
)

__all__ = ["RULES", "case_match", "course_copy", "is_remote", "local_path"]
