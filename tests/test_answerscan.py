"""Rescanning only the edited lines of an answer (words, images, features) equals a full scan."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mlops_report_lsp.answerscan import AnswerScanner
from mlops_report_lsp.counting import _images, _Recount, _words
from mlops_report_lsp.features import extract, parse_blocks
from mlops_report_lsp.text import changed_lines, common_prefix, common_suffix

from official_oracle import IMAGE_REGEX

PIECES = [
    "word ",
    "a",
    " ",
    "\n",
    "\n\n",
    "![x](fig.png)",
    "[l](https://x.org)",
    "[f](a.jpg)",
    "](",
    "![",
    ")",
    "`",
    "``",
    "<!--",
    "-->",
    "<img src='i.png'>",
    "<cloud-url>",
    "TODO",
    "__",
    "# CHECK",
    "- [ ] ",
    "- [x] ",
    "--- question 3 fill here ---",
    "fewafewubaofewnafioewnifowf",
    "<!-- mlops-report-disable image-missing -->",
    "    ",
    "```\n",
    "\t",
    "\u00a0",
    "\u2028",
    "\u00e9",
]
# Plain text weighs more: where the edited lines hold no `<`, `>` or backtick, lines are reused.
PLAIN = ["word ", "words\n", "\n"] * 6
TEXT = st.lists(st.sampled_from(PIECES + PLAIN), max_size=80).map("".join)
EDITS = st.lists(
    st.tuples(
        st.floats(0, 1), st.integers(0, 12), st.lists(st.sampled_from(PIECES + PLAIN), max_size=3)
    ),
    min_size=1,
    max_size=8,
)


def versions(text: str, edits: list[tuple[float, int, list[str]]]) -> list[str]:
    """The text after each edit (a slice replaced), typing-like: small changes in one place."""
    found = [text]
    for where, removed, inserted in edits:
        at = int(where * len(text))
        text = text[:at] + "".join(inserted) + text[at + removed :]
        found.append(text)
    return found


@settings(max_examples=400)
@given(TEXT, EDITS, st.integers(0, 3))
def test_a_rescanned_answer_equals_a_full_scan(
    text: str, edits: list[tuple[float, int, list[str]]], first_line: int
) -> None:
    scanner = AnswerScanner()
    for version in versions(text, edits):
        code_lines = parse_blocks(version, first_line)[2]
        assert scanner.features(version, first_line, code_lines) == extract(
            version, first_line, code_lines
        )


@settings(max_examples=400)
@given(TEXT, EDITS)
def test_recounted_words_and_images_equal_a_full_count(
    text: str, edits: list[tuple[float, int, list[str]]]
) -> None:
    words, images = _Recount(_words), _Recount(_images)
    for version in versions(text, edits):
        assert words(version) == len(version.split())
        assert images(version) == len(re.findall(IMAGE_REGEX, version))


@settings(max_examples=2000)
@given(st.text("ab\n"), st.text("ab\n"))
def test_common_ends_and_changed_lines_equal_a_walk_over_the_characters(a: str, b: str) -> None:
    prefix = next(
        (n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    limit = min(len(a), len(b)) - prefix
    suffix = next((n for n in range(limit) if a[-1 - n] != b[-1 - n]), limit)
    assert (common_prefix(a, b), common_suffix(a, b, limit)) == (prefix, suffix)
    start, old_end, new_end = changed_lines(a, b)
    assert a[:start] == b[:start] and a[old_end:] == b[new_end:]
    assert start == 0 or a[start - 1] == "\n"
    assert a[old_end : new_end + len(a) - len(b)][:1] in ("", "\n")
