"""Choose the template generation from the document's own evidence, and say why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from mlops_report_lsp.model import Value
from mlops_report_lsp.parse import Report
from mlops_report_lsp.profiles import Profile, Signal
from mlops_report_lsp.text import folded_matches


@dataclass(frozen=True, repr=False, eq=False)
class Detection(Value):
    profile: Profile
    reason: str
    ambiguous: bool
    configured: bool = False


def _present(
    signal: Signal,
    report: Report,
    needles: frozenset[str],
    everywhere: Callable[[], frozenset[str]],
) -> bool:
    """Whether the evidence is in the document, searched chunk by chunk for all the `needles`
    (every signal's text, lower case) at once, and cached; `everywhere` gives the needles found
    in any chunk."""
    if signal.question is not None:
        index = next(
            (i for i, q in enumerate(report.questions) if q.number == signal.question), None
        )
        if index is None:
            return False
        question = report.questions[index]
        if signal.length is not None:
            return question.length_line is not None and question.length_line.words == signal.length
        chunks = report.source.chunks
        if signal.text is None:
            return False
        chunk = chunks[len(chunks) - len(report.questions) + index]
        return signal.text.lower() in folded_matches(chunk, needles)
    return signal.text is not None and signal.text.lower() in everywhere()


def detect(report: Report, profiles: dict[str, Profile]) -> Detection:
    """Rank profiles by matching question count, then by evidence present, then by evidence absent."""
    count = max((q.number for q in report.questions), default=0)
    present_cache: dict[Signal, bool] = {}
    needles = frozenset(
        s.text.lower()
        for profile in profiles.values()
        for s in profile.signals
        if s.text is not None
    )

    anywhere: list[frozenset[str]] = []

    def everywhere() -> frozenset[str]:
        if not anywhere:
            anywhere.append(
                frozenset().union(*(folded_matches(c, needles) for c in report.source.chunks))
            )
        return anywhere[0]

    def present(signal: Signal) -> bool:
        if signal not in present_cache:
            present_cache[signal] = _present(signal, report, needles, everywhere)
        return present_cache[signal]

    def rank(profile: Profile) -> tuple[int, int, int]:
        present_count = sum(present(s) for s in profile.signals)
        absent = len(profile.signals) - present_count
        return (-abs(profile.questions - count), present_count, -absent)

    ranked = sorted(profiles.values(), key=rank, reverse=True)
    best = ranked[0]
    found = [s.describe() for s in best.signals if present(s)]
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
