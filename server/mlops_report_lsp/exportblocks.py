"""Lists and code that the official `report.py html` (Python-Markdown, no extensions) breaks.

Found on markdown-it's tokens, which follow CommonMark as GitHub does, so each finding is a list or
code block the author sees on GitHub and the graded HTML page loses:

- a top-level list right under a paragraph line: Python-Markdown only starts a list after a blank
  line, so the items become part of the paragraph (right under another list, whatever its
  markers, it continues that list there);
- a `1)`-numbered list: Python-Markdown only knows `1.`;
- any fence: the export has no fenced code (indent top-level code by 4 spaces instead);
- a fence inside a list item: indented code there needs 8 spaces, and the export has no fences;
- a fence indented into an indented-code block: its backtick lines show literally everywhere;
- a list line indented with a tab where GitHub sees no list item (lazy paragraph text, or code).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from markdown_it.token import Token

from mlops_report_lsp.model import Block, BlockKind, Span

LIST_LINE = re.compile(r"[ ]*\t[ \t]*(?:[*+-]|\d{1,9}[.)])[ \t]+\S")
HEADING_LINE = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
FENCE_START = re.compile(r"\s*(?:`{3,}|~{3,})")


def _line_block(
    kind: BlockKind, lines: Sequence[str], first_line: int, start: int, end: int
) -> Block:
    last = lines[end - 1] if end - 1 < len(lines) else ""
    return Block(kind, Span.of(first_line + start, 0, first_line + end - 1, len(last)))


def _list_start(token: Token, lines: Sequence[str]) -> BlockKind | None:
    assert token.map is not None
    start = token.map[0]
    if token.type == "ordered_list_open" and token.markup == ")":
        return "list-paren"
    above = lines[start - 1] if start > 0 else ""
    if above.strip() and not HEADING_LINE.match(above):
        return "list-no-blank"
    return None


def export_blocks(
    tokens: Sequence[Token], lines: Sequence[str], first_line: int
) -> Iterator[Block]:
    """The fenced code, lists and list-like lines of one section that the official export breaks."""
    item_starts: set[int] = set()
    open_items = 0
    list_end = -1  # where the last top-level list ended: a list right after it continues it
    for token in tokens:
        if token.type == "list_item_open":
            open_items += 1
            if token.map is not None:
                item_starts.add(token.map[0])
        elif token.type == "list_item_close":
            open_items -= 1
        if token.map is None:
            continue
        start, end = token.map
        if token.type in ("bullet_list_open", "ordered_list_open") and token.level == 0:
            kind = _list_start(token, lines)
            if kind == "list-paren" or (kind is not None and start != list_end):
                yield _line_block(kind, lines, first_line, start, start + 1)
            list_end = end
        elif token.type == "fence":
            yield _line_block(
                "fence-list" if open_items else "fence", lines, first_line, start, end
            )
        elif token.type == "code_block" and FENCE_START.match(token.content):
            yield _line_block("fence-indented", lines, first_line, start, end)
    yield from _tab_lists(tokens, lines, first_line, item_starts)


def _tab_lists(
    tokens: Sequence[Token], lines: Sequence[str], first_line: int, item_starts: set[int]
) -> Iterator[Block]:
    """Runs of tab-indented list lines that GitHub does not read as list items: lazy paragraph
    text, or an indented-code block that starts with one."""
    # Most sections have no such line: a test for a tab skips the pattern on nearly every line
    candidates = [i for i, line in enumerate(lines) if "\t" in line and LIST_LINE.match(line)]
    if not candidates:
        return
    code: dict[int, int] = {}  # line -> first line of its code block
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map is not None:
            code.update(dict.fromkeys(range(*token.map), token.map[0]))
    run: list[int] = []
    for index in candidates:
        if index in item_starts or (index in code and not LIST_LINE.match(lines[code[index]])):
            continue
        if run and run[-1] != index - 1:
            yield _line_block("list-tab", lines, first_line, run[0], run[-1] + 1)
            run = []
        run.append(index)
    if run:
        yield _line_block("list-tab", lines, first_line, run[0], run[-1] + 1)
