"""Immutable data shared by the engine and its views; positions are 0-based code points, no LSP types.

The classes are dataclasses (`dataclasses.fields` and `replace` work on them) whose `__init__`,
equality, hash, order, repr and immutability are written out, once in `values.Value` and in each
class, instead of generated (see values.py). They behave as frozen dataclasses
(`tests/test_model.py` compares them with ones), though type checkers do not know they are
frozen. Their `__init__` fills the instance's `__dict__`, as `setattr` is refused.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Literal, TypeVar

from mlops_report_lsp.values import OrderedValue, Value


@dataclass(init=False, repr=False, eq=False)
class Position(OrderedValue):
    """A 0-based line and a 0-based column counted in code points of that line."""

    line: int
    character: int

    def __init__(self, line: int, character: int) -> None:
        # item by item: a third faster than `update`, and a large report makes tens of thousands
        fields = self.__dict__
        fields["line"] = line
        fields["character"] = character

    def shifted(self, lines: int) -> Position:
        return Position(self.line + lines, self.character)


@dataclass(init=False, repr=False, eq=False)
class Span(OrderedValue):
    """A half-open range between two positions."""

    start: Position
    end: Position

    def __init__(self, start: Position, end: Position) -> None:
        fields = self.__dict__  # item by item, as `Position` does
        fields["start"] = start
        fields["end"] = end

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


@dataclass(init=False, repr=False, eq=False)
class TextEdit(Value):
    """Replace the text of `span` with `new_text`."""

    span: Span
    new_text: str

    def __init__(self, span: Span, new_text: str) -> None:
        self.__dict__.update(span=span, new_text=new_text)


@dataclass(init=False, repr=False, eq=False)
class Fix(Value):
    """A mechanical repair a client may apply as a quick fix."""

    title: str
    edits: tuple[TextEdit, ...]
    mechanical: bool = True
    """False for a judgement (ticking a checklist item): offered alone, never in "fix all"."""

    def __init__(self, title: str, edits: tuple[TextEdit, ...], mechanical: bool = True) -> None:
        self.__dict__.update(title=title, edits=edits, mechanical=mechanical)


@dataclass(init=False, repr=False, eq=False)
class Finding(Value):
    """A rule's finding, with the severity configured for it."""

    code: str
    severity: Severity
    message: str
    span: Span
    question: int | None = None
    fix: Fix | None = None
    repeats: tuple[Finding, ...] = ()
    """On the first of a group of the same finding repeated elsewhere: the others (as hints)."""

    def __init__(
        self,
        code: str,
        severity: Severity,
        message: str,
        span: Span,
        question: int | None = None,
        fix: Fix | None = None,
        repeats: tuple[Finding, ...] = (),
    ) -> None:
        self.__dict__.update(
            code=code,
            severity=severity,
            message=message,
            span=span,
            question=question,
            fix=fix,
            repeats=repeats,
        )


ImageKind = Literal["markdown", "link", "html", "comment"]


@dataclass(init=False, repr=False, eq=False)
class ImageRef(Value):
    """An image-like reference: a Markdown image, a link to an image file, an <img> tag, or a
    Markdown image inside an HTML comment."""

    kind: ImageKind
    target: str
    span: Span
    target_span: Span

    def __init__(self, kind: ImageKind, target: str, span: Span, target_span: Span) -> None:
        self.__dict__.update(kind=kind, target=target, span=span, target_span=target_span)


@dataclass(init=False, repr=False, eq=False)
class LinkRef(Value):
    """A `[text](target)` link whose target is not an image file."""

    target: str
    span: Span
    target_span: Span

    def __init__(self, target: str, span: Span, target_span: Span) -> None:
        self.__dict__.update(target=target, span=span, target_span=target_span)


@dataclass(init=False, repr=False, eq=False)
class Match(Value):
    """A piece of text a rule cares about (a placeholder, a TODO, a study number...)."""

    text: str
    span: Span

    def __init__(self, text: str, span: Span) -> None:
        self.__dict__.update(text=text, span=span)


@dataclass(init=False, repr=False, eq=False)
class Heading(Value):
    """A Markdown heading: its level (1 for `#`) and text."""

    level: int
    text: str
    span: Span

    def __init__(self, level: int, text: str, span: Span) -> None:
        self.__dict__.update(level=level, text=text, span=span)


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


@dataclass(init=False, repr=False, eq=False)
class Block(Value):
    """A Markdown block the official HTML export mangles: fenced code (at the top level, inside a
    list item, or indented into an indented-code block), a table, a task list, a list without a
    blank line before it, a `1)`-numbered list, or a list line indented with a tab."""

    kind: BlockKind
    span: Span

    def __init__(self, kind: BlockKind, span: Span) -> None:
        self.__dict__.update(kind=kind, span=span)


@dataclass(init=False, repr=False, eq=False)
class LengthLine(Value):
    """A prompt's "Answer length: A-B words" line."""

    words: tuple[int, int]
    span: Span

    def __init__(self, words: tuple[int, int], span: Span) -> None:
        self.__dict__.update(words=words, span=span)


@dataclass(init=False, repr=False, eq=False)
class Features(Value):
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

    def __init__(
        self,
        images: tuple[ImageRef, ...] = (),
        links: tuple[LinkRef, ...] = (),
        tags: tuple[Match, ...] = (),
        placeholders: tuple[Match, ...] = (),
        todos: tuple[Match, ...] = (),
        checklist_marks: tuple[Match, ...] = (),
        blocks: tuple[Block, ...] = (),
        disabled_rules: tuple[Match, ...] = (),
    ) -> None:
        self.__dict__.update(
            images=images,
            links=links,
            tags=tags,
            placeholders=placeholders,
            todos=todos,
            checklist_marks=checklist_marks,
            blocks=blocks,
            disabled_rules=disabled_rules,
        )


NO_FEATURES = Features()


@dataclass(init=False, repr=False, eq=False)
class Question(Value):
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

    def __init__(
        self,
        number: int,
        heading: Span,
        section: Span,
        prompt: Span | None,
        length_line: LengthLine | None,
        markers: tuple[Span, ...],
        body: Span,
        features: Features = NO_FEATURES,
        written_words: int = 0,
        written_images: int = 0,
    ) -> None:
        self.__dict__.update(
            number=number,
            heading=heading,
            section=section,
            prompt=prompt,
            length_line=length_line,
            markers=markers,
            body=body,
            features=features,
            written_words=written_words,
            written_images=written_images,
        )


@dataclass(init=False, repr=False, eq=False)
class Limits(Value):
    """A question's word and image limits (lowest, highest), where it has any."""

    words: tuple[int, int] | None = None
    images: tuple[int, int] | None = None

    def __init__(
        self, words: tuple[int, int] | None = None, images: tuple[int, int] | None = None
    ) -> None:
        self.__dict__.update(words=words, images=images)


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
