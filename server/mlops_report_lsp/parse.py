"""Text -> Report: questions anchored on their `### Question N` headings, parsed one section at a time.

Each section is parsed on its own and cached by its text, so an edit re-parses only the section it
touches; positions are absolute, so a cached section is reused only at the same first line, and
otherwise shifted.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import is_, not_

from markdown_it.token import Token

from mlops_report_lsp.answerscan import AnswerScanner
from mlops_report_lsp.blockparse import BlockParser, full_parse
from mlops_report_lsp.counting import MARKER, answer_marks, count_images, count_words
from mlops_report_lsp.features import extract, parse_blocks
from mlops_report_lsp.model import (
    Features,
    Heading,
    LengthLine,
    Position,
    Question,
    Span,
    shift,
)
from mlops_report_lsp.text import SourceText, line_starts
from mlops_report_lsp.values import Value

LENGTH_LINE = re.compile(r"answer length:?\s*(\d+)\s*[-–]\s*(\d+)\s*words", re.IGNORECASE)
PROMPT_LINE = re.compile(r"^ {0,3}>")
TEMPLATE_SECTIONS = frozenset(
    {
        "group information",
        "coding environment",
        "version control",
        "running code and tracking experiments",
        "working in the cloud",
        "deployment",
        "overall discussion of project",
    }
)


@dataclass(init=False, repr=False, eq=False)
class Report(Value):
    source: SourceText
    preamble: Features
    """What the rules look for before the first question: the checklist, disable comments."""
    questions: tuple[Question, ...]

    def __init__(
        self, source: SourceText, preamble: Features, questions: tuple[Question, ...]
    ) -> None:
        self.__dict__.update(source=source, preamble=preamble, questions=questions)

    @property
    def text(self) -> str:
        return self.source.text

    def question_at(self, position: Position) -> Question | None:
        for question in self.questions:
            if question.section.contains(position):
                return question
        return None


class _Lines:
    """A section's lines (without line breaks), read from its text and line starts when asked
    for: a long answer is not split into lines for the few that its heading and prompt take.
    Like `text.split("\n")` without the empty line after a final line break."""

    def __init__(self, text: str, starts: Sequence[int]) -> None:
        self.text, self.starts = text, starts
        self.count = len(starts) - 1 if len(starts) > 1 and text.endswith("\n") else len(starts)

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: int) -> str:
        return self.join(index, index + 1)

    def join(self, first: int, last: int) -> str:
        """`"\n".join(lines[first:last])`, one slice of the text."""
        if first >= last:
            return ""
        end = self.starts[last] - 1 if last < len(self.starts) else len(self.text)
        return self.text[self.starts[first] : end]


def _end_of(lines: _Lines, line: int) -> Position:
    return Position(line, len(lines[line]))


def _prompt(lines: _Lines, first: int, last: int) -> tuple[int, int] | None:
    """The blockquoted prompt under a heading: line range [start, end), or None."""
    line = first
    while line < last and not lines[line].strip():
        line += 1
    start = line
    while line < last and PROMPT_LINE.match(lines[line]):
        line += 1
    return (start, line) if line > start else None


def _length_line(lines: _Lines, start: int, end: int, first_line: int) -> LengthLine | None:
    for index in range(start, end):
        match = LENGTH_LINE.search(lines[index])
        if match:
            words = (int(match.group(1)), int(match.group(2)))
            return LengthLine(words, Span.line(first_line + index, match.start(), match.end()))
    return None


def _section_end(headings: list[Heading], first_line: int, segment_lines: int) -> int:
    """Relative line where the answer stops: a template `##` section heading, else the segment end."""
    for heading in headings:
        if heading.level <= 2 and heading.text.lower().strip("# ") in TEMPLATE_SECTIONS:
            return heading.span.start.line - first_line
    return segment_lines


def _trim_trailing_blank(lines: _Lines, start: int, end: int) -> int:
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def parse_question(
    number: int,
    text: str,
    first_line: int,
    tokenize: Callable[[str], list[Token]] = full_parse,
    scan: Callable[[str, int, set[int], Sequence[int]], Features] | None = None,
) -> Question:
    """One question section: `text` starts at its heading, on line `first_line` of the report.

    `tokenize` gives markdown-it's block tokens and `scan` the answer's features (a `BlockParser`'s
    and an `AnswerScanner`'s, to redo only what an edit changed)."""
    starts = line_starts(text)  # the chunk's, already made for its positions
    lines = _Lines(text, starts)
    headings, blocks, code_lines = parse_blocks(text, first_line, text.find("\n") + 1, tokenize)
    end = _section_end(headings, first_line, len(lines))
    end = max(1, _trim_trailing_blank(lines, 0, end))
    prompt_range = _prompt(lines, 1, end)
    prompt = (
        Span(
            Position(first_line + prompt_range[0], 0),
            _end_of(lines, prompt_range[1] - 1).shifted(first_line),
        )
        if prompt_range
        else None
    )
    length_line = _length_line(lines, *prompt_range, first_line) if prompt_range else None

    markers = []
    for at in answer_marks(text):
        if at <= len(lines[0]):  # on the heading line
            continue
        line = bisect.bisect_right(starts, at) - 1
        column = at - starts[line]
        markers.append(Span.line(first_line + line, column, column + len(MARKER)))
    in_section = [m for m in markers if m.start.line < first_line + end]
    body_end = _end_of(lines, end - 1).shifted(first_line)
    if in_section:
        body_start = in_section[0].end
    elif prompt_range and prompt_range[1] < end:
        body_start = Position(first_line + prompt_range[1], 0)
    elif end > 1 and not prompt_range:
        body_start = Position(first_line + 1, 0)
    else:  # nothing after the heading and its prompt: an empty answer at the section's end
        body_start = body_end
    body_end = max(body_end, body_start)
    body = Span(body_start, body_end)

    relative_start = body_start.line - first_line
    body_text = lines.join(relative_start, end)
    column_shift = body_start.character
    base = starts[relative_start]  # the answer's line starts, from the section's
    features = (scan or AnswerScanner().features)(
        " " * column_shift + body_text[column_shift:],
        body_start.line,
        code_lines,
        [start - base for start in starts[relative_start:end]],
    )
    features = dataclasses.replace(
        features,
        blocks=tuple(b for b in blocks if body.contains(b.span.start)) + features.blocks,
    )
    heading = Span.line(first_line, 0, len(lines[0]))
    section = Span(heading.start, body_end)
    # Line feeds around it change neither count, and without them it is the very text the grader
    # reads for most answers: counted once for both (`count_words` is cached by text).
    written = body_text[column_shift:].strip("\n")
    return Question(
        number,
        heading,
        section,
        prompt,
        length_line,
        tuple(markers),
        body,
        features,
        count_words(written),
        count_images(written),
    )


def parse_preamble(text: str, tokenize: Callable[[str], list[Token]] = full_parse) -> Features:
    _, blocks, code_lines = parse_blocks(text, 0, 0, tokenize)
    features = extract(text, 0, code_lines, preamble=True)
    blocks.extend(features.blocks)
    blocks.sort(key=lambda block: block.span.start)
    return dataclasses.replace(features, blocks=tuple(blocks))


class SectionCache:
    """Parsed sections keyed by their text, kept while one of the last two analyses used them.

    A section that changed is block-parsed and scanned again only around the change (`BlockParser`,
    `AnswerScanner`).
    """

    def __init__(self) -> None:
        self._blocks = BlockParser()
        self._answers = AnswerScanner()
        self._questions: dict[tuple[int, str], tuple[int, Question]] = {}
        """This analysis's sections: (question number, text) -> (first line, parsed)."""
        self._previous: dict[tuple[int, str], tuple[int, Question]] = {}
        """The last analysis's."""
        self._preambles: dict[str, Features] = {}
        self._last: tuple[tuple[str, ...], list[int], tuple[Question, ...]] | None = None
        """The last source's chunks, the lines they start on, and its questions."""

    def question(self, number: int, text: str, first_line: int) -> Question:
        key = (number, text)
        cached = self._questions.get(key) or self._previous.get(key)
        if cached is None:
            parsed = parse_question(
                number, text, first_line, self._blocks.parse, self._answers.features
            )
            self._questions[key] = (first_line, parsed)
            return parsed
        self._questions[key] = cached
        cached_line, parsed = cached
        return shift(parsed, first_line - cached_line)

    def questions(self, source: SourceText, first: int) -> tuple[Question, ...]:
        """The questions of `source`, whose chunk `first` is the first question's. While no line
        moved (the same number of chunks, each on the same line), those of the last source that
        are the very same chunks are its questions again, and only the others are looked up."""
        chunks, lines = source.chunks, source.chunk_lines
        numbers = [number for _, number in source.headings]
        last = self._last
        if (
            last is None
            or len(last[0]) != len(chunks)
            or len(last[2]) != len(numbers)
            or (last[1] != lines)
        ):
            questions = tuple(
                self.question(number, chunks[first + index], lines[first + index])
                for index, number in enumerate(numbers)
            )
        else:
            kept = list(last[2])
            same = list(map(is_, chunks[first:], last[0][first:]))
            keys = compress(zip(numbers, chunks[first:], strict=True), same)
            places = compress(zip(lines[first:], kept, strict=True), same)
            self._questions.update(zip(keys, places, strict=True))
            for index in compress(range(len(numbers)), map(not_, same)):
                kept[index] = self.question(
                    numbers[index], chunks[first + index], lines[first + index]
                )
            questions = tuple(kept)
        self._last = (chunks, lines, questions)
        return questions

    def preamble(self, text: str) -> Features:
        if text not in self._preambles:
            self._preambles = {text: parse_preamble(text, self._blocks.parse)}
        return self._preambles[text]

    def sweep(self) -> None:
        """Forget the sections that neither this analysis nor the last one used."""
        self._previous, self._questions = self._questions, {}


def parse(source: SourceText, cache: SectionCache | None = None) -> Report:
    cache = cache or SectionCache()
    chunks = source.chunks
    first = len(chunks) - len(source.headings)
    preamble = cache.preamble(chunks[0] if first else "")
    questions = cache.questions(source, first)
    cache.sweep()
    return Report(source, preamble, questions)
