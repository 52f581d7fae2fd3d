"""Property-based tests of the engine on random reports built from real report fragments.

Properties:
- `Analyzer.analyze` never raises, whatever the text (NUL, lone surrogates, CR, BOM, huge lines...).
- Every range the engine produces (findings, their fixes, every question part) lies inside the
  document: line < number of lines, character <= length of that line, start <= end.
- Whenever the official algorithm (the independent oracle in `official_oracle.py`) runs, the engine
  says it runs and every question's words and images equal the oracle's; whenever it raises, the
  engine says it does not run.
- One `Analyzer` fed a sequence of edited versions (its section cache in use) gives exactly what a
  fresh `Analyzer` gives for each version.

The default run checks a few hundred documents; `pytest -m slow` checks 10,000.
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from mlops_report_lsp.analysis import Analysis, Analyzer
from mlops_report_lsp.config import Config
from mlops_report_lsp.model import Span

import official_oracle

if TYPE_CHECKING:
    from mlops_report_lsp.lsp.documents import Document

settings.register_profile(
    "default",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "slow",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Counters for docs/robustness.md; printed at the end of a run with `-s`.
STATS: dict[str, int] = {"documents": 0, "oracle_runs": 0, "oracle_raises": 0, "spans": 0}

T = TypeVar("T")

# --- fragments -------------------------------------------------------------------------------

TOKENS = [
    "word",
    "MLOps",
    "model",
    "the",
    "DVC",
    "Docker",
    "æøå",
    "ÆØÅ",
    "Ærøskøbing",
    "naïve",
    "🚀",
    "👩‍💻",
    "🇩🇰",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "s214591",
    "s21459",
    "TODO",
    "FIXME",
    "__",
    "[*]",
    "[-]",
    "[x]",
    "Answer:",
    "answer:",
    "#",
    "##",
    "###",
    "####",
    "`code`",
    "**bold**",
    "_it_",
    "https://example.com/a.png",
    "<br>",
    "<!--",
    "-->",
    "![",
    "](",
    ")",
    "[",
    "]",
    "!",
    "AsbjÃ¸rn",
    "\x00",
    "\ud83d",
    "\udc00",
    "\u2028",
    "\x85",
    "\x0b",
    "\x0c",
    "\x1c",
    "\u00a0",
    "\u200b",
    "\t",
    "--- question 3 fill here ---",
    "---",
    "|",
    "```",
    "~~~",
    "\\",
    "<img",
]

IMAGE_TARGETS = [
    "figures/plot.png",
    "figures/My Plot.PNG",
    "figures/a%20b.png",
    "../figures/up.png",
    "../../../../etc/passwd",
    "/abs/path/x.png",
    "C:\\Users\\x\\plot.png",
    "file:///tmp/x.png",
    "file:figures/x.png",
    "https://example.com/x.png",
    "http://x/y",
    "data:image/png;base64,AAAA",
    "figures/plot.pdf",
    "figures/",
    "",
    "figures/æøå 🚀.png",
    "figures/x.png?raw=true#frag",
]


class Chooser(Protocol):
    """Where a generator's choices come from: hypothesis draws (which shrink) or a seeded
    `random.Random` (a thousand times cheaper, for the 10,000-document run)."""

    def pick(self, options: Sequence[T]) -> T: ...
    def number(self, low: int, high: int) -> int: ...
    def text(self, max_size: int) -> str: ...


class DrawChooser:
    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def pick(self, options: Sequence[T]) -> T:
        return self.draw(st.sampled_from(options))

    def number(self, low: int, high: int) -> int:
        return self.draw(st.integers(low, high))

    def text(self, max_size: int) -> str:
        return self.draw(st.text(max_size=max_size))


class RandomChooser:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def pick(self, options: Sequence[T]) -> T:
        return self.rnd.choice(options)

    def number(self, low: int, high: int) -> int:
        return self.rnd.randint(low, high)

    def text(self, max_size: int) -> str:
        size = self.rnd.randint(0, max_size)
        return "".join(
            chr(self.rnd.choice((self.rnd.randint(0, 0x7F), self.rnd.randint(0, 0x10FFFF))))
            for _ in range(size)
        )


def _line(c: Chooser) -> str:
    return " ".join(c.pick(TOKENS) for _ in range(c.number(0, 12)))


WORDS = ["word", "æøå", "🚀", "MLOps", "model", "s214591", "naïve", "the", "👩‍💻", "DVC", "data"]


def _words(c: Chooser, low: int = 0, high: int = 60) -> str:
    """`count` words; only the count is chosen (choosing each word would make generation slow)."""
    count = c.number(low, high)
    start = c.number(0, len(WORDS) - 1)
    return " ".join(WORDS[(start + 3 * i) % len(WORDS)] for i in range(count))


FENCE_LINES = [
    "# Base image",
    "FROM python:3.11",
    "### not a heading",
    "## neither",
    "![in code](figures/c.png)",
    "Answer: in code",
    "RUN pip install -e .",
    "",
]


def fragment(c: Chooser, number: int, wild: bool) -> str:
    """One block of an answer, the way students write them; `wild` adds `Answer:` and raw text."""
    kinds = ["words"] * 8 + ["image", "image", "link", "html", "comment", "fence", "table"]
    kinds += ["subheading", "list", "quote", "placeholder", "long", "blank", "tokens"]
    if wild:
        kinds += ["answer", "raw"]
    kind = c.pick(kinds)
    if kind == "words":
        return _words(c)
    if kind == "tokens":
        return _line(c) if wild else _line(c).replace("Answer:", "A:")
    if kind == "image":
        alt = c.pick(["", "plot", "a [nested] alt", "æøå 🚀", "x\ny"])
        return f"![{alt}]({c.pick(IMAGE_TARGETS)})"
    if kind == "link":
        return f"[caption]({c.pick(IMAGE_TARGETS)})"
    if kind == "html":
        return f'<img src="{c.pick(IMAGE_TARGETS)}" width="50%">'
    if kind == "comment":
        inner = f"![old]({c.pick(IMAGE_TARGETS)})"
        return c.pick([f"<!-- {inner} -->", f"<!--\n{inner}\n-->", f"<!-- {inner}"])
    if kind == "fence":
        fence = c.pick(["```", "~~~", "````"])
        body = [c.pick(FENCE_LINES) for _ in range(c.number(0, 6))]
        closed = c.number(0, 1) == 1
        opening = fence + c.pick(["", "bash", "dockerfile"])
        return "\n".join([opening, *body]) + ("\n" + fence if closed else "")
    if kind == "table":
        rows = c.number(0, 4)
        return "\n".join(["| a | b |", "|---|:-:|", *[f"| {_line(c)} | x |" for _ in range(rows)]])
    if kind == "subheading":
        level = c.pick(["#", "##", "###", "####", "#####", " ##", "    ###"])
        return f"{level} {_words(c, 0, 4)}"
    if kind == "list":
        depth = c.number(1, 12)
        marker = c.pick(["-", "*", "1.", "- [ ]", "- [x]", "- [*]"])
        return "\n".join(f"{'  ' * level}{marker} {_words(c, 0, 5)}" for level in range(depth))
    if kind == "quote":
        return "> " * c.number(1, 30) + _words(c, 0, 8)
    if kind == "placeholder":
        n = c.pick([number, number + 1, 0])
        variant = c.number(0, 2)
        if variant == 0:
            return f"--- question {n} fill here ---"
        if variant == 1:
            return f"--- {_words(c, 1, 20)} ---"
        return f"--- question {n} fill here ---\n\n{_words(c, 1, 30)}"
    if kind == "long":
        size = c.pick([200, 5_000, 40_000])
        return c.pick(["x", "word ", "🚀", "æ "]) * (size // 4)
    if kind == "answer":
        return c.pick(["> Answer:", "Answer:", "Answer: Answer:", "> **Answer:**"])
    if kind == "raw":
        return c.text(40)
    return ""


def question(c: Chooser, number: int, generation: int, wild: bool) -> str:
    headings = [
        f"### Question {number}",
        f"### question {number}",
        f"###Question {number}",
        f"   ### Question {number}",
        f"### Question {number}:",
        f"#### Question {number}",
    ]
    if wild:
        headings += [f"## Question {number}", f"# Question {number}", f"Question {number}"]
    heading = c.pick(headings) if c.number(0, 9) == 0 else headings[0]
    lines = [heading, ""]
    if c.number(0, 9):
        lines += [f"> **{_words(c, 1, 12)}?**", ">"]
        if generation == 27:
            lines += ["> Answer length: 100-200 words", ">"]
        else:
            lines += ["> Recommended answer length: 100-200 words.", ">"]
    markers = ["> Answer:", "Answer:", ">Answer:", "> **Answer:**", "> Answer: --- fill ---"]
    if wild:
        markers += ["", "> Answer: Answer:", "> Answer", "> answer:"]
    marker = c.pick(markers) if c.number(0, 9) == 0 else markers[0]
    lines.append(marker)
    if c.number(0, 1):
        lines.append("")
    separator = c.pick(["\n\n", "\n", "\n\n\n"])
    lines.append(separator.join(fragment(c, number, wild) for _ in range(c.number(0, 5))))
    lines.append("")
    return "\n".join(lines)


SECTION_BEFORE = {
    1: "Group information",
    3: "Coding environment",
    10: "Version control",
    19: "Working in the cloud",
    24: "Deployment",
    28: "Overall discussion of project",
}


def _numbers(c: Chooser, count: int, wild: bool) -> list[int]:
    """Question numbers 1..count, sometimes duplicated, dropped, swapped or random."""
    numbers = list(range(1, count + 1))
    if not count or c.number(0, 4):
        return numbers
    mutation = c.pick(["duplicate", "drop", "swap", "random"] if wild else ["swap"])
    if mutation == "duplicate":
        numbers.insert(c.number(0, len(numbers)), c.pick(numbers))
    elif mutation == "drop":
        numbers.pop(c.number(0, len(numbers) - 1))
    elif mutation == "swap" and len(numbers) > 1:
        i = c.number(0, len(numbers) - 2)
        numbers[i], numbers[i + 1] = numbers[i + 1], numbers[i]
    elif mutation == "random":
        numbers = [c.number(0, 99) for _ in range(c.number(1, 40))]
    return numbers


def _line_breaks(c: Chooser, text: str) -> str:
    newline = c.pick(["\n"] * 6 + ["\r\n", "\r\n", "\r", "mixed"])
    if newline == "mixed":
        return "".join(line + c.pick(["\n", "\r\n", "\r"]) for line in text.split("\n"))
    return text.replace("\n", newline) if newline != "\n" else text


def build_report(c: Chooser) -> str:
    """A whole report: template-like most of the time, with numbering and structure mutated."""
    generation = c.pick([27, 31])
    wild = c.number(0, 1) == 1
    counts = [generation] * 6 + [0, 1, 3, 26, 30, 32, 60] if wild else [generation]
    numbers = _numbers(c, c.pick(counts), wild)
    parts: list[str] = []
    if c.number(0, 1):
        parts.append("---\nlayout: default\nnav_exclude: true\n---\n")
    parts.append("# Exam template for 02476 Machine Learning Operations\n")
    parts.append(c.pick(["pip install click markdown\n", "uv add typer markdown\n", ""]))
    parts.append(c.pick(["", "* [ ] Create a git repository\n* [x] Done\n", "TODO\n"]))
    for number in numbers:
        title = SECTION_BEFORE.get(number)
        if title and c.number(0, 9):
            parts.append(f"## {title}\n")
        parts.append(question(c, number, generation, wild))
    if wild and c.number(0, 7) == 0:
        parts.append(c.pick(["### Extra heading\n", "## Appendix\nmore", "Answer: x"]))
    text = _line_breaks(c, "\n".join(parts))
    return "\ufeff" + text if c.number(0, 5) == 0 else text


@st.composite
def report(draw: st.DrawFn) -> str:
    return build_report(DrawChooser(draw))


# --- checks ------------------------------------------------------------------------------------


def spans(value: Any) -> Iterator[Span]:
    """Every Span inside a (frozen dataclass / tuple) value."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from spans(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from spans(getattr(value, field.name))


