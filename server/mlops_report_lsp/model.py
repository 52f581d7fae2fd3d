"""Immutable data shared by the engine and its views; positions are 0-based code points, no LSP types."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal, TypeVar


@dataclass(frozen=True, order=True)
class Position:
    """A 0-based line and a 0-based column counted in code points of that line."""

    line: int
    character: int

    def shifted(self, lines: int) -> Position:
        return Position(self.line + lines, self.character)


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range between two positions."""

    start: Position
    end: Position

    @staticmethod
    def of(line: int, start: int, end_line: int, end: int) -> Span:
        return Span(Position(line, start), Position(end_line, end))

    @staticmethod
    def line(line: int, start: int, end: int) -> Span:
        return Span(Position(line, start), Position(line, end))

    def shifted(self, lines: int) -> Span:
        return Span(self.start.shifted(lines), self.end.shifted(lines))

    def contains(self, position: Position) -> bool:
        return self.start <= position <= self.end


class Severity(IntEnum):
    """Ordered like LSP's DiagnosticSeverity so that lower is more severe."""

    ERROR = 1
    WARNING = 2
    INFORMATION = 3
    HINT = 4

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class TextEdit:
    span: Span
    new_text: str


@dataclass(frozen=True)
class Fix:
    """A mechanical repair a client may apply as a quick fix."""

    title: str
    edits: tuple[TextEdit, ...]
    mechanical: bool = True
    """False for a judgement (ticking a checklist item): offered alone, never in "fix all"."""


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str
    span: Span
    question: int | None = None
    fix: Fix | None = None
    repeats: tuple[Finding, ...] = ()
    """On the first of a group of the same finding repeated elsewhere: the others (as hints)."""


ImageKind = Literal["markdown", "link", "html", "comment"]


@dataclass(frozen=True)
class ImageRef:
    """An image-like reference: a Markdown image, a link to an image file, an <img> tag, or a
    Markdown image inside an HTML comment."""

    kind: ImageKind
    target: str
    span: Span
    target_span: Span


@dataclass(frozen=True)
class LinkRef:
    """A `[text](target)` link whose target is not an image file."""

    target: str
    span: Span
    target_span: Span


@dataclass(frozen=True)
class Match:
    """A piece of text a rule cares about (a placeholder, a TODO, a study number...)."""

    text: str
    span: Span


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    span: Span


BlockKind = Literal[
    "fence",
    "fence-list",
    "fence-indented",
    "table",
    "tasklist",
    "list-no-blank",
    "list-paren",
    "list-tab",
]


@dataclass(frozen=True)
class Block:
    """A Markdown block the official HTML export mangles: fenced code (at the top level, inside a
    list item, or indented into an indented-code block), a table, a task list, a list without a
    blank line before it, a `1)`-numbered list, or a list line indented with a tab."""

    kind: BlockKind
    span: Span


@dataclass(frozen=True)
class LengthLine:
    """A prompt's "Answer length: A-B words" line."""

    words: tuple[int, int]
    span: Span


@dataclass(frozen=True)
class Features:
    """What the rules look for inside one part of the document, outside code where it matters."""

    images: tuple[ImageRef, ...] = ()
    links: tuple[LinkRef, ...] = ()
    tags: tuple[Match, ...] = ()
    """Angle-bracket words a renderer takes for HTML tags (and hides)."""
    placeholders: tuple[Match, ...] = ()
    todos: tuple[Match, ...] = ()
    checklist_marks: tuple[Match, ...] = ()
    blocks: tuple[Block, ...] = ()
    disabled_rules: tuple[Match, ...] = ()


@dataclass(frozen=True)
class Question:
    """One `### Question N` section, anchored on its heading."""

    number: int
    heading: Span
    section: Span
    prompt: Span | None
    length_line: LengthLine | None
    markers: tuple[Span, ...]
    body: Span
    features: Features = field(default_factory=Features)
    written_words: int = 0
    """Whitespace tokens in the whole answer as written, whatever the official split reads."""
    written_images: int = 0


@dataclass(frozen=True)
class Limits:
    words: tuple[int, int] | None = None
    images: tuple[int, int] | None = None


T = TypeVar("T")


def shift(value: T, lines: int) -> T:
    """A copy of a frozen model value with every position moved down by `lines`."""
    if lines == 0:
        return value
    if isinstance(value, (Span, Position)):
        return value.shifted(lines)  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(shift(item, lines) for item in value)  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {
            f.name: shift(getattr(value, f.name), lines) for f in dataclasses.fields(value)
        }
        return dataclasses.replace(value, **changes)
    return value
