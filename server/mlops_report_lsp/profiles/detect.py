"""Choose the template generation from the document's own evidence, and say why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import is_not

from mlops_report_lsp.memo import same
from mlops_report_lsp.model import Question
from mlops_report_lsp.parse import Report
from mlops_report_lsp.profiles import Profile, Signal
from mlops_report_lsp.text import folded_matches
from mlops_report_lsp.values import Value


@dataclass(init=False, repr=False, eq=False)
class Detection(Value):
    profile: Profile
    reason: str
    ambiguous: bool
    configured: bool = False

    def __init__(
        self, profile: Profile, reason: str, ambiguous: bool, configured: bool = False
    ) -> None:
        self.__dict__.update(
            profile=profile, reason=reason, ambiguous=ambiguous, configured=configured
        )


class _Evidence:
    """What detection reads, kept between keystrokes: each chunk's signal texts found (redone only
    for a chunk that is a new object) and the last detection with the evidence it came from, so an
    edit that changes none of it costs a comparison instead of a ranking."""

    def __init__(self) -> None:
        self.profiles: tuple[Profile, ...] = ()
        self.needles: frozenset[str] = frozenset()
        self.signals: tuple[tuple[Signal, str | None], ...] = ()
        """Every profile's signals, once each, with their text in lower case."""
        self.chunks: Sequence[str] = ()
        self.matches: list[frozenset[str]] = []
        self.key: tuple[object, ...] | None = None
        self.detection: Detection | None = None
        self.questions: Sequence[Question] = ()
        """The questions the last detection read."""

    def use(self, profiles: tuple[Profile, ...], chunks: Sequence[str]) -> bool:
        """Bring the needles and the per-chunk matches up to date with `profiles` and `chunks`;
        whether any of them changed (a chunk that is a new object with the same matches is no
        change)."""
        changed = not same(self.profiles, profiles)
        if changed:
            self.profiles, self.chunks, self.key = profiles, (), None
            signals = dict.fromkeys(s for profile in profiles for s in profile.signals)
            self.signals = tuple((s, s.text.lower() if s.text else s.text) for s in signals)
            self.needles = frozenset(text for _, text in self.signals if text is not None)
        known, needles, matches = self.chunks, self.needles, self.matches
        if len(known) == len(chunks):
            for index in compress(range(len(chunks)), map(is_not, chunks, known)):
                found = folded_matches(chunks[index], needles)
                changed = changed or found != matches[index]
                matches[index] = found
        else:
            changed = True
            self.matches = [
                matches[index]
                if index < len(known) and known[index] is chunk
                else folded_matches(chunk, needles)
                for index, chunk in enumerate(chunks)
            ]
        self.chunks = chunks
        return changed

    def same_questions(self, questions: Sequence[Question]) -> bool:
        """Whether `questions` have the numbers and length lines detection last read."""
        known = self.questions
        return len(known) == len(questions) and all(
            known[index].number == questions[index].number
            and _words(known[index]) == _words(questions[index])
            for index in compress(range(len(known)), map(is_not, questions, known))
        )


def _words(question: Question) -> tuple[int, int] | None:
    return question.length_line.words if question.length_line is not None else None


_EVIDENCE = _Evidence()


def _present(
    signal: Signal,
    text: str | None,
    report: Report,
    matches: Sequence[frozenset[str]],
    index_of: dict[int, int],
) -> bool:
    """Whether the evidence is in the document; `text` is the signal's in lower case, `matches`
    each chunk's signal texts found, `index_of` the first question with each number."""
    if signal.question is not None:
        index = index_of.get(signal.question)
        if index is None:
            return False
        question = report.questions[index]
        if signal.length is not None:
            return question.length_line is not None and question.length_line.words == signal.length
        if text is None:
            return False
        return text in matches[len(matches) - len(report.questions) + index]
    return text is not None and any(text in found for found in matches)


def detect(report: Report, profiles: dict[str, Profile]) -> Detection:
    """Rank profiles by matching question count, then by evidence present, then by evidence absent
    (the very same `Detection` again while the numbers and the evidence are unchanged)."""
    evidence = _EVIDENCE
    listed = tuple(profiles.values())
    changed = evidence.use(listed, report.source.chunks)
    if (
        not changed
        and evidence.detection is not None
        and evidence.same_questions(report.questions)
        and evidence.key is not None
        and evidence.key[0] == tuple(profiles)
    ):
        evidence.questions = report.questions
        return evidence.detection
    evidence.questions = report.questions
    count = max((q.number for q in report.questions), default=0)
    index_of: dict[int, int] = {}
    for index, question in enumerate(report.questions):
        index_of.setdefault(question.number, index)
    present = tuple(
        _present(s, text, report, evidence.matches, index_of) for s, text in evidence.signals
    )
    key = (tuple(profiles), count, len(report.questions), present)
    if evidence.key != key or evidence.detection is None:
        found = {s: value for (s, _), value in zip(evidence.signals, present, strict=True)}
        evidence.key = key
        evidence.detection = _ranked(listed, count, len(report.questions), found)
    return evidence.detection


def _ranked(
    profiles: tuple[Profile, ...], count: int, headings: int, present: dict[Signal, bool]
) -> Detection:
    def rank(profile: Profile) -> tuple[int, int, int]:
        present_count = sum(present[s] for s in profile.signals)
        absent = len(profile.signals) - present_count
        return (-abs(profile.questions - count), present_count, -absent)

    ranked = sorted(profiles, key=rank, reverse=True)
    best = ranked[0]
    found = [s.describe() for s in best.signals if present[s]]
    reason = f"{headings} question headings (highest number {count})"
    if found:
        reason += "; found " + ", ".join(found)
    ambiguous = len(ranked) > 1 and rank(ranked[1]) == rank(best)
    if count != best.questions:
        ambiguous = True
    if ambiguous:
        close = [p.name for p in ranked if rank(p) == rank(best)]
        reason += "; the evidence is ambiguous" + (
            f" between {', '.join(close)}" if len(close) > 1 else ""
        )
    return Detection(best, reason, ambiguous)