def normalised_lines(raw: str) -> list[str]:
    """The document's lines as the engine's positions address them: BOM off, CRLF and CR as LF."""
    text = raw[1:] if raw.startswith("\ufeff") else raw
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def assert_spans_inside(analysis: Analysis, raw: str) -> None:
    lines = normalised_lines(raw)
    found = [
        *spans(analysis.findings),
        *spans(analysis.report.questions),
        *spans(analysis.report.preamble),
    ]
    for span in found:
        for point in (span.start, span.end):
            assert 0 <= point.line < len(lines), (span, len(lines))
            assert 0 <= point.character <= len(lines[point.line]), (span, len(lines[point.line]))
        assert span.start <= span.end, span
    STATS["spans"] += len(found)


def assert_matches_oracle(raw: str, analysis: Analysis) -> None:
    questions = analysis.detection.profile.questions
    assert questions in official_oracle.PROFILES, analysis.detection.profile.name
    try:
        expected = official_oracle.official_counts(raw, questions)
    except ValueError:
        STATS["oracle_raises"] += 1
        assert not analysis.official.runs, analysis.official
        assert all(not result.official for result in analysis.results)
        return
    STATS["oracle_runs"] += 1
    assert analysis.official.runs, analysis.official.error
    got = [(result.words, result.images) for result in analysis.results]
    assert got == expected
    assert all(result.official for result in analysis.results)
    text = analysis.report.source.text
    for result in analysis.results:
        graded = result.graded
        assert graded is not None
        # The graded range, as the editor highlights it, holds exactly what the grader counts.
        assert 0 <= graded.start <= graded.end <= len(text)
        assert text[graded.start : graded.end] == graded.text


