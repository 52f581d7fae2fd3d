"""Evidence probes and checklist generations, loaded from the data files next to this module."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pathspec

from mlops_report_lsp.repository.checklist import normalised
from mlops_report_lsp.repository.inventory import Inventory
from mlops_report_lsp.tables import builtin_table

MAX_PATHS = 5
NEVER = pathspec.PathSpec.from_lines("gitignore", ["/reports/"])
"""The report, its figures and the course's `report.py` are never evidence of the work."""


def _spec(globs: list[str]) -> pathspec.PathSpec[Any] | None:
    return pathspec.PathSpec.from_lines("gitignore", globs) if globs else None


@dataclass(frozen=True)
class Alternative:
    files: pathspec.PathSpec[Any] | None
    exclude: pathspec.PathSpec[Any] | None
    content: tuple[re.Pattern[str], ...]
    also: tuple[pathspec.PathSpec[Any], ...]
    exists: tuple[str, ...]
    min_bytes: int

    @staticmethod
    def load(raw: dict[str, Any]) -> Alternative:
        return Alternative(
            files=_spec(raw.get("files", [])),
            exclude=_spec(raw.get("exclude", [])),
            content=tuple(
                re.compile(pattern, re.IGNORECASE | re.MULTILINE)
                for pattern in raw.get("content", [])
            ),
            also=tuple(pathspec.PathSpec.from_lines("gitignore", g) for g in raw.get("also", [])),
            exists=tuple(raw.get("exists", [])),
            min_bytes=int(raw.get("min_bytes", 0)),
        )


@dataclass(frozen=True)
class Hit:
    """A file that shows the evidence; `line` (1-based) where a content pattern matched."""

    path: str
    line: int | None = None

    def __str__(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Probe:
    name: str
    looked_for: str
    alternatives: tuple[Alternative, ...]

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
    paths = [
        path
        for path in alternative.files.match_files(inventory.files)
        if not NEVER.match_file(path)
        and (alternative.exclude is None or not alternative.exclude.match_file(path))
        and inventory.sizes.get(path, 0) >= alternative.min_bytes
    ]
    return sorted(paths, key=lambda path: (path.count("/"), path))


def _alternative_hits(alternative: Alternative, inventory: Inventory, room: int) -> list[Hit]:
    found = [Hit(name) for name in alternative.exists if (inventory.root / name).exists()]
    for group in alternative.also:
        if not any(not NEVER.match_file(path) for path in group.match_files(inventory.files)):
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
        matches = [pattern.search(text) for pattern in alternative.content]
        if all(matches):
            first = matches[-1]
            assert first is not None
            found.append(Hit(path, text.count("\n", 0, first.start()) + 1))
    return found[:room]


@dataclass(frozen=True)
class Entry:
    """One item of a checklist generation: its probe, or why a repository cannot show it."""

    match: str
    probe: Probe | None
    not_in_repo: str | None


KNOWN_TEXTS = 1024
"""Item texts whose entry a generation remembers: a teacher's batch repeats the template's."""


@dataclass(frozen=True)
class Generation:
    name: str
    entries: tuple[Entry, ...]
    _known: dict[str, Entry | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

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


def best_generation(texts: list[str]) -> Generation:
    """The generation whose items the report's items match most often (the newest on a tie)."""
    return max(generations(), key=lambda gen: sum(gen.entry(text) is not None for text in texts))
