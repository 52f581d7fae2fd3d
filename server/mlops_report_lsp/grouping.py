"""One finding for a problem repeated all over the report, instead of the same line 31 times.

When at least `MIN_REPEATS` findings say the same thing (same code, same message once the question
number is set aside), the first keeps its severity and says how many more there are and where;
the others stay at their places, for the editor, lowered to hints. Findings that cost a point on
the leaderboard each (word and image counts, the official failure) and errors are never grouped:
each of them needs its own fix.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.wording import plural

MIN_REPEATS = 3
NEVER_GROUPED = frozenset({"official-will-fail", "word-count", "image-count"})
QUESTION_NUMBER = re.compile(r"\bQuestion \d+\b")


def _key(finding: Finding) -> tuple[str, str] | None:
    if finding.code in NEVER_GROUPED or finding.severity is Severity.ERROR:
        return None
    return finding.code, QUESTION_NUMBER.sub("Question N", finding.message)


def number_ranges(numbers: Sequence[int]) -> str:
    """ "4, 6–9, 12" """
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def one_per_question(others: Sequence[Finding]) -> bool:
    """Whether the repeats are best named by their questions (else by their lines)."""
    questions = [f.question for f in others if f.question is not None]
    return len(questions) == len(others) and len(set(questions)) == len(questions)


def _where(others: Sequence[Finding]) -> str:
    if one_per_question(others):
        questions = [f.question for f in others if f.question is not None]
        return f"in {plural(len(others), 'more question')}: {number_ranges(questions)}"
    lines = [f.span.start.line + 1 for f in others]
    return f"at {plural(len(others), 'more place')}: lines {number_ranges(lines)}"


def _suffix(repeats: Sequence[Finding]) -> str:
    return f" The same {_where(repeats)}."


def own_message(finding: Finding) -> str:
    """The message of one finding on its own, without what the first of a group says about the
    others."""
    if not finding.repeats:
        return finding.message
    return finding.message.removesuffix(_suffix(finding.repeats))


class Grouper:
    """Groups repeated findings, keeping the objects of unchanged findings from one analysis to the
    next (the server reuses a diagnostic's JSON as long as its finding is the same object)."""

    def __init__(self) -> None:
        self._lowered: dict[int, tuple[Finding, Finding]] = {}
        self._firsts: dict[int, tuple[Finding, Finding]] = {}
        self._next_lowered: dict[int, tuple[Finding, Finding]] = {}
        self._next_firsts: dict[int, tuple[Finding, Finding]] = {}
        self._keys: dict[int, tuple[Finding, tuple[str, str] | None]] = {}
        self._next_keys: dict[int, tuple[Finding, tuple[str, str] | None]] = {}
        self._last: tuple[Sequence[Finding], tuple[Finding, ...]] = ((), ())
        """The last findings grouped and their grouping: the same object again costs nothing."""

    def _key(self, finding: Finding) -> tuple[str, str] | None:
        known = self._keys.get(id(finding))
        if known is None or known[0] is not finding:
            known = (finding, _key(finding))
        self._next_keys[id(finding)] = known
        return known[1]

    def _lower(self, finding: Finding) -> Finding:
        known = self._lowered.get(id(finding))
        if known is None or known[0] is not finding:
            known = (finding, dataclasses.replace(finding, severity=Severity.HINT))
        self._next_lowered[id(finding)] = known
        return known[1]

    def _first(self, finding: Finding, repeats: tuple[Finding, ...]) -> Finding:
        known = self._firsts.get(id(finding))
        if known is None or known[0] is not finding or known[1].repeats != repeats:
            message = finding.message + _suffix(repeats)
            known = (finding, dataclasses.replace(finding, message=message, repeats=repeats))
        self._next_firsts[id(finding)] = known
        return known[1]

    def group(self, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        if findings is self._last[0]:
            return self._last[1]
        self._next_lowered, self._next_firsts, self._next_keys = {}, {}, {}
        members: dict[tuple[str, str], list[int]] = {}
        for index, finding in enumerate(findings):
            key = self._key(finding)
            if key is not None:
                members.setdefault(key, []).append(index)
        grouped = list(findings)
        for indices in members.values():
            if len(indices) < MIN_REPEATS:
                continue
            others = tuple(self._lower(findings[index]) for index in indices[1:])
            grouped[indices[0]] = self._first(findings[indices[0]], others)
            for index, lowered in zip(indices[1:], others, strict=True):
                grouped[index] = lowered
        self._lowered, self._firsts = self._next_lowered, self._next_firsts
        self._keys = self._next_keys
        self._last = (findings, tuple(grouped))
        return self._last[1]
