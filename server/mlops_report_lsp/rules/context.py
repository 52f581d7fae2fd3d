"""What a rule may look at: the whole analysed report, or one question's own section.

The engine builds these; rules never see the engine's `Analysis` (which holds their findings) nor
the settings. A question-scoped check gets a `Section`, which offers only what the per-section
cache key covers (the question and the text of its chunk), so reading anything else is a type
error instead of a stale diagnostic.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from mlops_report_lsp.counting import OfficialResult
from mlops_report_lsp.model import Position, Question, Span
from mlops_report_lsp.parse import Report
from mlops_report_lsp.profiles.detect import Detection
from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.text import line_starts
from mlops_report_lsp.values import Value


@dataclass(init=False, repr=False, eq=False)
class ReportContext(Value):
    """Everything a report-scoped check may read."""

    report: Report
    detection: Detection
    official: OfficialResult
    results: tuple[QuestionResult, ...]
    path: Path | None

    def __init__(
        self,
        report: Report,
        detection: Detection,
        official: OfficialResult,
        results: tuple[QuestionResult, ...],
        path: Path | None,
    ) -> None:
        self.__dict__.update(
            report=report, detection=detection, official=official, results=results, path=path
        )

    @cached_property
    def folder(self) -> str | None:
        """The report's folder (absolute), None for a report not saved yet."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path is not None else None

    @cached_property
    def _statuses(self) -> dict[str, os.stat_result | None]:
        return {}

    def status(self, name: str) -> os.stat_result | None:
        """The status of `name` (relative to the report's folder), looked up once an analysis:
        checks of image folders, figures and the script look at the same files. None when it
        cannot be read, or the report is not saved."""
        statuses = self._statuses
        if name not in statuses:
            folder = self.folder
            try:
                statuses[name] = os.stat(os.path.join(folder, name)) if folder else None
            except (OSError, ValueError):
                statuses[name] = None
        return statuses[name]

    @cached_property
    def result_keys(self) -> tuple[QuestionResult, ...]:
        """Each result's key (`QuestionResult.key`): what per-result checks keep findings by."""
        return tuple(result.key for result in self.results)

    @property
    def profile_name(self) -> str:
        return self.detection.profile.name

    def question(self, number: int) -> Question | None:
        """The first section headed `### Question number`, if any."""
        return next((q for q in self.report.questions if q.number == number), None)


@dataclass(init=False, repr=False, eq=False)
class Section(Value):
    """One question and the text of its chunk (from its heading to the next question's heading).

    Positions are absolute, as everywhere; offsets are relative to the chunk. Asking for a place
    outside the chunk raises `ValueError`, since the cache would not notice a change there.
    """

    question: Question
    text: str

    def __init__(self, question: Question, text: str) -> None:
        self.__dict__.update(question=question, text=text)

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        return line_starts(self.text)

    def _line(self, line: int) -> int:
        relative = line - self.question.heading.start.line
        if not 0 <= relative < len(self._starts):
            raise ValueError(f"line {line} is outside Question {self.question.number}'s section")
        return relative

    def offset(self, position: Position) -> int:
        start = self._starts[self._line(position.line)]
        return min(start + position.character, len(self.text))

    def position(self, offset: int) -> Position:
        if not 0 <= offset <= len(self.text):
            raise ValueError(
                f"offset {offset} is outside Question {self.question.number}'s section"
            )
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(self.question.heading.start.line + line, offset - self._starts[line])

    def slice(self, span: Span) -> str:
        return self.text[self.offset(span.start) : self.offset(span.end)]

    def line_text(self, line: int) -> str:
        relative = self._line(line)
        end = self._starts[relative + 1] - 1 if relative + 1 < len(self._starts) else len(self.text)
        return self.text[self._starts[relative] : end]

    def has_line_break(self, line: int) -> bool:
        """Whether `line` ends with a line break (the document goes on after it)."""
        return self._line(line) + 1 < len(self._starts)
