"""Report checks made of one check per question result, kept per result between keystrokes.

An edit moves every later answer in the text, so each later `QuestionResult` is a new object; but
one that equals the last but for where its text lies keeps its origin (`QuestionResult.key`). A
check that reads only the result and its question's own chunk finds the same there, so its
findings are kept per key: an edit recomputes its own question's only, and while no key changes
the check hands back the very same list (which the runner then stamps at no cost).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from mlops_report_lsp.memo import same
from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.rules.base import Found
from mlops_report_lsp.rules.context import ReportContext

ResultCheck = Callable[[ReportContext, QuestionResult], Iterable[Found]]


class PerResult:
    """A report check that runs `check` on each result and keeps its findings per result key."""

    def __init__(self, check: ResultCheck) -> None:
        self.check = check
        self._keys: list[QuestionResult] = []
        self._found: list[list[Found]] = []
        self._all: list[Found] = []
        self.__doc__ = check.__doc__

    def __call__(self, context: ReportContext) -> list[Found]:
        keys = [result.key for result in context.results]
        known = self._keys
        if same(known, keys):
            return self._all
        self._found = [
            self._found[index]
            if index < len(known) and known[index] is key
            else list(self.check(context, result))
            for index, (key, result) in enumerate(zip(keys, context.results, strict=True))
        ]
        self._keys = keys
        self._all = [found for per_result in self._found for found in per_result]
        return self._all
