"""Report checks made of one check per question result, kept per result between keystrokes.

An edit moves every later answer in the text, so each later `QuestionResult` is a new object; but
one that equals the last but for where its text lies keeps its origin (`QuestionResult.key`). A
check that reads only the result and its question's own chunk finds the same there, so its
findings are kept per key: an edit recomputes its own question's only, and while no key changes
the check hands back the very same list (which the runner then stamps at no cost).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import chain

from mlops_report_lsp.results import QuestionResult
from mlops_report_lsp.rules.base import Found
from mlops_report_lsp.rules.context import ReportContext

ResultCheck = Callable[[ReportContext, QuestionResult], Iterable[Found]]


class PerResult:
    """A report check that runs `check` on each result and keeps its findings per result key."""

    def __init__(self, check: ResultCheck) -> None:
        self.check = check
        self._keys: Sequence[QuestionResult] = ()
        self._found: list[list[Found]] = []
        self._all: list[Found] = []
        self.__doc__ = check.__doc__

    def __call__(self, context: ReportContext) -> list[Found]:
        keys, results = context.result_keys, context.results
        known = self._keys
        if len(known) != len(keys):
            found = [list(self.check(context, result)) for result in results]
        else:
            changed = [index for index, key in enumerate(keys) if key is not known[index]]
            if not changed:
                return self._all
            found = self._found.copy()
            for index in changed:
                found[index] = list(self.check(context, results[index]))
        self._keys, self._found = keys, found
        self._all = list(chain.from_iterable(found))
        return self._all
