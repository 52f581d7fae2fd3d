"""Report checks kept between keystrokes: each reads one part of the report, and hands back the
very same list (which the runner then stamps at no cost) while that part is unchanged.

An edit changes one section, so one `Question` is a new object; but it moves every later answer in
the text, so each later `QuestionResult` is a new object too. One that equals the last but for
where its text lies keeps its origin (`QuestionResult.key`), so a check that reads only a result
and its question's own chunk keeps its findings per key (`PerResult`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from itertools import chain, compress
from operator import is_not
from typing import Generic, TypeVar

from mlops_report_lsp.model import Question
from mlops_report_lsp.profiles import Profile
from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.rules.base import Found
from mlops_report_lsp.rules.context import ReportContext

Part = TypeVar("Part")


class PerResult:
    """A report check that runs `check` on each result and keeps its findings per result key
    (for the same profile): an edit recomputes only the results it changed."""

    def __init__(self, check: Callable[[ReportContext, QuestionResult], Iterable[Found]]) -> None:
        self.check = check
        self._profile: Profile | None = None
        self._keys: Sequence[QuestionResult] = ()
        self._found: list[list[Found]] = []
        self._all: list[Found] = []

    def __call__(self, context: ReportContext) -> list[Found]:
        keys, results = context.result_keys, context.results
        known = self._keys
        if len(known) != len(keys) or self._profile is not context.detection.profile:
            found = [list(self.check(context, result)) for result in results]
        else:
            changed = list(compress(range(len(keys)), map(is_not, keys, known)))
            if not changed:
                return self._all
            found = self._found.copy()
            for index in changed:
                found[index] = list(self.check(context, results[index]))
        self._profile, self._keys, self._found = context.detection.profile, keys, found
        self._all = list(chain.from_iterable(found))
        return self._all


class ByQuestions:
    """A report check that reads only what `key` takes from each question (and the profile): kept
    while every question is the very same object or has an equal key."""

    def __init__(
        self,
        check: Callable[[ReportContext], Iterable[Found]],
        key: Callable[[Question], Hashable],
    ) -> None:
        self.check = check
        self.key = key
        self._profile: Profile | None = None
        self._questions: Sequence[Question] = ()
        self._found: list[Found] = []

    def __call__(self, context: ReportContext) -> list[Found]:
        questions, known = context.report.questions, self._questions
        if (
            self._profile is not context.detection.profile
            or len(questions) != len(known)
            or any(
                self.key(questions[index]) != self.key(known[index])
                for index in compress(range(len(known)), map(is_not, questions, known))
            )
        ):
            self._found = list(self.check(context))
        self._profile, self._questions = context.detection.profile, questions
        return self._found


class Kept(Generic[Part]):
    """A report check of one part of the report (a question's section, the preamble), kept while
    that part is the very same object: a keystroke elsewhere gets the same `Found`s, and so the
    same findings and diagnostics, instead of new ones."""

    def __init__(
        self,
        part: Callable[[ReportContext], Part | None],
        check: Callable[[ReportContext, Part], Iterable[Found]],
    ) -> None:
        self.part = part
        self.check = check
        self._last: tuple[Part | None, list[Found]] = (None, [])

    def __call__(self, context: ReportContext) -> list[Found]:
        part = self.part(context)
        if part is None:
            return []
        if self._last[0] is not part:
            self._last = (part, list(self.check(context, part)))
        return self._last[1]
