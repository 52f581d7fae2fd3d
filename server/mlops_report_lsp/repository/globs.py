"""gitignore-style globs, read by pathspec, matched with one regular expression where that is exact.

pathspec tries each pattern in turn through several layers of calls. The inventory tests every path
of a repository against its `.gitignore` (often a template of a hundred patterns), and the probes
test every file against each of their alternatives: in a teacher's batch of clones, that matching
was most of the time. Without a negated glob (`!`) the order of the patterns does not decide
anything (a path is matched when any pattern matches it), so the patterns are joined into one
regular expression; a spec with negations keeps pathspec's own matching.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pathspec

NAMED_GROUP = re.compile(r"\(\?P<\w+>")
"""pathspec names a group to tell directory matches apart, which only matters with negations."""
DEFAULT_FLAGS = re.compile("").flags
ANYWHERE = "^(?:.+/)?"
"""How pathspec starts a pattern without a slash (it matches in any folder): most of a `.gitignore`."""


def _joined(parts: list[str]) -> re.Pattern[str]:
    """One expression for any of `parts`; those matching in any folder share their common start,
    so that a path's folders are tried once, not once per pattern."""
    anywhere = [part[len(ANYWHERE) :] for part in parts if part.startswith(ANYWHERE)]
    branches = [part for part in parts if not part.startswith(ANYWHERE)]
    if anywhere:
        branches.append(ANYWHERE + "(?:" + "|".join(f"(?:{part})" for part in anywhere) + ")")
    return re.compile("|".join(f"(?:{branch})" for branch in branches) or "(?!)")


class Globs:
    """A path matcher equal to `spec.match_file` for relative POSIX paths, as the inventory lists."""

    matches: Callable[[str], object]

    def __init__(self, spec: pathspec.PathSpec[Any]) -> None:
        patterns = [p for p in spec.patterns if p.include is not None]
        regexes = [getattr(p, "regex", None) for p in patterns]
        self.matches = spec.match_file
        if all(p.include for p in patterns) and all(
            isinstance(r, re.Pattern) and r.flags == DEFAULT_FLAGS for r in regexes
        ):
            parts = [
                NAMED_GROUP.sub("(?:", r.pattern) for r in regexes if isinstance(r, re.Pattern)
            ]
            joined = _joined(parts)
            if not joined.groupindex:
                # Anchored patterns (pathspec's are) need only be tried at the start of the path.
                anchored = all(part.startswith("^") for part in parts)
                self.matches = joined.match if anchored else joined.search

    @staticmethod
    def of(lines: Iterable[str]) -> Globs:
        """Globs as the probes write them (pathspec's "gitignore" patterns), read when first matched."""
        return _Unread(tuple(lines))

    def filter(self, paths: Iterable[str]) -> list[str]:
        return [path for path in paths if self.matches(path)]

    def ready(self) -> None:
        """Read and compile the globs now if not yet, so that the first match does not."""


class _Unread(Globs):
    """Globs that pathspec reads, and that are joined and compiled, when first matched: the probes
    hold hundreds of globs, and a repository rarely holds files of every kind they look for (a
    lone report holds none), so reading them all at load was most of the probes' load time."""

    def __init__(self, lines: tuple[str, ...]) -> None:
        self._lines = lines
        self.matches = self._first

    def ready(self) -> None:
        # Two threads may both read the lines: each sets an equal matcher.
        if self.matches == self._first:
            import pathspec  # first needed here (see `inventory.load_matcher`)

            Globs.__init__(self, pathspec.PathSpec.from_lines("gitignore", self._lines))

    def _first(self, path: str) -> object:
        self.ready()
        return self.matches(path)
