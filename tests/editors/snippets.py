"""The fenced blocks of a Markdown document, each with the marker comment just above it.

`<!-- snippet: NAME -->` marks a block that a test runs; `<!-- untested: REASON -->` one that cannot
be run here. Tests take their editor configuration from the docs through `snippet`, so a doc edit is
what gets tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
EDITORS = ROOT / "docs" / "editors.md"
README = ROOT / "README.md"
FENCE = re.compile(
    r"(?:<!-- (?P<kind>snippet|untested): (?P<label>[^>]+?) -->\n)?"
    r"^(?P<indent>[ ]*)```(?P<language>\S*)\n(?P<body>.*?)^(?P=indent)```$",
    re.M | re.S,
)


@dataclass(frozen=True)
class Block:
    kind: str | None
    label: str | None
    language: str
    body: str
    line: int


def blocks(document: Path) -> list[Block]:
    text = document.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        indent = match["indent"]
        body = "".join(
            line.removeprefix(indent) for line in match["body"].splitlines(keepends=True)
        )
        found.append(
            Block(
                match["kind"],
                match["label"],
                match["language"],
                body,
                text.count("\n", 0, match.start("indent")) + 1,
            )
        )
    return found


def snippet(document: Path, name: str) -> str:
    """The body of the one block marked `<!-- snippet: name -->`."""
    named = [b.body for b in blocks(document) if b.kind == "snippet" and b.label == name]
    assert len(named) == 1, f"{document.name} must have exactly one block marked snippet: {name}"
    return named[0]
