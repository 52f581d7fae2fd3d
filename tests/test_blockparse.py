"""The incremental block parse (`blockparse.BlockParser`) equals markdown-it's full parse.

Random edits (characters, lines, and the text that opens, closes or interrupts blocks: fences,
HTML comments, list markers, table rows, indents, quotes, setext underlines, blank lines) are
applied one after another to real report sections and to small hand-written documents; after
each, the parser's tokens (every field: type, map, level, content, hidden...) and what the engine
derives from them (headings, blocks, code lines) must equal those of a full parse, and both
markdown-it's own parse with every block rule. One parser
also goes from one document to an unrelated one, as its base may be any earlier text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from mlops_report_lsp import blockparse
from mlops_report_lsp.blockparse import BlockParser, full_parse
from mlops_report_lsp.features import (
    BLOCK_LINE,
    BLOCK_LINE_LATER,
    blocks_of,
    may_have_blocks,
    parse_blocks,
)

ROOT = Path(__file__).parent
QUESTION = re.compile(r"^(?=### Question)", re.MULTILINE)
REFERENCE = MarkdownIt("commonmark").enable("table")
REFERENCE.core.ruler.disable(["inline"])


def _sections() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.md")) + sorted((ROOT / "corpus").glob("*.md"))
    sections: list[str] = []
    for path in files:
        sections += [s for s in QUESTION.split(path.read_text(encoding="utf-8")) if s.strip()]
    return sections


SECTIONS = _sections()
HANDWRITTEN = [
    "# Title\n\ntext\n\n- a\n- b\n\n  continued\n\nafter\n",
    "para\n- item\n1) one\n2) two\n\n```py\ncode\n```\n\n    indented\n\n| a | b |\n| - | - |\n| 1 | 2 |\n",
    "> quote\n> more\nlazy\n\n<!-- comment\n\nstill -->\n\n<div>\nhtml\n</div>\n\ntext\n===\n\n---\n",
    "- a\n\n  ```\n  in item\n\n  ```\n- b\n\n      code in item\n\n\tx\n\n[ref]: /url\n  'title'\n\nend",
    "1. one\n\n   two\n\n3. three\n\n~~~\nopen fence\n\n- not a list\n\n",
    "\n\n   \n# H\n\n\n\n- [x] task\n- [ ] task\n\t- tab item\n\n\t* tab\n",
    "> quote\n> ===\n\n- item\n  ---\n\n> - a\n>   b\n>   --\n",
    "We did\n  \t- one\n\n- ```\n  code\n",
    "1. # Deployment\n\n-     code\n\n- > # h\n\n- a\n\n  > ~~~\n",
]
SNIPPETS = [
    "```",
    "~~~",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "- ",
    "* ",
    "1) ",
    "2. ",
    "|",
    "| --- | --- |",
    "    ",
    "\t",
    "> ",
    "---",
    "===",
    "> ---",
    "  ==",
    "# ",
    "[a]: /u",
    "\n",
    "\n\n",
    "\n- a\n",
    "\n```\n",
    "\n    code\n",
    " ",
    "x",
    "word ",
    "\r",
    "\x00",
]


@st.composite
def _edit(draw: st.DrawFn, text: str) -> str:
    """`text` with one random span replaced by random text."""
    start = draw(st.integers(0, len(text)))
    end = min(len(text), start + draw(st.sampled_from([0, 0, 1, 2, 5, 30, 200])))
    pieces = draw(st.lists(st.sampled_from(SNIPPETS) | st.text(max_size=3), max_size=3))
    return text[:start] + "".join(pieces) + text[end:]


@st.composite
def _versions(draw: st.DrawFn) -> list[str]:
    """A document (a window of a real section or a small one) and its successive edits."""
    text = draw(st.sampled_from(HANDWRITTEN) | st.sampled_from(SECTIONS))
    if len(text) > 3000:
        start = draw(st.integers(0, len(text) - 3000))
        text = text[start : start + 3000]
    versions = [text]
    for _ in range(draw(st.integers(1, 12))):
        versions.append(draw(_edit(versions[-1])))
    return versions


@settings(max_examples=150, deadline=None)
@given(_versions(), st.sampled_from(HANDWRITTEN) | st.sampled_from(SECTIONS))
def test_incremental_parse_equals_full_parse(versions: list[str], unrelated: str) -> None:
    parser = BlockParser()
    parser.parse(unrelated)
    for text in versions:
        assert parser.parse(text) == full_parse(text) == REFERENCE.parse(text)
        if "\r" not in text:  # the engine's text never has one (`SourceText` turns them to \n)
            assert parse_blocks(text, 7, 0, parser.parse) == parse_blocks(text, 7)


@settings(max_examples=150, deadline=None)
@given(_versions())
@example(["1)"])  # an empty `1)` item: a list the export breaks
@example(["> 1)\n"])
def test_skipping_the_parse_loses_nothing(versions: list[str]) -> None:
    """Where `parse_blocks` skips markdown-it in a section, a parse would find no block under its
    heading."""
    for version in versions:
        text = "### Question 1\n" + version.replace("\r", "\n")  # as `SourceText` gives it
        after = text.find("\n") + 1
        if not may_have_blocks(text, after):
            headings, blocks, code_lines = blocks_of(full_parse(text), text, 0)
            assert not blocks and not code_lines
            assert all(heading.span.start.line == 0 for heading in headings)


def test_typing_reparses_only_around_the_edit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Typing in one paragraph of a long section parses that paragraph's neighbourhood again,
    not the whole section (what makes a keystroke cheap)."""
    text = "\n".join(f"- item {n}\n\nParagraph {n} with words.\n" for n in range(200))
    parser = BlockParser()
    parser.parse(text)
    parsed: list[str] = []

    def recording(piece: str) -> list[Token]:
        parsed.append(piece)
        return full_parse(piece)

    monkeypatch.setattr(blockparse, "full_parse", recording)
    at = text.index("Paragraph 100") + len("Paragraph 100")
    edited = text[:at] + "!" + text[at:]
    assert parser.parse(edited) == full_parse(edited)
    assert len(parsed) == 1 and "Paragraph 100!" in parsed[0] and len(parsed[0]) < 100


