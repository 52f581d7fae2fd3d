"""The engine's entry point: text -> parsed report -> profile -> official counts -> findings."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from mlops_report_lsp import memo
from mlops_report_lsp.config import AUTO, Config
from mlops_report_lsp.counting import (
    OfficialAnswer,
    OfficialResult,
    graded_answer,
    official_split,
)
from mlops_report_lsp.grouping import Grouper
from mlops_report_lsp.model import Finding
from mlops_report_lsp.parse import Report, SectionCache, parse
from mlops_report_lsp.profiles.detect import Detection, detect
from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.rules import RuleCache, run_rules
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.text import SourceText

MIN_QUESTIONS_FOR_STRUCTURE = 3


@dataclass(frozen=True, repr=False, eq=False)
class Analysis(ReportContext):
    """What the rules saw, what they found, and the settings it was analysed with."""

    findings: tuple[Finding, ...] = ()
    config: Config = field(default_factory=Config)

    @property
    def total(self) -> int:
        return self.detection.profile.questions

    @property
    def passing(self) -> int:
        """Questions passing as the leaderboard sees it: none when the official script fails."""
        if not self.official.runs:
            return 0
        return sum(result.passes for result in self.results)

    @property
    def official_warnings(self) -> int:
        """The WARNING lines `report.py check` prints: one per failed limit (a question over both
        its word and image limits costs two), and none at all when the script crashes."""
        if not self.official.runs:
            return 0
        return sum((r.word_problem != 0) + (r.image_problem != 0) for r in self.results)

    @property
    def leaderboard(self) -> int:
        """ "Report completion" on the course's leaderboard: the questions minus those warnings."""
        return self.total - self.official_warnings

    def result(self, number: int) -> QuestionResult | None:
        return self.results[number - 1] if 1 <= number <= len(self.results) else None


def looks_like_report(source: SourceText | str | Sequence[str], path: Path | None) -> bool:
    """A `reports/README.md`, or any Markdown with the report's question headings (its text is
    looked at only when the path does not say)."""
    if path is not None and path.name.lower() == "readme.md" and path.parent.name == "reports":
        return True
    if not isinstance(source, SourceText):
        source = SourceText.from_document(source)
    return len(source.headings) >= MIN_QUESTIONS_FOR_STRUCTURE


def _official_answers(source: SourceText, result: OfficialResult) -> list[OfficialAnswer]:
    """The official answers with offsets moved from the script's text to the analysed text."""
    if not source.had_bom:
        return list(result.answers)
    return [
        dataclasses.replace(
            answer,
            start=answer.start - 1,
            end=answer.end - 1,
            piece_start=answer.piece_start - 1,
            cut_at=None if answer.cut_at is None else answer.cut_at - 1,
        )
        for answer in result.answers
    ]


def _simulated(report: Report, index: int) -> OfficialAnswer:
    """The grader's reading of one question as if the document split cleanly at its own marker."""
    question = report.questions[index]
    source = report.source
    start = source.offset(question.markers[-1].end if question.markers else question.body.start)
    last = index == len(report.questions) - 1
    end = source.length if last else source.offset(report.questions[index + 1].section.start)
    return graded_answer(source.slice(start, end), start, last)


def _results(
    report: Report,
    detection: Detection,
    official: OfficialResult,
    config: Config,
    previous: Sequence[QuestionResult] = (),
) -> tuple[QuestionResult, ...]:
    """Each question's numbers; a previous result is kept where its question and its graded
    answer are the very same objects (its numbers are theirs) and its limits the same."""
    profile = detection.profile.with_limits(config.limits) if config.limits else detection.profile
    answers = _official_answers(report.source, official) if official.runs else []
    by_number: dict[int, int] = {}
    for position, parsed in enumerate(report.questions):
        by_number.setdefault(parsed.number, position)
    results = []
    for number in range(1, profile.questions + 1):
        index = by_number.get(number)
        question = report.questions[index] if index is not None else None
        graded: OfficialAnswer | None
        if answers:
            graded = answers[number - 1]
        elif index is not None:
            graded = _simulated(report, index)
        else:
            graded = None
        limits = profile.limits_for(number)
        known = previous[number - 1] if number <= len(previous) else None
        if (
            known is not None
            and known.question is question
            and known.graded is graded
            and known.official == bool(answers)
            and known.limits == limits
        ):
            results.append(known)
            continue
        results.append(
            QuestionResult(
                number=number,
                question=question,
                limits=limits,
                words=graded.words if graded else 0,
                images=graded.images if graded else 0,
                official=bool(answers),
                graded=graded,
                written_words=question.written_words if question else 0,
                written_images=question.written_images if question else 0,
            )
        )
    return tuple(results)


class Analyzer:
    """Analyses successive versions of one document, re-parsing only the sections that changed."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._cache = SectionCache()
        self._rule_cache = RuleCache()
        self._grouper = Grouper()
        self._last: Analysis | None = None
        """The previous version's analysis: its unchanged text is reused, not copied again."""

    def analyze(self, raw: str | Sequence[str], path: Path | None = None) -> Analysis:
        """`raw` is the text, or the text in pieces cut after line breaks (see
        `SourceText.from_document`): a server that keeps unchanged pieces as the same objects
        spares the analysis from searching and copying them again."""
        last = self._last
        source = SourceText.from_document(raw, last.report.source.chunks if last else ())
        report = parse(source, self._cache)
        profiles = self.config.profiles()
        if self.config.profile != AUTO and self.config.profile in profiles:
            chosen = profiles[self.config.profile]
            detection = Detection(chosen, f"set to {chosen.name} in the settings", False, True)
        else:
            detection = detect(report, profiles)
        official = official_split(
            source.official_chunks, detection.profile, last.official.answers if last else ()
        )
        results = _results(report, detection, official, self.config, last.results if last else ())
        context = ReportContext(report, detection, official, results, path)
        findings = self._grouper.group(run_rules(context, self.config.rules, self._rule_cache))
        memo.sweep()
        self._last = Analysis(report, detection, official, results, path, findings, self.config)
        return self._last


def analyze(raw: str, path: Path | None = None, config: Config | None = None) -> Analysis:
    return Analyzer(config).analyze(raw, path)


__all__ = [
    "Analysis",
    "Analyzer",
    "analyze",
    "looks_like_report",
]