def check_document(raw: str, config: Config | None = None) -> Analysis:
    analysis = Analyzer(config).analyze(raw)
    STATS["documents"] += 1
    assert_spans_inside(analysis, raw)
    assert_matches_oracle(raw, analysis)
    return analysis


# --- the oracle itself against the real grader's numbers ----------------------------------------


def test_oracle_reproduces_the_seed_reports() -> None:
    """The oracle gives the numbers recorded from the real script for the seed reports."""
    import json
    from pathlib import Path

    seeds = sorted((Path(__file__).parent / "seeds").glob("*.md"))
    assert seeds
    for seed in seeds:
        expected = json.loads(seed.with_suffix(".json").read_text())
        questions = 27 if expected["profile"] == "27q" else 31
        raw = seed.read_text(encoding="utf-8")
        if expected["error"] is None:
            counts = official_oracle.official_counts(raw, questions)
            assert counts == [(q["words"], q["images"]) for q in expected["questions"]], seed
        else:
            with pytest.raises(ValueError):
                official_oracle.official_counts(raw, questions)


def test_oracle_quirks() -> None:
    """Hand-checked cases of the script's quirks, so that the oracle itself can be trusted."""
    body = "".join(f"### Question {n}\n\n> Answer:\n\nw{n} x\n\n" for n in range(1, 32))
    assert official_oracle.official_counts(body, 31) == [(2, 0)] * 31
    # A `###` after the last answer: the last piece is kept cut *and* appended whole -> 32 answers.
    with pytest.raises(ValueError):
        official_oracle.official_counts(body + "### Extra\n", 31)
    # No `Answer:` at all: the 31q script crashes with IndexError, reported as a ValueError.
    with pytest.raises(ValueError):
        official_oracle.official_answers("### Question 1\n", 31)
    # 27q: the first 43 characters are dropped before splitting; an `Answer:` in them is not seen.
    front = "Answer:".ljust(43, "x")
    body27 = "".join(f"### Question {n}\n\n> Answer:\n\n![a](b.png) w{n}\n\n" for n in range(1, 28))
    assert official_oracle.official_counts(front + body27, 27) == [(2, 1)] * 27
    # ... while a preamble with no `###` drops the first answer (27q discards answers[0] after).
    assert (
        len(official_oracle.official_answers("x" * 43 + "> Answer:\n\nno heading\n" + body27, 27))
        == 27
    )
    # `##` cuts, `.` does not cross newlines in the image regex, strip("\n") only.
    cut = body.replace("w5 x", "w5 x ## gone\n\n![a](b\n.png) ![c](d)")
    answers = official_oracle.official_answers(cut, 31)
    assert answers[4] == "w5 x "
    assert answers[-1] == "w31 x"
    assert official_oracle.images("![a](b\n.png) ![c](d)") == 1
    assert official_oracle.words(" a\tb\u00a0c\u2028d ") == 4


