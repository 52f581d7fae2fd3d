"""Repository evidence cached per repository, for the rules and hovers of every analysis.

The command line builds an inventory when first asked. The language server builds one when a
report is opened (`prepare`) and installs a `background` hook for any other miss: that returns None
at once and the server builds the inventory off the keystroke path, so typing never waits for a
walk of the repository.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mlops_report_lsp.repository.evidence import ProbeResults, RepositoryEvidence, judge
from mlops_report_lsp.repository.inventory import build, find_root

MEMO = 8


class EvidenceStore:
    """Probe results per repository root, and the last few checklists judged against them."""

    def __init__(self) -> None:
        self._results: dict[Path, ProbeResults] = {}
        self._judged: dict[tuple[int, str], tuple[ProbeResults, RepositoryEvidence]] = {}
        self._roots: dict[Path, Path] = {}
        self.background: Callable[[Path], bool] | None = None
        """Set by the server: asked to build a missing inventory off the keystroke path; it
        answers False when it cannot (no event loop), and the store builds it here instead."""

    def results(self, root: Path) -> ProbeResults | None:
        found = self._results.get(root)
        if found is None:
            if self.background is not None and self.background(root):
                return None
            found = self._build(root)
        return found

    def _build(self, root: Path) -> ProbeResults:
        found = self._results[root] = ProbeResults(build(root))
        return found

    def roots(self) -> list[Path]:
        return list(self._results)

    def prepare(self, path: Path | None) -> None:
        """Build the inventory for a report at `reports/README.md` now, if none is cached."""
        if path is not None and path.parent.name == "reports":
            root = self._root(path)
            if root not in self._results:
                self._build(root)

    def _root(self, path: Path) -> Path:
        root = self._roots.get(path)
        if root is None:
            root = self._roots[path] = find_root(path)
        return root

    def put(self, root: Path, results: ProbeResults) -> None:
        self._results[root] = results

    def for_report(self, path: Path | None, text: str) -> RepositoryEvidence | None:
        """The evidence for a report at `reports/README.md` (the course layout), else None.

        `text` needs only the part before the first question (the checklist): callers pass the
        preamble so that typing in an answer finds the memo.
        """
        if path is None or path.parent.name != "reports":
            return None
        results = self.results(self._root(path))
        if results is None:
            return None
        key = (id(results), text)
        memo = self._judged.get(key)
        if memo is not None and memo[0] is results:
            return memo[1]
        judged = judge(text, results, path)
        if len(self._judged) >= MEMO:
            self._judged.pop(next(iter(self._judged)))
        self._judged[key] = (results, judged)
        return judged


STORE = EvidenceStore()
