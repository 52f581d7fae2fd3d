"""Checklist items against a repository: one verdict per item, `yes`, `no` or `not-in-repo`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from mlops_report_lsp.repository.checklist import Item, items
from mlops_report_lsp.repository.facts import Facts, facts
from mlops_report_lsp.repository.inventory import Inventory
from mlops_report_lsp.repository.probes import Hit, Probe, best_generation, probes
from mlops_report_lsp.values import Value

Verdict = Literal["yes", "no", "not-in-repo"]
NO_PROBE = "no probe knows this item"


@dataclass(init=False, repr=False, eq=False)
class ItemEvidence(Value):
    item: Item
    verdict: Verdict
    hits: tuple[Hit, ...]
    looked_for: str

    def __init__(
        self, item: Item, verdict: Verdict, hits: tuple[Hit, ...], looked_for: str
    ) -> None:
        self.__dict__.update(item=item, verdict=verdict, hits=hits, looked_for=looked_for)

    @property
    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]


@dataclass(init=False, repr=False, eq=False)
class RepositoryEvidence(Value):
    """Everything `mlops-report repo` prints for one report: facts, checklist, how complete."""

    inventory: Inventory
    report: Path | None
    generation: str | None
    facts: Facts
    checklist: tuple[ItemEvidence, ...]

    def __init__(
        self,
        inventory: Inventory,
        report: Path | None,
        generation: str | None,
        facts: Facts,
        checklist: tuple[ItemEvidence, ...],
    ) -> None:
        self.__dict__.update(
            inventory=inventory,
            report=report,
            generation=generation,
            facts=facts,
            checklist=checklist,
        )

    @property
    def root(self) -> Path:
        return self.inventory.root

    def at_line(self, line: int) -> ItemEvidence | None:
        for entry in self.checklist:
            if entry.item.line == line:
                return entry
        return None

    def summary(self) -> str:
        """The way a student reads it: ticked, shown, not found, done but not ticked."""
        ticked = [entry for entry in self.checklist if entry.item.ticked]
        shown = sum(entry.verdict == "yes" for entry in ticked)
        missing = sum(entry.verdict == "no" for entry in ticked)
        unticked = sum(entry.verdict == "yes" for entry in self.checklist if not entry.item.ticked)
        return (
            f"checklist: {len(ticked)} ticked, {shown} shown by the repository, "
            f"{missing} not found; {unticked} done but not ticked"
        )


class ProbeResults:
    """Each probe run once per inventory, however many items name it."""

    def __init__(self, inventory: Inventory) -> None:
        self.inventory = inventory
        self._hits: dict[str, tuple[Hit, ...]] = {}

    def hits_all(self) -> None:
        """Run every probe now (on the server's worker thread), so no later lookup reads a file."""
        for probe in probes().values():
            self.hits(probe)

    def hits(self, probe: Probe) -> tuple[Hit, ...]:
        if probe.name not in self._hits:
            self._hits[probe.name] = tuple(probe.hits(self.inventory))
        return self._hits[probe.name]


def judge(report_text: str, results: ProbeResults, report: Path | None) -> RepositoryEvidence:
    found = items(report_text)
    generation = best_generation([item.text for item in found]) if found else None
    judged = []
    for item in found:
        entry = generation.entry(item.text) if generation else None
        if entry is None or entry.probe is None:
            why = entry.not_in_repo if entry and entry.not_in_repo else NO_PROBE
            judged.append(ItemEvidence(item, "not-in-repo", (), why))
            continue
        hits = results.hits(entry.probe)
        judged.append(ItemEvidence(item, "yes" if hits else "no", hits, entry.probe.looked_for))
    return RepositoryEvidence(
        inventory=results.inventory,
        report=report,
        generation=generation.name if generation else None,
        facts=facts(results.inventory),
        checklist=tuple(judged),
    )
