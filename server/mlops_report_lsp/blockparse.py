"""markdown-it's block tokens of a section, re-parsed only around an edit.

A keystroke changes a line of a section of hundreds, and block-parsing the whole section again
costs more than the rest of the analysis. markdown-it's block parser reads a document top-level
block by top-level block (a "step"), and a step at line L reads nothing before L: its tokens
depend on the lines from L on (the one state a step leaves to the next, the parent type a
paragraph leaves set, is read only by rules asked whether a line interrupts a block, and whoever
asks sets it first). A step that is followed by
a blank line and then the next step at line X reads no line after X: paragraphs, tables, setext
headings, blockquotes, reference definitions and HTML blocks of kinds 6 and 7 stop at the blank
line; a fence or an HTML block of kinds 1 to 5 (a comment) stopped at its closing line (one that
does not close runs to the end, and no step follows it); a list, indented code and the blocks
inside a list item decide on line X alone that X does not continue them (the rules they ask
whether X interrupts them, fence, blockquote and hr, look at X only in that mode).

So, against the previous parse of any text (the base):
- the steps before s are kept, s being a step start after a blank line before the first changed
  line (or the first line);
- the new lines from s up to and including E are parsed on their own, E being a step start after
  a blank line in the unchanged end. If that parse starts a step at E, every step from E on is
  the old one, moved by the lines the edit added; if not, all the lines from s on are parsed.

Which base is used only decides how much is parsed again, never the result: the texts are
compared, and lines that differ are always parsed again.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from markdown_it import MarkdownIt
from markdown_it.common.utils import mdTrim
from markdown_it.token import Token

from mlops_report_lsp.text import SAME_END, common_prefix, common_suffix

# A line that may underline a setext heading (`===`, `---`), inside quotes and list items too
UNDERLINE = re.compile(r"^[ \t>]*(?:=+|-+)[ \t]*$", re.MULTILINE)


# A paragraph line that can be nothing else, even after a blank line: it starts with no white
# space and with no character that may start or interrupt a block (heading, fence, HTML, quote,
# list, rule, setext underline, reference definition, table), and holds no `|`; the lines under
# it may be indented (a paragraph's next lines can be, and none of those starts a block).
PLAIN_START = r"[^\s#`~<>*+\-_=|\[\d][^|\n]*"
PLAIN_NEXT = r"\n[ \t]*" + PLAIN_START
# A bullet list right under such a paragraph, tight, its items one paragraph each: a marker, one
# space and a plain line, then plain lines (lazy continuations, not indented), with the same
# marker throughout (another one starts another list).
ITEMS = rf"\n([-*+]) {PLAIN_START}(?:\n{PLAIN_START})*(?:\n\2 {PLAIN_START}(?:\n{PLAIN_START})*)*"
# Plain lines after a blank line (and such a list under them), up to a blank line or the end: one
# top-level paragraph (and list), when no block that spans blank lines (a fence, an HTML comment)
# is open there.
PARAGRAPH = re.compile(
    rf"\n[ \t]*\n({PLAIN_START}(?:{PLAIN_NEXT})*(?:{ITEMS})?)(?=\n[ \t]*(?:\n|\Z)|\Z)"
)
WORTH_A_CUT = 8
"""Lines of paragraphs in a row it takes to cut the text before them off and parse it alone
(a parse of its own costs about as much as that many lines of paragraphs)."""


@cache
def _parser(underlines: bool, normalize: bool) -> MarkdownIt:
    parser = MarkdownIt("commonmark").enable("table")
    parser.core.ruler.disable(["inline"] if normalize else ["normalize", "inline"])
    if not underlines:
        parser.block.ruler.disable(["lheading"])
    return parser


def full_parse(text: str) -> list[Token]:
    """The block tokens of `text` (no inline parse).

    The setext-heading rule is tried before every paragraph and reads all its lines, as the
    paragraph rule then does again; in a text with no line it could accept as an underline it
    can only fail (its one trace, the parent type it leaves set, is read only after being set
    again), so it is left out there: about a sixth less work. Normalising turns `\r` into line
    breaks and NUL into U+FFFD; without either, it would only copy the text.

    Plain paragraphs (most of a long answer) are not given to markdown-it: see `_by_paragraphs`.
    """
    normalize = "\r" in text or "\0" in text
    parser = _parser(normalize or UNDERLINE.search(text) is not None, normalize)
    if normalize:  # line breaks `split("\n")` does not see: parsed whole
        return parser.parse(text)
    return _by_paragraphs(parser, text)


def _by_paragraphs(parser: MarkdownIt, text: str) -> list[Token]:
    """`parser.parse(text)`, with runs of plain paragraphs after a blank line (`PARAGRAPH`, a
    tight list of plain items under some of them) made here instead of parsed.

    A step of markdown-it's block parser reads nothing before its first line, and one followed by
    a blank line and a next step reads no line after that step's first line (see the module's
    docstring). So the text before a run, with the run's first line, is parsed on its own: where
    that parse starts a step at the run's first line (no fence or comment is open there), its
    steps before it are the whole text's, the run's first line starts one, and that step can
    only be a paragraph that ends at the blank line after it (or at the list under it, which
    ends at the next paragraph's first line: at the margin, and no list item); the next line that
    is not blank starts a step again. Where the parse does not start a step there, the text
    before is parsed again with the next run, until the parses wasted add up to the text's
    length: then the rest is parsed whole (so at most twice the work).
    """
    tokens: list[Token] = []
    begin = line = 0  # where the text not yet parsed starts, and its line
    wasted = 0
    for run in _runs(text):
        start, end, _ = run[0]
        first_end = text.find("\n", start, end)
        piece = text[begin : end if first_end == -1 else first_end]
        parsed = parser.parse(piece)
        at = piece.count("\n")
        opening = parsed[-3] if len(parsed) >= 3 else None
        if (
            opening is None
            or opening.type != "paragraph_open"
            or opening.level
            or opening.map != [at, at + 1]
        ):
            wasted += len(piece)
            if wasted > len(text):
                break
            continue
        tokens += _shifted(parsed[:-3], line)
        firsts = [line + at]  # each paragraph's first line
        for (previous, _, _), (start, _, _) in pairwise(run):
            firsts.append(firsts[-1] + text.count("\n", previous, start))
        for (start, end, listed), first, after in zip(run, firsts, [*firsts[1:], 0], strict=True):
            if listed:  # not the last: the next paragraph's first line ends the list
                tokens += _listed(text[start:end], first, after)
            else:
                lines = text.count("\n", start, end) + 1
                tokens += _paragraph(text[start:end], first, first + lines)
        begin, line = run[-1][1] + 1, firsts[-1] + text.count("\n", run[-1][0], run[-1][1]) + 1
    if begin < len(text):
        tokens += _shifted(parser.parse(text[begin:]), line)
    return tokens


def _runs(text: str) -> list[list[tuple[int, int, bool]]]:
    """Plain paragraphs (`PARAGRAPH`), (start, end, whether a list ends it) each, in runs with
    only blank lines between them, that end with a paragraph without a list (the first line
    after a list must be known not to continue it), the runs of at least `WORTH_A_CUT` lines."""
    runs: list[list[tuple[int, int, bool]]] = []
    run: list[tuple[int, int, bool]] = []
    for match in PARAGRAPH.finditer(text):
        start, end = match.span(1)
        if run and text[run[-1][1] : start].strip(" \t\n"):
            _close(run, text, runs)
            run = []
        run.append((start, end, match.start(2) != -1))
    _close(run, text, runs)
    return runs


def _close(
    run: list[tuple[int, int, bool]], text: str, runs: list[list[tuple[int, int, bool]]]
) -> None:
    """Add `run` to `runs`, without the paragraphs with lists at its end, if it is long enough."""
    while run and run[-1][2]:
        run.pop()
    if run and text.count("\n", run[0][0], run[-1][1]) + 1 >= WORTH_A_CUT:
        runs.append(run)


def _listed(text: str, first: int, next_step: int) -> list[Token]:
    """The tokens of a paragraph (lines from `first` on) interrupted by a tight bullet list whose
    items are one paragraph each (`ITEMS`), the next step starting at line `next_step`: the last
    item and the list run to it, the blank lines before it included, as markdown-it maps them."""
    lines = text.split("\n")
    items = [index for index, line in enumerate(lines) if line[0] in "-*+"]
    offsets = [0]
    for line_text in lines:
        offsets.append(offsets[-1] + len(line_text) + 1)
    tokens = _paragraph(text[: offsets[items[0]] - 1], first, first + items[0])
    marker = lines[items[0]][0]
    tokens.append(
        Token(
            "bullet_list_open",
            "ul",
            1,
            map=[first + items[0], next_step],
            markup=marker,
            block=True,
        )
    )
    for index, item in enumerate(items):
        last = items[index + 1] if index + 1 < len(items) else len(lines)
        ends = first + items[index + 1] if index + 1 < len(items) else next_step
        tokens.append(
            Token(
                "list_item_open",
                "li",
                1,
                map=[first + item, ends],
                level=1,
                markup=marker,
                block=True,
            )
        )
        content = text[offsets[item] + 2 : offsets[last] - 1]
        for token in _paragraph(content, first + item, first + last):
            token.level += 2
            token.hidden = token.type != "inline"
            tokens.append(token)
        tokens.append(Token("list_item_close", "li", -1, level=1, markup=marker, block=True))
    tokens.append(Token("bullet_list_close", "ul", -1, markup=marker, block=True))
    return tokens


def _paragraph(text: str, first: int, end: int) -> list[Token]:
    """The tokens markdown-it's paragraph rule makes for top-level lines `first` to `end`."""
    opening = Token("paragraph_open", "p", 1, map=[first, end], block=True)
    inline = Token(
        "inline", "", 0, map=[first, end], level=1, children=[], content=mdTrim(text), block=True
    )
    return [opening, inline, Token("paragraph_close", "p", -1, block=True)]


def _blank(line: str) -> bool:
    """Blank as markdown-it sees it: spaces and tabs only."""
    return not line.strip(" \t")


@dataclass
class _Parsed:
    text: str
    tokens: list[Token]
    lines: list[int]
    """First line of each step, in order."""
    indexes: list[int]
    """Index in `tokens` of each step's first token."""
    after_blank: list[bool]
    """Whether the line before each step is blank."""

    def head(self, steps: int, text: str) -> _Parsed:
        """The first `steps` steps, to be continued for `text`."""
        tokens = self.indexes[steps] if steps < len(self.indexes) else len(self.tokens)
        return _Parsed(
            text,
            self.tokens[:tokens],
            self.lines[:steps],
            self.indexes[:steps],
            self.after_blank[:steps],
        )

    def extend(self, tokens: list[Token], lines: list[str], first: int, after_blank: bool) -> None:
        """Append `tokens`, parsed from `lines` (line `first` on, which follows a blank line or
        not), moving their line maps there."""
        base = len(self.tokens)
        for index, token in enumerate(_shifted(tokens, first)):
            if token.level == 0 and token.nesting >= 0 and token.map is not None:
                line = token.map[0]
                self.lines.append(line)
                self.indexes.append(base + index)
                self.after_blank.append(
                    after_blank if line == first else _blank(lines[line - first - 1])
                )
        self.tokens += tokens

    def append(self, other: _Parsed, first: int, last: int, lines: int) -> None:
        """Append the steps `first` to `last` (excluded) of `other`, moved down by `lines`."""
        start = other.indexes[first] if first < len(other.indexes) else len(other.tokens)
        end = other.indexes[last] if last < len(other.indexes) else len(other.tokens)
        moved = len(self.tokens) - start
        self.tokens += _shifted(other.tokens[start:end], lines)
        steps = slice(first, last)
        self.lines += [line + lines for line in other.lines[steps]] if lines else other.lines[steps]
        self.indexes += (
            [index + moved for index in other.indexes[steps]] if moved else other.indexes[steps]
        )
        self.after_blank += other.after_blank[steps]


def _line_start(text: str, offset: int, lines_up: int) -> int:
    """Start of the line `lines_up` lines above the one holding `offset`."""
    start = text.rfind("\n", 0, offset) + 1
    for _ in range(lines_up):
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def _line_end(text: str, offset: int, lines_down: int) -> int:
    """End (before its line break) of the line `lines_down` lines below the one holding `offset`."""
    end = text.find("\n", offset)
    for _ in range(lines_down):
        end = text.find("\n", end + 1)
    return len(text) if end == -1 else end


def _shifted(tokens: list[Token], lines: int) -> list[Token]:
    """`tokens` with their line maps moved down by `lines` (in place: they are no one else's)."""
    if lines:
        for token in tokens:
            if token.map is not None:
                token.map = [token.map[0] + lines, token.map[1] + lines]
    return tokens


class BlockParser:
    """Block tokens of the texts it is given, each parsed again only where it differs from the
    text parsed before it."""

    def __init__(self) -> None:
        self._base: _Parsed | None = None
        self._whole: tuple[str, list[Token]] | None = None
        """A text parsed whole, and its tokens: its steps are found only if an edit of it comes
        (a report's first analysis parses every section whole, and edits only one)."""

    def parse(self, text: str) -> list[Token]:
        """The block tokens of `text`, equal to `full_parse(text)`; read them before the next
        parse, which may move their line maps."""
        whole, base = self._whole, self._base
        self._base, self._whole = None, None  # the base's tokens may be moved below
        last = whole[0] if whole is not None else base.text if base is not None else ""
        if not _related(last, text):  # another section: nothing to reuse
            base = None
        elif whole is not None:  # its steps are found only for an edit of it
            base = _stepped(*whole)
        if "\r" in text:  # markdown-it reads one as a line break, `split("\n")` does not
            return full_parse(text)
        if base is None:
            tokens = full_parse(text)
            self._whole = (text, tokens)
            return tokens
        self._base = base if base.text == text else _reparse(base, text)
        return self._base.tokens


def _related(old: str, new: str) -> bool:
    """Whether `new` may be an edit of `old`: they share their first or last characters (two
    sections do not; an edit of a section keeps one of its ends)."""
    return new[:SAME_END] == old[:SAME_END] or new[-SAME_END:] == old[-SAME_END:]


def _stepped(text: str, tokens: list[Token]) -> _Parsed:
    """The parse of a text parsed whole, its steps found."""
    parsed = _Parsed(text, [], [], [], [])
    parsed.extend(tokens, text.split("\n"), 0, False)
    return parsed


def _reparse(base: _Parsed, text: str) -> _Parsed:
    """The parse of `text`, made from the parse of another text: only the lines that changed, and
    the steps they can reach, are parsed again."""
    old = base.text
    prefix = common_prefix(old, text)
    suffix = common_suffix(old, text, min(len(old), len(text)) - prefix)
    first_changed = old.count("\n", 0, prefix)
    changed_old = old.count("\n", prefix, len(old) - suffix)
    added = text.count("\n", prefix, len(text) - suffix) - changed_old

    # restart at the last step after a blank line before the first changed line, else at line 0
    start = bisect.bisect_left(base.lines, first_changed) - 1
    while start >= 0 and not base.after_blank[start]:
        start -= 1
    restart = base.lines[start] if start >= 0 else 0
    begin = _line_start(text, prefix, first_changed - restart) if start >= 0 else 0
    parsed = base.head(max(start, 0), text)

    # stop at the first step after a blank line that lies, with the line break before it, in
    # the common end (`unchanged` is the first line that does), if a parse from the restart
    # starts a step there too
    unchanged = first_changed + changed_old + 1
    stop = bisect.bisect_left(base.lines, unchanged + 1)
    while stop < len(base.lines) and not base.after_blank[stop]:
        stop += 1
    if stop < len(base.lines):
        stop_line = base.lines[stop] + added
        end = _line_end(text, len(text) - suffix, stop_line - (unchanged - 1 + added))
        piece = text[begin:end]
        middle = _Parsed(piece, [], [], [], [])
        middle.extend(full_parse(piece), piece.split("\n"), restart, start >= 0)
        if middle.lines and middle.lines[-1] == stop_line:
            parsed.append(middle, 0, len(middle.lines) - 1, 0)
            parsed.append(base, stop, len(base.lines), added)
            return parsed
    tail = text[begin:]
    parsed.extend(full_parse(tail), tail.split("\n"), restart, start >= 0)
    return parsed
