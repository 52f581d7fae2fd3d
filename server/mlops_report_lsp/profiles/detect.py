"""Choose the template generation from the document's own evidence, and say why."""

from __future__ import annotations

from dataclasses import dataclass

from mlops_report_lsp.parse import Report
from mlops_report_lsp.profiles import Profile, Signal


@dataclass(frozen=True)
class Detection:
    profile: Profile
    reason: str
    ambiguous: bool
    configured: bool = False


def _present(signal: Signal, report: Report) -> bool:
    scope = report.text
    if signal.question is not None:
        question = next((q for q in report.questions if q.number == signal.question), None)
        if question is None:
            return False
        if signal.length is not None:
            return question.length_line is not None and question.length_line.words == signal.length
        start = report.source.offset(question.section.start)
        scope = report.text[start : report.source.offset(question.section.end)]
    return signal.text is not None and signal.text.lower() in scope.lower()


def detect(report: Report, profiles: dict[str, Profile]) -> Detection:
    """Rank profiles by matching question count, then by evidence present, then by evidence absent."""
    numbers = {q.number for q in report.questions}
    count = max(numbers, default=0)

    def rank(profile: Profile) -> tuple[int, int, int]:
        present = sum(_present(s, report) for s in profile.signals)
        absent = len(profile.signals) - present
        return (-abs(profile.questions - count), present, -absent)

    ranked = sorted(profiles.values(), key=rank, reverse=True)
    best = ranked[0]
    found = [s.describe() for s in best.signals if _present(s, report)]
    reason = f"{len(report.questions)} question headings (highest number {count})"
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