# --- properties --------------------------------------------------------------------------------


@given(report())
def test_random_reports(raw: str) -> None:
    check_document(raw)


@pytest.mark.parametrize("profile", ["27q", "31q-2024", "31q-2026"])
@settings(max_examples=40)
@given(raw=report())
def test_random_reports_with_a_configured_profile(profile: str, raw: str) -> None:
    analysis = check_document(raw, Config(profile=profile))
    assert analysis.detection.profile.name == profile


@given(st.text(max_size=2_000))
def test_arbitrary_text(raw: str) -> None:
    check_document(raw)


SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)


@settings(max_examples=100)
@given(
    report(),
    st.lists(st.tuples(st.floats(0, 1), SURROGATES | st.sampled_from("\x00\r\n")), max_size=8),
)
def test_lone_surrogates_and_control_characters(raw: str, inserts: list[tuple[float, str]]) -> None:
    """The language server hands the engine `str` that may hold lone surrogates (from UTF-16 editors)."""
    for where, character in inserts:
        at = int(where * len(raw))
        raw = raw[:at] + character + raw[at:]
    check_document(raw)


@settings(max_examples=80)
@given(report(), st.lists(st.floats(0, 1), min_size=1, max_size=20))
def test_offsets_and_positions_agree_with_a_naive_index(raw: str, fractions: list[float]) -> None:
    """SourceText's chunked line index against splitting the text on newlines."""
    from mlops_report_lsp.model import Position
    from mlops_report_lsp.text import SourceText

    source = SourceText.from_document(raw)
    lines = normalised_lines(raw)
    assert source.text == "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    for fraction in fractions:
        offset = int(fraction * len(source.text))
        line = max(i for i, start in enumerate(starts) if start <= offset)
        expected = Position(line, offset - starts[line])
        assert source.position(offset) == expected
        assert source.offset(expected) == offset
        assert source.line_text(line) == lines[line]


