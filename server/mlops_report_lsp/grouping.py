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
from functools import lru_cache
from itertools import compress
from operator import is_not

from mlops_report_lsp.memo import same
from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.wording import plural

MIN_REPEATS = 3
NEVER_GROUPED = frozenset({"official-will-fail", "word-count", "image-count"})
QUESTION_NUMBER = re.compile(r"\bQuestion \d+\b")
MAX_REPLACED = 16
"""Findings changed since the last grouping that are put in place without grouping again."""


def _key(finding: Finding) -> tuple[str, str] | None:
    if finding.code in NEVER_GROUPED or finding.severity is Severity.ERROR:
        return None
    return finding.code, _without_number(finding.message)


@lru_cache(maxsize=4096)
def _without_number(message: str) -> str:
    """The message with its question number set aside (messages repeat across findings)."""
    return QUESTION_NUMBER.sub("Question N", message)


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


Group = tuple[tuple[Finding, ...], Finding, tuple[Finding, ...]]
"""A group's members, its first with the count, and the others as hints."""


def _regrouped(members: tuple[Finding, ...], known: Group | None) -> Group:
    """A group whose members changed: members it had keep their hint copies, and the first its
    counted copy if the others are the same."""
    hints = (
        {id(member): (member, hint) for member, hint in zip(known[0][1:], known[2], strict=True)}
        if known
        else {}
    )
    others = []
    for member in members[1:]:
        hint = hints.get(id(member))
        others.append(
            hint[1]
            if hint is not None and hint[0] is member
            else dataclasses.replace(member, severity=Severity.HINT)
        )
    repeats = tuple(others)
    first = members[0]
    if known is not None and known[0][0] is first and known[1].repeats == repeats:
        return members, known[1], repeats
    counted = dataclasses.replace(first, message=first.message + _suffix(repeats), repeats=repeats)
    return members, counted, repeats


Key = tuple[str, str]


class Grouper:
    """Groups repeated findings, keeping the objects of unchanged findings from one analysis to the
    next (the server reuses a diagnostic's JSON as long as its finding is the same object)."""

    def __init__(self) -> None:
        self._groups: dict[Key, Group] = {}
        self._members: dict[Key, list[int]] = {}
        """Where each group key's findings are in the last findings grouped."""
        self._keys: dict[int, tuple[Finding, Key | None]] = {}
        self._last: tuple[Sequence[Finding], tuple[Finding, ...]] = ((), ())
        """The last findings grouped and their grouping: the same object again costs nothing."""

    def group(self, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        if findings is self._last[0]:
            return self._last[1]
        grouped = self._replaced(findings)
        self._last = (findings, grouped if grouped is not None else self._grouped(findings))
        return self._last[1]

    def _key(self, finding: Finding) -> Key | None:
        keyed = self._keys.get(id(finding))
        if keyed is None or keyed[0] is not finding:
            keyed = (finding, _key(finding))
        return keyed[1]

    def _replaced(self, findings: Sequence[Finding]) -> tuple[Finding, ...] | None:
        """The last grouping with the findings that changed put in their places, when only a few
        changed, each under the same group key as the one it replaces (a keystroke changes the
        word count of one answer, or a finding on the line typed in): only their groups are made
        again. Else None."""
        last, grouped = self._last
        if len(findings) != len(last):
            return None
        changed = list(compress(range(len(findings)), map(is_not, last, findings)))
        if len(changed) > MAX_REPLACED:
            return None
        keys = [self._key(findings[index]) for index in changed]
        if any(key != self._key(last[index]) for index, key in zip(changed, keys, strict=True)):
            return None
        result = list(grouped)
        for index, key in zip(changed, keys, strict=True):
            self._keys.pop(id(last[index]), None)
            self._keys[id(findings[index])] = (findings[index], key)
            result[index] = findings[index]
        for key in {key for key in keys if key is not None}:
            self._place(key, self._members[key], findings, result)
        return tuple(result)

    def _grouped(self, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        members: dict[Key, list[int]] = {}
        keys: dict[int, tuple[Finding, Key | None]] = {}
        for index, finding in enumerate(findings):
            key = self._key(finding)
            keys[id(finding)] = (finding, key)
            if key is not None:
                members.setdefault(key, []).append(index)
        grouped = list(findings)
        known, self._groups = self._groups, {}
        for key, indices in members.items():
            self._place(key, indices, findings, grouped, known)
        self._members, self._keys = members, keys
        return tuple(grouped)

    def _place(
        self,
        key: Key,
        indices: list[int],
        findings: Sequence[Finding],
        grouped: list[Finding],
        known_groups: dict[Key, Group] | None = None,
    ) -> None:
        """Group the findings of one key at `indices` in `grouped` (three or more: the first with
        the count, the others as hints), its last group (in `known_groups`, else the current
        ones) reused for what did not change."""
        if len(indices) < MIN_REPEATS:
            return
        group = tuple(findings[index] for index in indices)
        known = (self._groups if known_groups is None else known_groups).get(key)
        if known is None or not same(known[0], group):
            known = _regrouped(group, known)
        self._groups[key] = known
        grouped[indices[0]] = known[1]
        for index, lowered in zip(indices[1:], known[2], strict=True):
            grouped[index] = lowered
