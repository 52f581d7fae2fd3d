"""broken-link: a relative link (not to an image) that leads nowhere on GitHub.

Links are resolved from the report's folder, as GitHub does: `[tests](tests/test_api.py)` written
in `reports/README.md` points at `reports/tests/test_api.py`. `#anchors` must match a heading's
GitHub anchor. Remote links are never fetched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache

from mlops_report_lsp.image_paths import local_path
from mlops_report_lsp.model import LinkRef, Severity
from mlops_report_lsp.rules.base import Example, Found, Rule, replace_fix
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.rules.images import case_match

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")
HOST_LIKE = re.compile(r"^(?:www\.[^/]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/)")
HTML_ANCHOR = re.compile(r"""<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
NOT_SLUG = re.compile(r"[^\w\- ]")
ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens."""
    return NOT_SLUG.sub("", heading.strip().lower()).replace(" ", "-")


@lru_cache(maxsize=4)
def anchors(text: str) -> frozenset[str]:
    """Every `#anchor` the document defines: ATX heading anchors (numbered when repeated, as
    GitHub does) and `<a name>`/`id` anchors. A line scan, not a parse, since it runs on every
    keystroke of a report with anchor links; a `# comment` in code only adds an anchor nobody
    links to."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    for match in ATX_HEADING.finditer(text):
        base = slug(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    found.update(match.group(1) for match in HTML_ANCHOR.finditer(text))
    return frozenset(found)


def _repository_root(folder: str) -> str | None:
    """The nearest folder at or above `folder` with a `.git` entry (no git command is run)."""
    current = folder
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _exists(path: str) -> bool:
    return os.path.exists(path)


def path_problem(folder: str, target: str) -> tuple[str, str | None] | None:
    """What is wrong with a relative link target, and a corrected target when one is certain."""
    path = local_path(target)
    if not path:
        return None
    root = _repository_root(folder)
    if path.startswith("/"):
        if root is None or _exists(os.path.join(root, path.lstrip("/"))):
            return None
        return (
            f"`{path}` does not exist in the repository (a leading `/` starts at its root).",
            None,
        )
    if _exists(os.path.join(folder, path)):
        return None
    corrected = case_match(folder, path, _exists)
    if corrected is not None:
        return (
            f"`{path}` differs in letter case from `{corrected}`: that works on macOS and "
            "Windows but not on GitHub.",
            None if "%" in target else corrected + target[len(re.split(r"[?#]", target)[0]) :],
        )
    parent = os.path.dirname(folder)
    if root is not None and root != folder and _exists(os.path.join(parent, path)):
        here = os.path.basename(folder)
        return (
            f"`{path}` is looked up next to the report (`{here}/{path}`), where it does not exist; "
            f"the file is one folder up: `../{path}`.",
            "../" + target,
        )
    if HOST_LIKE.match(path):
        return (
            f"`{path}` is read as a file next to the report, which does not exist. Start web "
            "addresses with `https://`.",
            None,
        )
    return f"`{path}` does not exist (links are resolved from the report's folder).", None


def anchor_problem(text: str, anchor: str) -> str | None:
    known = anchors(text)
    if anchor in known or anchor.lower() in known:
        return None
    import difflib  # for a broken anchor only: loading it took half a millisecond of every start

    close = difflib.get_close_matches(anchor.lower(), sorted(known), n=1)
    hint = f" Did you mean `#{close[0]}`?" if close else ""
    return (
        f"No heading has the anchor `#{anchor}`: GitHub makes anchors from heading text (lower "
        f"case, spaces as `-`, punctuation dropped).{hint}"
    )


def _problem(
    context: ReportContext, folder: str | None, link: LinkRef
) -> tuple[str, str | None] | None:
    target = link.target
    if not target or SCHEME.match(target):
        return None
    if target.startswith("#"):
        message = anchor_problem(context.report.source.text, local_path(target[1:]))
        return (message, None) if message else None
    if folder is None:
        return None
    return path_problem(folder, target)


def check_links(context: ReportContext) -> Iterator[Found]:
    folder = context.folder
    for question in context.report.questions:
        for link in question.features.links:
            problem = _problem(context, folder, link)
            if problem is None:
                continue
            message, corrected = problem
            fix = None
            if corrected is not None:
                fix = replace_fix(f"Link to `{corrected}`", link.target_span, corrected)
            yield Found(message, link.target_span, question.number, fix)


RULES = (
    Rule(
        "broken-link",
        Severity.WARNING,
        "A relative link that leads nowhere: a missing file or folder, a wrong letter case, or an "
        "`#anchor` no heading has.",
        Example("Our tests are in [tests](tests/test_api.py).", 4),
        check=check_links,
        details="Links are resolved from the report's folder, as on GitHub; when the target "
        "exists one folder up (written from the repository root), or differs only in letter case, "
        "the quick fix corrects the path. Remote links are never fetched.",
    ),
)

__all__ = ["RULES", "anchor_problem", "anchors", "path_problem", "slug"]