# --- the incremental section cache ---------------------------------------------------------------

EDIT_TEXTS = [
    "",
    "x",
    "\n",
    "\r\n",
    "word word",
    "### Question 4\n",
    "### Question 40\n\n> Answer:\n",
    "> Answer:",
    "Answer:",
    "## Deployment\n",
    "```\n# c\n",
    "```",
    "![a](figures/p.png)",
    "🚀",
    "æøå",
    "--- question 5 fill here ---",
    "\n\n\n",
    "<!--",
    "-->",
    "\ufeff",
    "\ud83d",
    "TODO",
]


EDIT_SIZES = [0, 0, 1, 3, 20, 200, 2000]


def edit_sequence(c: Chooser) -> list[str]:
    text = build_report(c)
    versions = [text]
    for _ in range(c.number(1, 8)):
        start = c.number(0, len(text))
        end = min(len(text), start + c.pick(EDIT_SIZES))
        text = text[:start] + c.pick(EDIT_TEXTS) + text[end:]
        versions.append(text)
    return versions


@st.composite
def edited_versions(draw: st.DrawFn) -> list[str]:
    return edit_sequence(DrawChooser(draw))


def _comparable(analysis: Analysis) -> tuple[Any, ...]:
    return (
        analysis.findings,
        analysis.results,
        analysis.report.questions,
        analysis.report.preamble,
        analysis.detection,
        analysis.official,
    )