PARAGRAPH_LINES = ["Plain words here.", "More words, at length", "  indented next line", "Q: x"]
BLOCKS = [
    "```\nfenced",
    "```",
    "~~~py\n\n",
    "<!-- open",
    "still open -->",
    "<pre>\n\ntext",
    "</pre>",
    "- item\n- item\n  lazy",
    "1) one",
    "    indented code",
    "> quote\nlazy quote",
    "# Heading",
    "| a | b |\n| - | - |",
    "words\n===",
    "words\n---",
    "* star",
    "+ plus",
    "***",
    "___",
    "a | b\n:- | -:",
    "| a\n| -",
    "[ref]: /url",
    "Steps:\n- one\n- two\nlazy two\n- three",
    "Intro\n  more\n* x\n* y",
    "Mixed\n- a\n+ b",
    "Indented\n- a\n  b",
    "Wide\n-  a",
    "Empty\n-",
    "Task\n- [ ] a",
    "Then\n- a\n1. b",
    "- bare\n- list",
    "+ bare\nlazy",
    "\tx",
    " one space",
    "",
    "   ",
]


@st.composite
def _documents(draw: st.DrawFn) -> str:
    """Blocks joined by blank lines (or not): long runs of plain paragraphs, and what may open
    or close a block around them."""
    parts = []
    for _ in range(draw(st.integers(1, 14))):
        if draw(st.booleans()):
            lines = draw(st.lists(st.sampled_from(PARAGRAPH_LINES), min_size=1, max_size=9))
            if lines[0].startswith(" "):
                lines[0] = "Para" + lines[0]
            parts.append("\n".join(lines))
        else:
            parts.append(draw(st.sampled_from(BLOCKS)))
    separators = st.sampled_from(["\n\n", "\n\n", "\n \t\n\n", "\n"])
    text = parts[0]
    for part in parts[1:]:
        text += draw(separators) + part
    return text + draw(st.sampled_from(["", "\n", "\n\n", "\n  "]))


@settings(max_examples=500, deadline=None)
@given(_documents(), st.sampled_from([1, 2, blockparse.WORTH_A_CUT]))
def test_paragraphs_made_without_markdown_it_equal_its_parse(text: str, worth: int) -> None:
    """Plain paragraphs are made, not parsed (`blockparse._by_paragraphs`), where no fence,
    comment or other block is open before them: the tokens equal markdown-it's own parse, also
    when every run of them is cut off."""
    default = blockparse.WORTH_A_CUT
    blockparse.WORTH_A_CUT = worth
    try:
        assert full_parse(text) == REFERENCE.parse(text)
    finally:
        blockparse.WORTH_A_CUT = default


def test_plain_paragraphs_are_not_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long answer of plain paragraphs around lists is given to markdown-it only around the
    lists (what makes a large report's first analysis cheaper)."""
    paragraph = "\n".join(f"Line {n} of a paragraph." for n in range(4))
    text = "### Question 1\n\n" + "\n\n".join(
        f"{paragraph}\n\n{paragraph}\n\nSteps:\n- one\n- two" for _ in range(50)
    )
    parser = blockparse._parser(False, False)
    parsed: list[str] = []

    class Recording:
        def parse(self, piece: str) -> list[Token]:
            parsed.append(piece)
            return parser.parse(piece)

    monkeypatch.setattr(blockparse, "_parser", lambda *_: Recording())
    assert full_parse(text) == REFERENCE.parse(text)
    assert sum(len(piece) for piece in parsed) < len(text) / 3


@settings(max_examples=1000, deadline=None)
@given(_documents() | _versions().map("\n".join), st.integers(0, 50))
def test_the_block_line_search_equals_the_pattern_tried_at_every_line(text: str, at: int) -> None:
    """`BLOCK_LINE_LATER` tests a line's first character before its pattern: the same match."""
    plain = re.compile("\n" + BLOCK_LINE, re.MULTILINE)
    found, expected = BLOCK_LINE_LATER.search(text, at), plain.search(text, at)
    assert (found and found.span()) == (expected and expected.span())
