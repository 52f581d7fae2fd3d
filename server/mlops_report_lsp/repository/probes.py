"""Evidence probes and checklist generations, loaded from the data files next to this module."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from mlops_report_lsp.repository.checklist import normalised
from mlops_report_lsp.repository.globs import Globs
from mlops_report_lsp.repository.inventory import Inventory
from mlops_report_lsp.tables import builtin_table
from mlops_report_lsp.values import Value

MAX_PATHS = 5


def never_evidence(path: str) -> bool:
    """The report, its figures and the course's `report.py` are never evidence of the work (the
    gitignore glob `/reports/`, without pathspec: a lone report's folder needs no glob read)."""
    return path.startswith("reports/")


def _globs(globs: list[str]) -> Globs | None:
    return Globs.of(globs) if globs else None


@dataclass(init=False, repr=False, eq=False)
class Alternative(Value):
    files: Globs | None
    exclude: Globs | None
    content: tuple[str, ...]
    """Regular expressions (`_compiled`)."""
    also: tuple[Globs, ...]
    exists: tuple[str, ...]
    min_bytes: int

    def __init__(
        self,
        files: Globs | None,
        exclude: Globs | None,
        content: tuple[str, ...],
        also: tuple[Globs, ...],
        exists: tuple[str, ...],
        min_bytes: int,
    ) -> None:
        self.__dict__.update(
            files=files,
            exclude=exclude,
            content=content,
            also=also,
            exists=exists,
            min_bytes=min_bytes,
        )

    @staticmethod
    def load(raw: dict[str, Any]) -> Alternative:
        return Alternative(
            files=_globs(raw.get("files", [])),
            exclude=_globs(raw.get("exclude", [])),
            content=tuple(raw.get("content", [])),
            also=tuple(Globs.of(group) for group in raw.get("also", [])),
            exists=tuple(raw.get("exists", [])),
            min_bytes=int(raw.get("min_bytes", 0)),
        )

    def ready(self) -> None:
        """Read and compile its globs and content patterns now if not yet (see `ready_steps`)."""
        for globs in (self.files, self.exclude, *self.also):
            if globs is not None:
                globs.ready()
        _compiled(self.content)


@cache
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """An alternative's content patterns, compiled when a file is first read for them."""
    return tuple(re.compile(pattern, re.IGNORECASE | re.MULTILINE) for pattern in patterns)


@dataclass(init=False, repr=False, eq=False)
class Hit(Value):
    """A file that shows the evidence; `line` (1-based) where a content pattern matched."""

    path: str
    line: int | None = None

    def __init__(self, path: str, line: int | None = None) -> None:
        self.__dict__.update(path=path, line=line)

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(init=False, repr=False, eq=False)
class Probe(Value):
    name: str
    looked_for: str
    alternatives: tuple[Alternative, ...]

    def __init__(self, name: str, looked_for: str, alternatives: tuple[Alternative, ...]) -> None:
        self.__dict__.update(name=name, looked_for=looked_for, alternatives=alternatives)

    def hits(self, inventory: Inventory) -> list[Hit]:
        """Up to `MAX_PATHS` files showing the evidence; empty when nothing does."""
        found: dict[str, Hit] = {}
        for alternative in self.alternatives:
            for hit in _alternative_hits(alternative, inventory, MAX_PATHS):
                found.setdefault(hit.path, hit)
            if len(found) >= MAX_PATHS:
                break
        return list(found.values())[:MAX_PATHS]


def _candidates(alternative: Alternative, inventory: Inventory) -> list[str]:
    if alternative.files is None:
        return []
    exclude = alternative.exclude
    return [
        path
        for path in alternative.files.filter(inventory.without(never_evidence))
        if (exclude is None or not exclude.matches(path))
        and inventory.sizes.get(path, 0) >= alternative.min_bytes
    ]


def _line_of_all(patterns: tuple[re.Pattern[str], ...], text: str) -> int | None:
    """The line (1-based) where the last pattern matches, when every pattern matches somewhere."""
    found = None
    for pattern in patterns:
        found = pattern.search(text)
        if found is None:
            return None
    return None if found is None else text.count("\n", 0, found.start()) + 1


def _alternative_hits(alternative: Alternative, inventory: Inventory, room: int) -> list[Hit]:
    found = [Hit(name) for name in alternative.exists if (inventory.root / name).exists()]
    for group in alternative.also:
        if not group.filter(inventory.without(never_evidence)):
            return []
    for path in _candidates(alternative, inventory):
        if len(found) >= room:
            break
        if not alternative.content:
            found.append(Hit(path))
            continue
        text = inventory.text(path)
        if text is None:
            continue
        line = _line_of_all(_compiled(alternative.content), text)
        if line is not None:
            found.append(Hit(path, line))
    return found[:room]


@dataclass(init=False, repr=False, eq=False)
class Entry(Value):
    """One item of a checklist generation: its probe, or why a repository cannot show it."""

    match: str
    probe: Probe | None
    not_in_repo: str | None

    def __init__(self, match: str, probe: Probe | None, not_in_repo: str | None) -> None:
        self.__dict__.update(match=match, probe=probe, not_in_repo=not_in_repo)


KNOWN_TEXTS = 1024
"""Item texts whose entry a generation remembers: a teacher's batch repeats the template's."""


class Generation:
    """A checklist generation: its items' entries, in order."""

    def __init__(self, name: str, entries: tuple[Entry, ...]) -> None:
        self.name = name
        self.entries = entries
        self._known: dict[str, Entry | None] = {}

    def entry(self, text: str) -> Entry | None:
        """The entry an item's text matches; remembered, as every report repeats the items."""
        known = self._known
        if text not in known:
            if len(known) >= KNOWN_TEXTS:
                known.clear()
            known[text] = self._match(text)
        return known[text]

    def _match(self, text: str) -> Entry | None:
        words = normalised(text)
        for entry in self.entries:
            if words.startswith(entry.match):
                return entry
        return None


GENERATIONS = ("2026", "2025", "2023")


@cache
def probes() -> dict[str, Probe]:
    raw = builtin_table("repository/data/probes.toml")
    return {
        name: Probe(name, spec["looked_for"], tuple(Alternative.load(a) for a in spec["any"]))
        for name, spec in raw.items()
    }


@cache
def generations() -> tuple[Generation, ...]:
    known = probes()
    loaded = []
    for name in GENERATIONS:
        raw = builtin_table(f"repository/data/{name}.toml")
        entries = tuple(
            Entry(
                item["match"],
                known[item["probe"]] if "probe" in item else None,
                item.get("not_in_repo"),
            )
            for item in raw["item"]
        )
        loaded.append(Generation(name, entries))
    return tuple(loaded)


def ready_steps() -> Iterator[str]:
    """Read and compile the probes' globs and patterns, one probe a step (each yields its name):
    the server takes a step whenever its event loop is free after loading the engine, so that a
    report opened later does not pay for them in its first analysis, and one opened at once waits
    for one step at most (it compiles what it needs itself)."""
    for probe in probes().values():
        for alternative in probe.alternatives:
            alternative.ready()
        yield probe.name


def best_generation(texts: list[str]) -> Generation:
    """The generation whose items the report's items match most often (the newest on a tie)."""
    return max(generations(), key=lambda gen: sum(gen.entry(text) is not None for text in texts))