@settings(max_examples=80)
@given(edited_versions())
def test_incremental_cache_equals_a_fresh_analysis(versions: list[str]) -> None:
    assume(len(versions) > 1)
    cached = Analyzer()
    for version in versions:
        incremental = cached.analyze(version)
        fresh = Analyzer().analyze(version)
        assert _comparable(incremental) == _comparable(fresh)
    assert_spans_inside(incremental, versions[-1])


@settings(max_examples=60)
@given(edited_versions())
def test_an_analyzer_kept_to_itself_equals_fresh_analyses(versions: list[str]) -> None:
    """The caches kept between analyses of one document (in the analyzer, and those the rules
    keep per result, per question and per section) give what fresh analyses give, when nothing
    else is analysed in between (above, a fresh analysis between versions resets them)."""
    assume(len(versions) > 1)
    fresh = [_comparable(Analyzer().analyze(version)) for version in versions]
    cached = Analyzer()
    for version, expected in zip(versions, fresh, strict=True):
        assert _comparable(cached.analyze(version)) == expected


# --- the server's text in pieces -------------------------------------------------------------------


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, list[tuple[float, int, str]]]:
    """A report and edits: (where, how many characters replaced, by what)."""
    chooser = DrawChooser(draw)
    text = build_report(chooser)
    changes = [
        (chooser.number(0, 1000) / 1000, chooser.pick(EDIT_SIZES), chooser.pick(EDIT_TEXTS))
        for _ in range(chooser.number(1, 8))
    ]
    return text, changes


@settings(max_examples=80)
@given(edits(), st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), max_size=6))
def test_pieces_after_edits_equal_a_fresh_cut_and_analyse_alike(
    case: tuple[str, list[tuple[float, int, str]]], slices: list[tuple[float, float]]
) -> None:
    """The server's pieces, edited in place, hold the edited text, cut exactly as a fresh cut of
    it, and one Analyzer fed them gives what a fresh Analyzer gives for the joined text."""
    from mlops_report_lsp.lsp.pieces import Pieces, cut

    text, changes = case
    pieces = Pieces(text)
    analyzer = Analyzer()
    analyzer.analyze(pieces.pieces)
    for where, size, new_text in changes:
        start = int(where * len(text))
        end = min(len(text), start + size)
        text = text[:start] + new_text + text[end:]
        pieces.replace(start, end, new_text)
        assert pieces.pieces == cut(text)
        assert pieces.text == text and len(pieces) == len(text)
        for a, b in slices:
            low, high = sorted((int(a * len(text)), int(b * len(text))))
            assert pieces.slice(low, high) == text[low:high]
        assert _comparable(analyzer.analyze(pieces.pieces)) == _comparable(Analyzer().analyze(text))


@settings(max_examples=80)
@given(edits())
def test_source_text_of_edited_pieces_equals_a_fresh_one(
    case: tuple[str, list[tuple[float, int, str]]],
) -> None:
    """`SourceText.from_document` given the last version, which looks only at the pieces that are
    new objects, gives what a fresh one gives: chunks, headings, BOM and line index."""
    from mlops_report_lsp.lsp.pieces import Pieces
    from mlops_report_lsp.text import SourceText

    text, changes = case
    pieces = Pieces(text)
    last = SourceText.from_document(tuple(pieces.pieces))
    for where, size, new_text in changes:
        start = int(where * len(text))
        end = min(len(text), start + size)
        text = text[:start] + new_text + text[end:]
        pieces.replace(start, end, new_text)
        raw = tuple(pieces.pieces)
        source = SourceText.from_document(raw, last.chunks, last)
        fresh = SourceText.from_document(raw)
        assert source == fresh == SourceText.from_document(text)
        assert source.pieces == fresh.pieces
        assert source._index == fresh._index
        last = source


def _reference_utf16_column(line: str, count: int) -> tuple[int, bool]:
    """The character holding UTF-16 unit `count`, walking the line (a lone surrogate is one unit)."""
    seen = 0
    for index, character in enumerate(line):
        width = 2 if ord(character) > 0xFFFF else 1
        if count < seen + width:
            return index, count == seen + 1
        seen += width
    return len(line), False


