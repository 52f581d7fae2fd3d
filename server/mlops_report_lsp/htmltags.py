"""Angle-bracket words that renderers take for HTML tags, and which of them a reader never sees.

GitHub keeps only an allowlist of HTML elements and silently drops every other tag; the official
`report.py html` (Python-Markdown) passes anything shaped like `<word ...>` through as raw HTML,
which a browser does not display. So `<cloud-run-service-url>` vanishes in both, and
`<your_project>` (an underscore is not allowed in a tag name, so GitHub shows it) in the export.
"""

from __future__ import annotations

import re
from typing import Literal

# Python-Markdown's own test for inline HTML: `<`, a letter, then no `<>@` or space, then optional
# ` attributes`, then `>` (kept on one line here, and bounded so that junk cannot backtrack long).
EXPORT_TAG = re.compile(r"</?[A-Za-z][^<>@ \n]{0,100}(?: [^<>\n]{0,200})?>")
# CommonMark's raw-HTML tag: a name of letters, digits and hyphens, then attributes or nothing.
GITHUB_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>\Z")
# CommonMark autolinks take any scheme; Python-Markdown's only http(s) and ftp(s).
AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>\Z")
EXPORT_AUTOLINK = re.compile(r"<(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://", re.ASCII)
NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")

# Elements people write on purpose in a report (and that GitHub keeps, or renders as layout).
INTENDED = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "blockquote",
        "br",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "font",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "iframe",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "picture",
        "pre",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "section",
        "small",
        "source",
        "span",
        "strike",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "tt",
        "u",
        "ul",
        "var",
        "video",
        "wbr",
    ]
)

Hidden = Literal["both", "export"]


def hidden_where(tag: str) -> Hidden | None:
    """Where `<...>` text disappears: on GitHub and in the export, only in the export, or nowhere."""
    if EXPORT_AUTOLINK.match(tag) or not EXPORT_TAG.fullmatch(tag):
        return None
    if AUTOLINK.match(tag):
        return "export"
    name = NAME.match(tag)
    if name is not None and name.group(1).lower() in INTENDED:
        return None
    return "both" if GITHUB_TAG.match(tag) else "export"
