"""The engine's entry point: text -> parsed report -> profile -> official counts -> findings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from mlops_report_lsp import memo
from mlops_report_lsp.config import AUTO, Config
from mlops_report_lsp.counting import (
    MARKER,
    OfficialAnswer,
    OfficialResult,
    graded_answer,
    official_split,
)
from mlops_report_lsp.grouping import Grouper
from mlops_report_lsp.model import Finding, Limits
from mlops_report_lsp.parse import Report, SectionCache, parse
from mlops_report_lsp.profiles import Profile
from mlops_report_lsp.profiles.detect import Detection, detect
from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.rules import RuleCache, run_rules
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.text import SourceText

MIN_QUESTIONS_FOR_STRUCTURE = 3


@dataclass(init=False, repr=False, eq=False)
class Analysis(ReportContext):
    """What the rules saw, what they found, and the settings it was analysed with."""

    findings: tuple[Finding, ...] = ()
    config: Config = field(default_factory=Config)

    def __init__(
        self,
        report: Report,
        detection: Detection,
        official: OfficialResult,
        results: tuple[QuestionResult, ...],
        path: Path | None,
        findings: tuple[Finding, ...] = (),
        config: Config | None = None,
    ) -> None:
        super().__init__(report, detection, official, results, path)
        self.__dict__.update(findings=findings, config=Config() if config is None else config)

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
    return [answer.moved(-1) for answer in result.answers]


def _simulated(report: Report, index: int) -> OfficialAnswer:
    """The grader's reading of one question as if the document split cleanly at its own marker."""
    question = report.questions[index]
    source = report.source
    start = source.offset(question.markers[-1].end if question.markers else question.body.start)
    last = index == len(report.questions) - 1
    end = source.length if last else source.offset(report.questions[index + 1].section.start)
    return graded_answer(source.slice(start, end), start, last)


@memo.identical
def _layout(report: Report) -> dict[int, tuple[int, int, int]]:
    """Per question number, its first question's index and where that question's chunk starts
    and how long it is (kept for the next analysis, which compares with this one)."""
    chunks = report.source.chunks
    first = len(chunks) - len(report.questions)
    starts = [0, *accumulate(map(len, chunks))]
    layout: dict[int, tuple[int, int, int]] = {}
    for index, question in enumerate(report.questions):
        if question.number not in layout:
            chunk = first + index
            layout[question.number] = (index, starts[chunk], len(chunks[chunk]))
    return layout


def _moved_with_chunk(
    graded: OfficialAnswer, before: OfficialAnswer, shift: int, start: int, length: int
) -> bool:
    """Whether `graded` is `before` moved by `shift`, as its question's chunk (now at `start`,
    `length` characters long) was, with the `Answer:` it follows and all it reads in that chunk."""
    cut = graded.cut_at
    return (
        graded.text is before.text
        and graded.start - before.start == shift
        and graded.end - before.end == shift
        and graded.piece_start - before.piece_start == shift
        and (
            cut - before.cut_at == shift
            if cut is not None and before.cut_at is not None
            else cut is before.cut_at
        )
        and graded.repeated == before.repeated
        and graded.piece_start - len(MARKER) >= start
        and max(graded.end, cut or 0) <= start + length
    )


def _origin(
    known: QuestionResult,
    graded: OfficialAnswer,
    place: tuple[int, int, int],
    before: dict[int, tuple[int, int, int]],
) -> QuestionResult | None:
    """`known`'s origin if `graded` is its graded answer moved with its question's chunk (now
    at `place`; `before`, the last analysis's layout)."""
    was = before.get(known.number)
    if known.graded is None or was is None:
        return None
    _, start, length = place
    if not _moved_with_chunk(graded, known.graded, start - was[1], start, length):
        return None
    return known.key


@memo.identical
def _limited(
    profile: Profile, overrides: Mapping[int, Limits]
) -> tuple[Profile, tuple[Limits, ...]]:
    """The profile with the settings' limits laid over it, and each question's limits (the very
    same objects while the profile and the settings are)."""
    limited = profile.with_limits(overrides) if overrides else profile
    return limited, tuple(limited.limits_for(n) for n in range(1, limited.questions + 1))


def _results(
    report: Report,
    detection: Detection,
    official: OfficialResult,
    config: Config,
    last: Analysis | None = None,
) -> tuple[QuestionResult, ...]:
    """Each question's numbers; a previous result is kept where its question and its graded
    answer are the very same objects (its numbers are theirs) and its limits the same, and its
    origin is kept where the graded answer only moved with its question's chunk."""
    profile, all_limits = _limited(detection.profile, config.limits)
    answers = _official_answers(report.source, official) if official.runs else []
    layout = _layout(report)
    previous = last.results if last else ()
    before = _layout(last.report) if last and answers else {}
    results = []
    for number in range(1, profile.questions + 1):
        place = layout.get(number)
        question = report.questions[place[0]] if place is not None else None
        graded: OfficialAnswer | None
        if answers:
            graded = answers[number - 1]
        elif place is not None:
            graded = _simulated(report, place[0])
        else:
            graded = None
        limits = all_limits[number - 1]
        known = previous[number - 1] if number <= len(previous) else None
        if (
            known is not None
            and known.question is question
            and known.official == bool(answers)
            and (known.limits is limits or known.limits == limits)
        ):
            if known.graded is graded:
                results.append(known)
                continue
            if graded is not None and place is not None and before:
                origin = _origin(known, graded, place, before)
                if origin is not None:  # `known` moved: all but where its text lies is the same
                    results.append(known.moved(limits, graded, origin))
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
        known = last.report.source if last else None
        source = SourceText.from_document(raw, known.chunks if known else (), known)
        report = parse(source, self._cache)
        profiles = self.config.profiles()
        if self.config.profile != AUTO and self.config.profile in profiles:
            chosen = profiles[self.config.profile]
            detection = Detection(chosen, f"set to {chosen.name} in the settings", False, True)
        else:
            detection = detect(report, profiles)
        official = official_split(
            source.official_chunks, detection.profile, last.official if last else None
        )
        results = _results(report, detection, official, self.config, last)
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