@settings(max_examples=300)
@given(
    st.text(st.sampled_from(["a", "\u00e9", "\u2248", "\U0001f642", "\ud83d", "\ude42"])), st.data()
)
def test_utf16_units_to_a_column_as_a_walk_over_the_line(line: str, data: st.DataObject) -> None:
    """The codec's conversion of UTF-16 units (lone surrogates too) equals a walk over the line."""
    from mlops_report_lsp.lsp.positions import UTF16, splits_character, units_to_column

    count = data.draw(st.integers(1, 2 * len(line) + 2))
    column, between = _reference_utf16_column(line, count)
    assert units_to_column(line, count, UTF16) == column
    assert splits_character(line, count, UTF16) == (column if between else None)


@settings(max_examples=80)
@given(report(), st.lists(st.floats(0, 1), max_size=6), st.booleans())
def test_text_in_any_pieces_analyses_as_the_whole(raw: str, cuts: list[float], crlf: bool) -> None:
    """Pieces cut after any line breaks, not only before headings (the CRLF cut in two too),
    give the analysis of the whole text."""
    if crlf:
        raw = raw.replace("\n", "\r\n")
    after_breaks = {raw.find("\n", int(fraction * len(raw))) + 1 for fraction in cuts}
    at = sorted(after_breaks - {0} | ({raw.find("\r\n") + 1} if "\r\n" in raw else set()))
    bounds = [0, *at, len(raw)]
    pieces = [raw[a:b] for a, b in pairwise(bounds)]
    assert _comparable(Analyzer().analyze(pieces)) == _comparable(Analyzer().analyze(raw))


def _client_position(text: str, offset: int) -> tuple[Any, int]:
    """A code-point client position for `offset` (kept off a CRLF's middle), and its offset."""
    import bisect

    from lsprotocol import types

    from mlops_report_lsp.lsp.documents import LINE_BREAK

    starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]
    line = bisect.bisect_right(starts, offset) - 1
    end = starts[line + 1] if line + 1 < len(starts) else len(text)
    column = min(offset - starts[line], len(text[starts[line] : end].rstrip("\r\n")))
    return types.Position(line, column), starts[line] + column


def _edited(document: Document, text: str, where: float, size: int, new_text: str) -> str:
    """`text` (the document's) with `size` characters at `where` replaced, as a client edits it."""
    from lsprotocol import types

    start, low = _client_position(text, int(where * len(text)))
    end, high = _client_position(text, min(len(text), low + size))
    change = types.TextDocumentContentChangePartial(range=types.Range(start, end), text=new_text)
    document.apply([change], None)
    return text[:low] + new_text + text[high:]


@settings(max_examples=80)
@given(edits())
def test_lines_outside_the_changed_ones_keep_their_text(
    case: tuple[str, list[tuple[float, int, str]]],
) -> None:
    """The server's document, edited as a client would, holds the edited text, and every line
    outside `changed_lines(revision)` reads as it did at that revision (diagnostics' JSON on those
    lines is reused without looking)."""

    from mlops_report_lsp.lsp.documents import Document

    text, changes = case
    document = Document("file:///report/README.md", text, 1, "utf-32")
    history = [[document.line(n) for n in range(len(document.starts))]]
    for where, size, new_text in changes:
        text = _edited(document, text, where, size, new_text)
        assert document.text == text
        history.append([document.line(n) for n in range(len(document.starts))])
    now = history[-1]
    for revision, before in enumerate(history):
        first, last = document.changed_lines(revision)
        kept = [n for n in range(min(len(now), len(before))) if not first <= n <= last]
        assert [now[n] for n in kept] == [before[n] for n in kept]


