"""The report's "Overall project checklist": its items, their marks and module tags."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlops_report_lsp.model import Fix, Span, TextEdit
from mlops_report_lsp.values import Value

ITEM = re.compile(r"^(?P<lead>\s{0,6}[*+-]\s+)\[(?P<mark>[^\]\n]{0,5})\](?P<text>.*)$")
MODULE = re.compile(r"\((M\d+)\)")
COMMENT = re.compile(r"<!--.*?(-->|$)")
TICKS = frozenset("xX*✓✔✅")
START = re.compile(r"^#{1,4}\s*overall project checklist", re.IGNORECASE)
END = re.compile(r"^#{1,4}\s*(group information|question\s*\d)", re.IGNORECASE)


@dataclass(init=False, repr=False, eq=False)
class Item(Value):
    """One checklist line; `line` is 0-based, `mark_start`/`mark_end` the columns inside `[...]`."""

    line: int
    text: str
    module: str | None
    mark: str
    mark_start: int
    mark_end: int

    def __init__(
        self, line: int, text: str, module: str | None, mark: str, mark_start: int, mark_end: int
    ) -> None:
        self.__dict__.update(
            line=line, text=text, module=module, mark=mark, mark_start=mark_start, mark_end=mark_end
        )

    @property
    def ticked(self) -> bool:
        """`[x]`, `[X]`, `[*]`, `[(x)]`, `[ x]`... ticked; `[ ]` and `[-]` not."""
        return any(char in TICKS for char in self.mark)


def toggle(item: Item) -> Fix:
    """Tick an unticked item or untick a ticked one: a judgement, so never part of "fix all"."""
    span = Span.line(item.line, item.mark_start, item.mark_end)
    if item.ticked:
        return Fix("Untick this item", (TextEdit(span, " "),), mechanical=False)
    return Fix("Tick this item", (TextEdit(span, "x"),), mechanical=False)


def item_at(text: str, line: int) -> Item | None:
    return next((item for item in items(text) if item.line == line), None)


def items(text: str) -> list[Item]:
    """The checklist items between the checklist heading and the group information (or the first question)."""
    found: list[Item] = []
    inside = False
    for number, line in enumerate(text.splitlines()):
        if START.match(line):
            inside = True
            continue
        if not inside:
            continue
        if END.match(line):
            break
        match = ITEM.match(line)
        if match is None:
            continue
        body = COMMENT.sub("", match["text"]).strip()
        module = MODULE.search(body)
        start = match.end("lead") + 1
        found.append(
            Item(
                line=number,
                text=" ".join(body.split()),
                module=module.group(1) if module else None,
                mark=match["mark"],
                mark_start=start,
                mark_end=start + len(match["mark"]),
            )
        )
    return found


def normalised(text: str) -> str:
    """An item's words for matching against a template: lower case, no tag, no punctuation."""
    text = MODULE.sub(" ", text.lower())
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
