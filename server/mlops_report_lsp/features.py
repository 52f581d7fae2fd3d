"""Find what the rules look for in one part of the report: images, placeholders, TODOs and more.

Block structure (headings, code, tables) comes from markdown-it-py's line maps; inline items are
matched on the raw text so that their columns are exact.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from mlops_report_lsp.blockparse import full_parse
from mlops_report_lsp.exportblocks import export_blocks
from mlops_report_lsp.htmltags import EXPORT_TAG, hidden_where
from mlops_report_lsp.inline import code_spans, references
from mlops_report_lsp.model import (
    Block,
    Features,
    Heading,
    ImageKind,
    ImageRef,
    LinkRef,
    Match,
    Position,
    Span,
)
from mlops_report_lsp.text import line_starts
from mlops_report_lsp.values import Value

IMAGE_SUFFIX = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|heic|heif|avif|ico|eps)\Z", re.IGNORECASE
)
HTML_IMAGE = re.compile(
    r"<img\b[^>]{0,2000}?\bsrc\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+))[^>]*>",
    re.IGNORECASE,
)
HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
PLACEHOLDER = re.compile(
    r"(?<!-)-{2,}[ \t]*question[ \t]*\d*[ \t]*fill[ \t]*here[ \t]*-{2,}", re.IGNORECASE
)
# Filler text the January 2025 template held for a while in place of Question 31's placeholder.
SCRAMBLED_START = "fewafewubaofewnafioewnifowf"
SCRAMBLED_FILLER = re.compile(SCRAMBLED_START + r".*?(?=\n[ \t]*\n|\Z)", re.DOTALL)
# What `todos` looks for: these words, `#` then `CHECK`, and runs of 2+ underscores, each found
# with `str.find` (the regex `TODO|FIXME|XXX|#[ \t]*CHECK|___*` has no literal prefix, so the
# engine tries it at every character), then checked for word boundaries.
TODO_WORDS = ("TODO", "FIXME", "XXX")
CHECK_AFTER_HASH = re.compile(r"[ \t]*CHECK")
# `[x]` and `[ ]` are the only marks GitHub ticks; `[X ]`, `[(x)]`, `[✓]`, `[TODO]` are text (a link
# `[text](url)` is not a mark).
CHECKLIST_MARK = re.compile(r"^[ \t]*[*+-][ \t]+\[(?P<mark>[^\]\n]{1,6})\](?![(\[:])", re.MULTILINE)
STUDENT_ID = re.compile(r"(?<![A-Za-z0-9])[sS](?P<digits>\d{4,8})(?![0-9])")
DISABLE = re.compile(r"<!--\s*mlops-report-disable\s+(?P<rules>[\w, -]+?)\s*-->")
# A task-list item: its box is found first (a literal `[` the engine can skip ahead to), then the
# list marker before it on its line.
TASK_BOX = re.compile(r"\[[ xX*-]\]")
TASK_MARKER = re.compile(r"[ \t]*(?:[*+-]|\d+[.)])[ \t]+")


# A line that may start a heading, fence, indented code, HTML block, table, `1)` list or setext
# underline, also inside blockquotes and list items; or a `|` anywhere (see `_may_start_block`).
# A superset: a match only means "parse". Searched for after a line break, a literal the engine
# skips ahead to.
BLOCK_LINE = (
    r"(?:[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?=[ \t])))*"
    r"(?: {0,3}(?:#|`{3}|~{3}|<|[-=]+[ \t]*$|\d{1,9}\)(?:[ \t]|$))| {4}| {0,3}\t)"
)
BLOCK_LINE_HERE = re.compile(BLOCK_LINE, re.MULTILINE)
# The first character a match can start with, tested first: most lines start with a letter, and
# this fails them at once instead of trying the pattern (half the time of the search).
BLOCK_LINE_LATER = re.compile("\n(?=[ \t>*+\\-\\d#`~<=])" + BLOCK_LINE, re.MULTILINE)
# The line break before a list line, unless the line above it is empty (a list after a blank line
# is what most answers hold, and is skipped at C speed)
LIST_UNDER = re.compile(r"\n(?<!\n\n)(?= {0,3}(?:[*+-]|\d{1,9}\.)[ \t])")


def _may_start_block(text: str, after: int) -> bool:
    """Whether a line from offset `after` (a line start) on could start a block, or has a `|`."""
    if text.find("|", after) != -1:
        return True
    if (after == 0 or text[after - 1] == "\n") and BLOCK_LINE_HERE.match(text, after):
        return True
    return BLOCK_LINE_LATER.search(text, after) is not None


def _list_under_text(text: str, after: int) -> bool:
    """A list line right under a non-blank line: the official export runs it into the paragraph."""
    for match in LIST_UNDER.finditer(text, max(after - 1, 0)):
        above_end = match.start()
        if above_end > 0 and text[text.rfind("\n", 0, above_end) + 1 : above_end].strip():
            return True
    return False


class Locator:
    """Converts offsets in one part of the report to absolute positions."""

    def __init__(
        self, text: str, first_line: int, origin: int = 0, starts: Sequence[int] | None = None
    ) -> None:
        """`text` starts at offset `origin` of the text whose offsets are converted, on a line
        start there; `starts` are its line starts, when known."""
        self.starts = line_starts(text) if starts is None else starts
        self.first_line = first_line
        self.origin = origin

    def position(self, offset: int) -> Position:
        offset -= self.origin
        line = bisect.bisect_right(self.starts, offset) - 1
        return Position(self.first_line + line, offset - self.starts[line])

    def line_of(self, offset: int) -> tuple[int, int]:
        """The (absolute) line holding `offset`, and the offset where that line starts."""
        line = bisect.bisect_right(self.starts, offset - self.origin) - 1
        return self.first_line + line, self.origin + self.starts[line]

    def span(self, start: int, end: int) -> Span:
        return Span(self.position(start), self.position(end))


def parse_blocks(
    text: str,
    first_line: int,
    after: int = 0,
    tokenize: Callable[[str], list[Token]] = full_parse,
) -> tuple[list[Heading], list[Block], set[int]]:
    """Headings, fenced code and tables, and the set of (absolute) lines inside code.

    When nothing from offset `after` on could start such a block, markdown-it is skipped: plain
    paragraphs are most of a long answer, and block-parsing them costs more than all the rest.
    `tokenize` gives markdown-it's block tokens (a `BlockParser`'s, to parse only what changed).
    """
    if not may_have_blocks(text, after):
        return [], [], set()
    return blocks_of(tokenize(text), text, first_line)


def may_have_blocks(text: str, after: int) -> bool:
    """Whether the lines from offset `after` (a line start) on may hold a heading, code, a table
    or a list the export breaks; when not, parsing them finds none."""
    return _may_start_block(text, after) or _list_under_text(text, after)


def blocks_of(
    tokens: list[Token], text: str, first_line: int
) -> tuple[list[Heading], list[Block], set[int]]:
    """Headings, blocks and code lines of `text`, from its block tokens."""
    headings: list[Heading] = []
    blocks: list[Block] = []
    code_lines: set[int] = set()
    lines = text.split("\n")
    for index, token in enumerate(tokens):
        if token.map is None:
            continue
        start, end = token.map
        if token.type in ("fence", "code_block"):
            code_lines.update(range(first_line + start, first_line + end))
        elif token.type == "table_open":
            last = lines[end - 1] if end - 1 < len(lines) else ""
            blocks.append(
                Block("table", Span.of(first_line + start, 0, first_line + end - 1, len(last)))
            )
        elif token.type == "heading_open":
            content = tokens[index + 1].content if index + 1 < len(tokens) else ""
            line = lines[start]
            headings.append(
                Heading(
                    int(token.tag[1:]), content.strip(), Span.line(first_line + start, 0, len(line))
                )
            )
    blocks.extend(export_blocks(tokens, lines, first_line))
    return headings, blocks, code_lines


def _ranges(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether `offset` lies in one of `ranges`, which are sorted and do not overlap."""
    if not ranges:  # most answers hold no comment, and many no inline code
        return False
    index = bisect.bisect_right(ranges, (offset, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= offset < ranges[index][1]


def _matches(pattern: re.Pattern[str], text: str, where: Locator) -> tuple[Match, ...]:
    return tuple(Match(m.group(0), where.span(*m.span())) for m in pattern.finditer(text))


def _target(match: re.Match[str], group: str) -> tuple[str, int, int]:
    target = match.group(group)
    start, end = match.span(group)
    if target.startswith("<") and target.endswith(">"):
        return target[1:-1], start + 1, end - 1
    return target, start, end


@dataclass(init=False, repr=False, eq=False)
class Hidden(Value):
    """What hides an offset of an answer from the reader: HTML comments, inline code, code lines."""

    comments: list[tuple[int, int]]
    code: list[tuple[int, int]]
    code_lines: set[int]

    def __init__(
        self, comments: list[tuple[int, int]], code: list[tuple[int, int]], code_lines: set[int]
    ) -> None:
        self.__dict__.update(comments=comments, code=code, code_lines=code_lines)

    @staticmethod
    def of(text: str, code_lines: set[int]) -> Hidden:
        # "<" first: a search for one character runs about ten times faster than for several,
        # and most answers hold no `<` at all
        comments = _ranges(HTML_COMMENT, text) if "<" in text and "<!--" in text else []
        return Hidden(comments, code_spans(text), code_lines)

    def visible(self, offset: int, where: Locator) -> bool:
        return (
            not _inside(offset, self.comments)
            and not _inside(offset, self.code)
            and not (self.code_lines and where.position(offset).line in self.code_lines)
        )

    def outside_code(self, offset: int, line: int) -> bool:
        """Not in inline code nor on a code line (`line`, the one holding `offset`)."""
        return not _inside(offset, self.code) and line not in self.code_lines


Destinations = list[tuple[int, int]]
"""Where the `(...)` of each reference lies: a `<tag>` there is part of a link."""


def inline_references(
    text: str, where: Locator, hidden: Hidden, start: int = 0, end: int | None = None
) -> tuple[list[ImageRef], list[LinkRef], Destinations]:
    """Markdown images, links to image files and other links, outside code, found on the lines
    from offset `start` (a line start) to `end` (a line end)."""
    images: list[ImageRef] = []
    links: list[LinkRef] = []
    destinations: Destinations = []
    for reference in references(text, start, len(text) if end is None else end):
        destinations.append((reference.target_start - 1, reference.target_end + 1))
        line, column = where.line_of(reference.start)  # the reference lies on this line
        in_comment = _inside(reference.start, hidden.comments)
        seen = not in_comment and hidden.outside_code(reference.start, line)
        if not (seen or (in_comment and reference.image)):
            continue
        span = Span.line(line, reference.start - column, reference.end - column)
        target_span = Span.line(
            line, reference.target_start - column, reference.target_end - column
        )
        if reference.image:
            kind: ImageKind = "comment" if in_comment else "markdown"
            images.append(ImageRef(kind, reference.target, span, target_span))
        elif IMAGE_SUFFIX.search(reference.target):
            images.append(ImageRef("link", reference.target, span, target_span))
        else:
            links.append(LinkRef(reference.target, span, target_span))
    return images, links, destinations


def html_images(text: str, where: Locator, hidden: Hidden) -> list[ImageRef]:
    """`<img src=...>` tags outside code."""
    images = []
    for match in HTML_IMAGE.finditer(text) if "<" in text else ():
        if hidden.visible(match.start(), where):
            group = next(g for g in ("dq", "sq", "bare") if match.group(g) is not None)
            target, start, end = _target(match, group)
            images.append(
                ImageRef("html", target, where.span(*match.span()), where.span(start, end))
            )
    return images


def _tags(
    text: str, where: Locator, hidden: Hidden, destinations: Destinations
) -> tuple[Match, ...]:
    """Hidden `<tags>` outside code and outside link destinations."""
    return tuple(
        Match(match.group(0), where.span(*match.span()))
        for match in (EXPORT_TAG.finditer(text) if "<" in text else ())
        if hidden_where(match.group(0))
        and hidden.visible(match.start(), where)
        and not _inside(match.start(), destinations)
    )


def task_lines(
    text: str, where: Locator, code_lines: set[int], start: int = 0, end: int | None = None
) -> list[int]:
    """The (absolute) lines from offset `start` to `end` that are task-list items, outside code."""
    lines = []
    for match in TASK_BOX.finditer(text, start, len(text) if end is None else end):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not TASK_MARKER.fullmatch(text, line_start, match.start()):
            continue
        line = where.position(line_start).line
        if line not in code_lines:
            lines.append(line)
    return lines


def task_lists(lines: Sequence[int]) -> Iterator[Block]:
    """One block per run of consecutive task-list lines."""
    run: list[int] = []
    for line in lines:
        if run and line != run[-1] + 1:
            yield Block("tasklist", Span.of(run[0], 0, run[-1], 0))
            run = []
        run.append(line)
    if run:
        yield Block("tasklist", Span.of(run[0], 0, run[-1], 0))


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _find_all(text: str, word: str) -> Iterator[tuple[int, int]]:
    # its first character looked for first, as in `Hidden.of`: many answers hold no `X` or `_`
    at = text.find(word) if word[0] in text else -1
    while at != -1:
        yield at, at + len(word)
        at = text.find(word, at + len(word))


def _checks(text: str) -> Iterator[tuple[int, int]]:
    """`#[ \t]*CHECK`, as a left-to-right regex search finds it."""
    at = text.find("#")
    while at != -1:
        match = CHECK_AFTER_HASH.match(text, at + 1)
        if match is None:
            at = text.find("#", at + 1)
        else:
            yield at, match.end()
            at = text.find("#", match.end())


def _blanks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of two or more underscores."""
    at = text.find("__") if "_" in text else -1
    while at != -1:
        end = at + 2
        while text.startswith("_", end):
            end += 1
        yield at, end
        at = text.find("__", end)


def todo_candidates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each TODO, FIXME, XXX, `#[ \t]*CHECK` and run of 2+ underscores, in order.

    No two kinds share a character that could make them overlap, so this equals a left-to-right
    search for any of them."""
    found = [span for word in TODO_WORDS for span in _find_all(text, word)]
    found += _checks(text)
    found += _blanks(text)
    found.sort()
    return found


def todos(
    text: str, where: Locator, code_lines: set[int], first: int = 0, last: int | None = None
) -> Iterator[Match]:
    """TODO, FIXME and XXX as words, `# CHECK`, and `__` blanks outside code, on the lines from
    offset `first` (a line start) to `last` (a line end)."""
    for start, end in todo_candidates(text[first:last] if first or last is not None else text):
        start, end = start + first, end + first
        found = text[start:end]
        if found.startswith("#"):
            if _is_word(text, end):
                continue
        elif _is_word(text, start - 1) or _is_word(text, end):
            continue
        span = where.span(start, end)
        if found.startswith("_") and span.start.line in code_lines:
            continue
        yield Match(found, span)


def placeholders(
    text: str, where: Locator, start: int = 0, end: int | None = None
) -> tuple[Match, ...]:
    """`--- question N fill here ---` placeholders on the lines from offset `start` (a line start)
    to `end` (a line end). One lies within a line and holds `--`: only lines with one are searched
    (lowering a long answer to test for "fill" first cost more)."""
    end = len(text) if end is None else end
    found = []
    dashes = text.find("--", start, end)
    while dashes != -1:
        line_start = text.rfind("\n", start, dashes) + 1 or start
        line_end = text.find("\n", dashes, end)
        if line_end == -1:
            line_end = end
        found += [
            Match(m.group(0), where.span(*m.span()))
            for m in PLACEHOLDER.finditer(text, line_start, line_end)
        ]
        dashes = text.find("--", line_end, end)
    return tuple(found)


def fillers(text: str, where: Locator) -> tuple[Match, ...]:
    """The scrambled filler text, to the next blank line."""
    return _matches(SCRAMBLED_FILLER, text, where) if SCRAMBLED_START in text else ()


def extract(text: str, first_line: int, code_lines: set[int], preamble: bool = False) -> Features:
    """Features of `text`, whose first line is line `first_line` of the report.

    The checklist belongs to the preamble, everything else to the answers.
    """
    where = Locator(text, first_line)
    if preamble:
        return Features(
            checklist_marks=tuple(
                Match(m.group("mark"), where.span(m.start("mark"), m.end("mark")))
                for m in CHECKLIST_MARK.finditer(text)
                if m.group("mark") not in (" ", "x", "X")
                and where.position(m.start()).line not in code_lines
            ),
            blocks=tuple(task_lists(task_lines(text, where, code_lines))),
            disabled_rules=disable_comments(text, where),
        )
    return answer_parts(text, where, Hidden.of(text, code_lines)).features()


@dataclass(init=False, repr=False, eq=False)
class AnswerParts(Value):
    """An answer's features, what lies within lines apart from what may span several."""

    images: tuple[ImageRef, ...]
    """Markdown images and links to image files."""
    links: tuple[LinkRef, ...]
    tags: tuple[Match, ...]
    placeholders: tuple[Match, ...]
    todos: tuple[Match, ...]
    task_lines: tuple[int, ...]
    html: tuple[ImageRef, ...]
    """`<img>` tags (these and the rest may span lines)."""
    fillers: tuple[Match, ...]
    disabled_rules: tuple[Match, ...]

    def __init__(
        self,
        images: tuple[ImageRef, ...],
        links: tuple[LinkRef, ...],
        tags: tuple[Match, ...],
        placeholders: tuple[Match, ...],
        todos: tuple[Match, ...],
        task_lines: tuple[int, ...],
        html: tuple[ImageRef, ...],
        fillers: tuple[Match, ...],
        disabled_rules: tuple[Match, ...],
    ) -> None:
        self.__dict__.update(
            images=images,
            links=links,
            tags=tags,
            placeholders=placeholders,
            todos=todos,
            task_lines=task_lines,
            html=html,
            fillers=fillers,
            disabled_rules=disabled_rules,
        )

    def features(self) -> Features:
        return Features(
            images=self.images + self.html,
            links=self.links,
            tags=self.tags,
            placeholders=self.placeholders + self.fillers,
            todos=self.todos,
            blocks=tuple(task_lists(self.task_lines)),
            disabled_rules=self.disabled_rules,
        )


def answer_parts(text: str, where: Locator, hidden: Hidden) -> AnswerParts:
    """What the rules look for in an answer (its text from a line start on, where `where` says)."""
    images, links, destinations = inline_references(text, where, hidden)
    return AnswerParts(
        tuple(images),
        tuple(links),
        _tags(text, where, hidden, destinations),
        placeholders(text, where),
        tuple(todos(text, where, hidden.code_lines)),
        tuple(task_lines(text, where, hidden.code_lines)),
        *spanning(text, where.first_line, hidden, where),
    )


def spanning(
    text: str, first_line: int, hidden: Hidden, where: Locator | None = None
) -> tuple[tuple[ImageRef, ...], tuple[Match, ...], tuple[Match, ...]]:
    """`<img>` tags, the scrambled filler and disable comments: what may span lines (none can be
    without a `<` or the filler's start, tested first)."""
    if "<" not in text and SCRAMBLED_START not in text:
        return (), (), ()
    where = where or Locator(text, first_line)
    return (
        tuple(html_images(text, where, hidden)),
        fillers(text, where),
        disable_comments(text, where),
    )


def disable_comments(text: str, where: Locator) -> tuple[Match, ...]:
    if "mlops-report-disable" not in text:
        return ()
    return tuple(
        Match(m.group("rules"), where.span(*m.span("rules"))) for m in DISABLE.finditer(text)
    )
