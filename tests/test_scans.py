"""Scans that visit only the lines holding what they look for equal a line-by-line reading."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from mlops_report_lsp.counting import _words, count_images
from mlops_report_lsp.features import PLACEHOLDER, Locator, placeholders, todo_candidates
from mlops_report_lsp.inline import SPACE, Reference, _backtick_runs, _line_references, references
from mlops_report_lsp.parse import _Lines
from mlops_report_lsp.text import line_starts

from official_oracle import IMAGE_REGEX

TEXT = st.lists(
    st.sampled_from(["![", "](", ")", "[", "]", "(", "\n", "a", " ", "<", ">", "!", "x y", "é"]),
    max_size=40,
).map("".join)


def _every_line(text: str) -> list[Reference]:
    found = []
    start = 0
    for line in text.split("\n"):
        found.extend(_line_references(text, start, start + len(line)))
        start += len(line) + 1
    return found


@settings(max_examples=2000)
@given(TEXT)
def test_image_count_equals_the_official_regex(text: str) -> None:
    assert count_images(text) == len(re.findall(IMAGE_REGEX, text))


@settings(max_examples=2000)
@given(TEXT)
def test_references_equal_a_scan_of_every_line(text: str) -> None:
    assert list(references(text)) == _every_line(text)


def test_the_space_pattern_is_str_isspace() -> None:
    """A link's destination ends at the first character `str.isspace` calls white space."""
    every = map(chr, range(sys.maxunicode + 1))
    assert [c for c in every if (SPACE.match(c) is not None) != c.isspace()] == []


MARKS = st.lists(
    st.sampled_from(
        [
            "`",
            "``",
            "TODO",
            "TOD",
            "FIXME",
            "XX",
            "X",
            "#",
            " ",
            "\t",
            "CHECK",
            "_",
            "__",
            "\n",
            "a",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=2000)
@given(MARKS)
def test_backtick_runs_equal_a_regex_search(text: str) -> None:
    assert _backtick_runs(text) == [(m.start(), len(m.group())) for m in re.finditer("`+", text)]


@settings(max_examples=2000)
@given(MARKS)
def test_todo_candidates_equal_a_regex_search(text: str) -> None:
    pattern = re.compile(r"TODO|FIXME|XXX|#[ \t]*CHECK|___*")
    assert todo_candidates(text) == [m.span() for m in pattern.finditer(text)]


SPACED = st.text(
    st.characters(max_codepoint=0xFF)
    | st.sampled_from(" \t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000\u0100\U0001f642")
)


@settings(max_examples=2000)
@given(SPACED)
def test_word_count_equals_str_split(text: str) -> None:
    assert _words(text) == len(text.split())


DASHED = st.lists(
    st.sampled_from(["--", "-", "---", " ", "\t", "question", "Question 3", "fill", "FiLL", "here"])
    | st.sampled_from(["\n", "x", "5"]),
    max_size=30,
).map("".join)


@settings(max_examples=2000)
@given(DASHED)
def test_placeholders_found_on_lines_with_dashes_equal_a_regex_search(text: str) -> None:
    where = Locator(text, 3)
    found = [(m.text, m.span) for m in placeholders(text, where)]
    assert found == [(m.group(0), where.span(*m.span())) for m in PLACEHOLDER.finditer(text)]


@settings(max_examples=1000)
@given(st.text("a \n"), st.integers(0, 12), st.integers(0, 12))
def test_section_lines_equal_a_split(text: str, first: int, last: int) -> None:
    lines = text.split("\n")
    if lines[-1] == "" and len(lines) > 1:
        lines.pop()
    view = _Lines(text, line_starts(text))
    assert [view[index] for index in range(len(view))] == lines
    last = min(last, len(lines))
    assert view.join(first, last) == "\n".join(lines[first:last])
