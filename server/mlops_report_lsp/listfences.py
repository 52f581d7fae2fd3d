"""Fenced code that Python-Markdown's `fenced_code` leaves as text: fences inside list items, and
fences indented by one to three spaces. GitHub shows both as code, so the readable export does too.

`fenced_code` only knows fences that start in the first column. This preprocessor runs before it,
renders each indented fence to `<pre><code>` itself and leaves a placeholder of Python-Markdown's
HTML stash in its place, indented so that it stays inside its list item.
"""

from __future__ import annotations

import re
from html import escape

from markdown.preprocessors import Preprocessor

FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\s]*)[^`]*$")
LIST_ITEM = re.compile(r"^(?P<indent> *)(?:[-*+]|\d{1,9}[.)])(?: +|$)")
TAB_LENGTH = 4


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _dedent(line: str, indent: int) -> str:
    """The line without the fence's indentation (or all its leading spaces when it has fewer)."""
    return line[indent:] if line[:indent].isspace() else line.lstrip(" ")


def _list_item_above(lines: list[str], index: int, indent: int) -> int | None:
    """The indentation of the list item a line indented by `indent` continues, if any: walking
    up, each less indented line is either that item, a deeper part of it, or the end of the list."""
    for line in reversed(lines[:index]):
        if not line.strip() or _indent(line) >= indent:
            continue
        item = LIST_ITEM.match(line)
        if item:
            return len(item.group("indent"))
        indent = _indent(line)
        if indent == 0:
            return None
    return None


def _closing(lines: list[str], start: int, fence: str) -> int:
    """The index of the line closing the fence opened at `start`, or the end of the text."""
    for index in range(start + 1, len(lines)):
        stripped = lines[index].strip()
        if len(stripped) >= len(fence) and stripped == fence[0] * len(stripped):
            return index
    return len(lines)


class IndentedFences(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        index = 0
        while index < len(lines):
            line = lines[index]
            match = FENCE.match(line)
            if match is None:
                out.append(line)
                index += 1
                continue
            indent, fence = len(match.group("indent")), match.group("fence")
            end = _closing(lines, index, fence)
            item = _list_item_above(lines, index, indent) if indent else None
            if indent == 0 or (item is None and indent >= TAB_LENGTH):
                # A first-column fence is `fenced_code`'s; four spaces outside a list are an
                # indented code block on GitHub too. Either way, copy it unchanged.
                out.extend(lines[index : end + 1])
                index = end + 1
                continue
            code = "\n".join(_dedent(text, indent) for text in lines[index + 1 : end])
            language = match.group("info")
            attribute = f' class="language-{escape(language)}"' if language else ""
            html = f"<pre><code{attribute}>{escape(code, quote=False)}\n</code></pre>"
            placeholder = self.md.htmlStash.store(html)
            depth = 0 if item is None else (item // TAB_LENGTH + 1) * TAB_LENGTH
            out.extend(["", " " * depth + placeholder, ""])
            index = end + 1
        return out