@pytest.mark.parametrize(
    ("text", "start", "end", "new_text"),
    [
        ("a\r---\nb", (1, 0), (1, 0), "\n"),  # a line feed typed after a lone CR
        ("a\rX\nb", (1, 0), (1, 1), ""),  # what stood between CR and LF deleted
        ("a\rX\nb", (1, 0), (1, 1), "\n"),  # replaced by a line feed: as many lines
    ],
)
def test_a_line_feed_meeting_a_lone_cr_makes_one_line_break(
    text: str, start: tuple[int, int], end: tuple[int, int], new_text: str
) -> None:
    """The found example: the edited document has the lines of the same text opened afresh, and
    the line the CR ended counts as changed."""
    from lsprotocol import types

    from mlops_report_lsp.lsp.documents import Document

    document = Document("file:///report/README.md", text, 1, "utf-16")
    edit = types.Range(types.Position(*start), types.Position(*end))
    document.apply([types.TextDocumentContentChangePartial(range=edit, text=new_text)], None)
    fresh = Document("file:///report/README.md", document.text, 1, "utf-16")
    assert document.starts == fresh.starts
    assert document.changed_lines(0)[0] == 0


@settings(max_examples=1000)
@given(
    st.lists(
        st.sampled_from(["a", " ", "\n", "\n\n", "\r", "\r\n", "é", "### Question 3\n"])
        | st.sampled_from(["### Question 12 x\n", "   ### Question 4\n", "\n### Question 5"]),
        max_size=20,
    ).map("".join)
)
def test_a_document_opened_has_a_line_start_after_every_line_break(text: str) -> None:
    """Its line starts, made from the engine's per-piece ones when there is no CR, are those of
    the whole text (CRLF, lone CR and LF each end a line)."""
    from mlops_report_lsp.lsp.documents import Document

    document = Document("file:///report/README.md", text, 1, "utf-16")
    assert document.starts == [0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text))]


@settings(max_examples=80)
@given(
    edits(), st.lists(st.integers(0, 5), max_size=8), st.sampled_from(["utf-8", "utf-16", "utf-32"])
)
def test_diagnostics_json_reused_across_edits_equals_a_fresh_serialization(
    case: tuple[str, list[tuple[float, int, str]]], typed: list[int], encoding: str
) -> None:
    """One `JsonCache` over a document's versions (edits anywhere, then keys typed on one line,
    as the server publishes them) gives the JSON a fresh cache gives for each, which is what
    lsprotocol makes of the diagnostics."""
    from lsprotocol.converters import get_converter

    from mlops_report_lsp.lsp.diagnostics import JsonCache, diagnostic
    from mlops_report_lsp.lsp.documents import Document

    text, changes = case
    document = Document("file:///report/README.md", text, 1, encoding)
    analyzer, cache, converter = Analyzer(), JsonCache(), get_converter()
    cache.items(analyzer.analyze(document.pieces, document.path), document)
    keys = [(where, 0, "x" * count) for where, _, _ in changes[:1] for count in typed]
    for where, size, new_text in changes + keys:
        text = _edited(document, text, where, size, new_text)
        analysis = analyzer.analyze(document.pieces, document.path)
        items = cache.items(analysis, document)
        assert items == JsonCache().items(analysis, document)
        assert [json.loads(item) for item in items] == [
            converter.unstructure(diagnostic(finding, document.codec))
            for finding in analysis.findings
        ]


# --- the slow run: 10,000 documents ---------------------------------------------------------------


@pytest.mark.slow
@settings(max_examples=10_000)
@given(st.randoms(use_true_random=False))
def test_random_reports_10000(rnd: random.Random) -> None:
    check_document(build_report(RandomChooser(rnd)))


@pytest.mark.slow
@settings(max_examples=300)
@given(st.randoms(use_true_random=False))
def test_incremental_cache_300_sequences(rnd: random.Random) -> None:
    versions = edit_sequence(RandomChooser(rnd))
    cached = Analyzer()
    for version in versions:
        assert _comparable(cached.analyze(version)) == _comparable(Analyzer().analyze(version))


def test_zz_print_stats() -> None:
    """Not a check: prints the counters of this run (`pytest -s`) for docs/robustness.md."""
    print(f"\nproperty stats: {STATS}")
