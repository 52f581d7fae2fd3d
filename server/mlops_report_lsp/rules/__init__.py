"""The rule registry, and the runner that stamps each finding with its rule's code and configured
severity, applies `mlops-report-disable` comments and keeps section findings for unchanged sections.

Adding a rule: write its module (checks, `RULES` with a summary and an `Example`), add one line
below, and give it a test fixture; docs/rules.md is generated from this registry.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, compress
from operator import is_not

from mlops_report_lsp.image_paths import is_remote, local_path
from mlops_report_lsp.memo import same
from mlops_report_lsp.model import Features, Finding, Question, Severity
from mlops_report_lsp.parse import Report
from mlops_report_lsp.rules import (
    content,
    counts,
    course,
    dropped,
    evidence,
    glued,
    images,
    links,
    members,
    official,
    placeholder,
    script,
    structure,
    template,
    unused,
)
from mlops_report_lsp.rules.base import Found, Rule
from mlops_report_lsp.rules.context import ReportContext, Section

ALL_RULES: tuple[Rule, ...] = (
    *official.RULES,
    *structure.RULES,
    *counts.RULES,
    *placeholder.RULES,
    *images.RULES,
    *content.RULES,
    *template.RULES,
    *links.RULES,
    *glued.RULES,
    *dropped.RULES,
    *members.RULES,
    *unused.RULES,
    *course.RULES,
    *script.RULES,
    *evidence.RULES,
)
RULE_CODES = frozenset(rule.code for rule in ALL_RULES)
MAX_PER_RULE = 200
"""Beyond this many findings of one rule, the first ones and one finding saying how many more:
thousands of the same squiggle help nobody, and publishing them would slow every keystroke."""


SwitchedOff = tuple[set[str], dict[int, set[str]]]
"""Rules switched off for the whole document, and per question number."""


def _disabled(report: Report) -> SwitchedOff:
    """Rules switched off by inline comments: for the document (before the first question) or one question."""

    def codes(text: str) -> set[str]:
        return {code.strip() for code in text.replace(",", " ").split() if code.strip()}

    document: set[str] = set()
    for match in report.preamble.disabled_rules:
        document |= codes(match.text)
    per_question: dict[int, set[str]] = {}
    for question in report.questions:
        for match in question.features.disabled_rules:
            per_question.setdefault(question.number, set()).update(codes(match.text))
    return document, per_question


def _image_folders(question: Question) -> tuple[str, ...]:
    """The folders, relative to the report, that a question's local images are in."""
    folders = {
        os.path.dirname(local_path(image.target))
        for image in question.features.images
        if image.target and not is_remote(image.target)
    }
    return tuple(sorted(folders))


Enabled = tuple[tuple[Rule, Severity], ...]
"""Rules that run, in registry order, each with its configured severity."""
Row = tuple[tuple[Finding, ...], ...]
"""Findings per rule in one section, or per section of one rule."""
SectionEntry = tuple[Question, Enabled, tuple[object, ...], Row, tuple[str, ...]]
"""A section, the rules run on it, the files stamp they ran under, each rule's findings (the
shared empty tuple where a rule found nothing), and the image folders the section names."""
Place = tuple[int, int, int, str, int, int]
"""Where a finding goes among all: its document order, then its rule's index among those run and
its own index in that rule's output (what a stable sort of the outputs one after another keeps)."""
NOWHERE: frozenset[int] = frozenset()
"""The questions a rule is switched off in, when no question switches any off."""
MAX_INSERTED = 64
"""Beyond this many changed findings, sorting them all beats inserting them one by one."""
Output = tuple[Sequence[object], frozenset[int], list[Finding]]
"""A rule's inputs (per-section findings, or its findings), the questions it was switched off in,
and what it reported from them."""
Checked = tuple[Sequence[Found], Severity, tuple[Finding, ...]]
"""What a report check handed back, the severity it ran at, and its findings."""


@dataclass
class _Placed:
    """The last run's section rules, report folder, sections and their entries, and every image
    folder the sections name with its modification time."""

    rules: Enabled
    folder: str | None
    questions: Sequence[Question]
    entries: list[SectionEntry]
    mtimes: dict[str, object]


class RuleCache:
    """Findings of section checks in sections that did not change since the last analysis, and
    each rule's reported findings while its inputs are the very same objects.

    The section cache hands out the very same `Question` object for an unchanged section at the
    same place, so entries are matched by identity; they are dropped once their question is gone.
    Kept findings are the very same objects, which lets the server reuse their diagnostics' JSON.
    A section's entry holds every section rule's findings, so an unchanged section costs one
    lookup, not one per rule.
    """

    def __init__(self) -> None:
        self._placed: _Placed | None = None
        self._status: Callable[[str], os.stat_result | None] = _no_status
        """This run's file statuses (`ReportContext.status`: each file is looked at once a run)."""
        self._checked: dict[str, Checked] = {}
        self._checked_used: dict[str, Checked] = {}
        self._values: dict[tuple[str, Severity, Found], Finding] = {}
        self._values_used: dict[tuple[str, Severity, Found], Finding] = {}
        """Findings by value: a check that finds the same thing again (a new `Found` equal to
        one of the last analysis) gets the very same `Finding`."""
        self._merged: tuple[list[list[Finding]], list[Place], tuple[Finding, ...]] = ([], [], ())
        self._outputs: dict[str, Output] = {}
        self._outputs_used: dict[str, Output] = {}
        self._enabled: tuple[dict[str, Severity | None], frozenset[str], Enabled] | None = None
        self._off: tuple[Features, Sequence[Question], SwitchedOff] | None = None
        """The preamble and questions of the last analysis, and the rules they switch off."""
        self._rules: tuple[Enabled, Enabled] = ((), ())
        self._table: tuple[Enabled, list[Row], list[Row]] = ((), [], [])
        """The section rules, each section's findings per rule, and each rule's per section."""

    def switched_off(self, report: Report) -> SwitchedOff:
        """`_disabled(report)`, the last answer again while the preamble is the very same object
        and each question is the very same object or, like the one it replaces, switches no
        rule off."""
        known = self._off
        if (
            known is None
            or known[0] is not report.preamble
            or len(known[1]) != len(report.questions)
            or any(
                report.questions[index].features.disabled_rules
                or known[1][index].features.disabled_rules
                for index in compress(range(len(known[1])), map(is_not, report.questions, known[1]))
            )
        ):
            known = (report.preamble, report.questions, _disabled(report))
        self._off = (report.preamble, report.questions, known[2])
        return known[2]

    def enabled(self, severities: Mapping[str, Severity | None], off: set[str]) -> Enabled:
        """The rules that run, each with its configured severity: the very same tuple while the
        settings and the document-wide switched-off rules are the same."""
        known = self._enabled
        if known is None or known[1] != off or known[0] != severities:
            enabled = tuple(
                (rule, severity)
                for rule in ALL_RULES
                if (severity := severities.get(rule.code, rule.severity)) is not None
                and rule.code not in off
            )
            known = self._enabled = (dict(severities), frozenset(off), enabled)
        return known[2]

    def stamped(
        self, rule: Rule, severity: Severity, found: Iterable[Found]
    ) -> tuple[Finding, ...]:
        """A report check's findings: the very same tuple when the check hands back the very
        same list as last time (it memoises its work) or an equal one, and for each `Found` it
        hands back again the very same `Finding`, so the server reuses its diagnostic's JSON."""
        known = self._checked.get(rule.code)
        if known is not None and known[0] is found and known[1] == severity:
            self._checked_used[rule.code] = known
            return known[2]
        items = found if isinstance(found, list) else list(found)
        if known is not None and known[1] == severity and items == known[0]:
            # The same `Found`s again as new objects (a check that does not memoise): comparing
            # them costs less than hashing each to look its `Finding` up.
            self._checked_used[rule.code] = known
            return known[2]
        # The last items are still held, so an id found among them is the very same object.
        prior = (
            {id(item): finding for item, finding in zip(known[0], known[2], strict=True)}
            if known is not None and known[1] == severity
            else {}
        )
        findings = tuple(
            prior.get(id(item)) or self.finding(rule, severity, item) for item in items
        )
        self._checked_used[rule.code] = (items, severity, findings)
        return findings

    def finding(self, rule: Rule, severity: Severity, item: Found) -> Finding:
        """`item` stamped with its rule's code and severity: the very same `Finding` as in the
        last analysis when it found the same."""
        key = (rule.code, severity, item)
        # (a report's first analysis has none to look up: hashing a finding's span, positions
        # and fix is most of the cost of stamping it)
        finding = self._values.get(key) if self._values else None
        if finding is None:
            finding = Finding(rule.code, severity, item.message, item.span, item.question, item.fix)
        self._values_used[key] = finding
        return finding

    def sections(self, enabled: Enabled, context: ReportContext) -> dict[str, Row]:
        """Per section rule, its findings in each of the report's sections; the report's folder
        (None for an unsaved report) only for `check_files`. A rule's column is the very same
        tuple as last time while no section's findings of it changed.

        While the rules, the folder, the number of sections and the image folders' modification
        times are the same, only the sections that are new objects are looked at."""
        report, folder, self._status = context.report, context.folder, context.status
        rules = self._section_rules(enabled)
        if not rules:
            return {}
        files = folder is not None and any(rule.check_files for rule, _ in rules)
        questions, chunks = report.questions, report.source.chunks
        first = len(chunks) - len(questions)
        known = self._placed
        if (
            known is not None
            and known.rules is rules
            and known.folder == folder
            and len(known.questions) == len(questions)
            and self._unchanged(known.mtimes, folder)
        ):
            entries = known.entries.copy()
            renamed = False
            for index in compress(range(len(questions)), map(is_not, questions, known.questions)):
                before = entries[index]
                entries[index] = self._entry(
                    rules, questions[index], chunks[first + index], folder, files, None, before
                )
                renamed = renamed or entries[index][4] != before[4]
            mtimes = self._folder_mtimes(entries, folder) if renamed else known.mtimes
        else:
            by_id = {id(entry[0]): entry for entry in known.entries} if known else {}
            previous = known.entries if known else []
            entries = [
                self._entry(
                    rules,
                    question,
                    chunks[first + index],
                    folder,
                    files,
                    by_id.get(id(question)),
                    previous[index] if index < len(previous) else None,
                )
                for index, question in enumerate(questions)
            ]
            mtimes = self._folder_mtimes(entries, folder) if files else {}
        self._placed = _Placed(rules, folder, questions, entries, mtimes)
        return self._columns(rules, [entry[3] for entry in entries])

    def _section_rules(self, enabled: Enabled) -> Enabled:
        """The section rules of `enabled`: the very same tuple while `enabled` is, so comparing
        it with a section entry's costs nothing."""
        known = self._rules
        if known[0] is not enabled:
            rules = tuple(
                (rule, severity)
                for rule, severity in enabled
                if rule.check_section or rule.check_files
            )
            known = self._rules = (enabled, rules)
        return known[1]

    def _columns(self, rules: Enabled, rows: list[Row]) -> dict[str, Row]:
        """Each rule's findings per section (the rows turned into columns), reusing the last
        columns of rules whose findings are the very same in every section."""
        known_rules, known_rows, known_columns = self._table
        if known_rules is rules and len(known_rows) == len(rows):
            changed = [index for index, row in enumerate(rows) if row is not known_rows[index]]
            dirty = {
                column
                for index in changed
                for column, (old, new) in enumerate(
                    zip(known_rows[index], rows[index], strict=True)
                )
                if old is not new
            }
            columns = [
                tuple(row[column] for row in rows) if column in dirty else known
                for column, known in enumerate(known_columns)
            ]
        else:
            columns = list(zip(*rows, strict=True)) if rows else [() for _ in rules]
        self._table = (rules, rows, columns)
        return {rule.code: column for (rule, _), column in zip(rules, columns, strict=True)}

    def _entry(
        self,
        rules: Enabled,
        question: Question,
        chunk: str,
        folder: str | None,
        files: bool,
        known: SectionEntry | None,
        before: SectionEntry | None,
    ) -> SectionEntry:
        """The entry of a section: `known` (its last one, if any) while its rules and its files
        stamp are the same, else new, where a rule's findings are the very same tuple as those
        of `before` (the last section at this place) when they are the same findings."""
        if known is not None and known[0] is not question:
            known = None
        names = known[4] if known else _image_folders(question)
        stamp: tuple[object, ...] = ()
        if files and folder is not None:
            stamp = (folder, *[self._mtime(name) for name in names])
        if known is not None and (known[1] is rules or known[1] == rules) and known[2] == stamp:
            return known
        section = Section(question, chunk)
        found = [self._run(r, s, section, folder) for r, s in rules]
        if before is not None and before[1] == rules:
            found = [
                old if same(old, new) else new for old, new in zip(before[3], found, strict=True)
            ]
        return (question, rules, stamp, tuple(found), names)

    def _unchanged(self, mtimes: dict[str, object], folder: str | None) -> bool:
        """Whether the image folders in `mtimes` still have those modification times."""
        return folder is None or all(self._mtime(n) == t for n, t in mtimes.items())

    def _folder_mtimes(self, entries: list[SectionEntry], folder: str | None) -> dict[str, object]:
        """Every image folder the sections name, with its modification time this run."""
        if folder is None:
            return {}
        return {name: self._mtime(name) for entry in entries for name in entry[4]}

    def _run(
        self, rule: Rule, severity: Severity, section: Section, folder: str | None
    ) -> tuple[Finding, ...]:
        if rule.check_files is not None:
            found = rule.check_files(section, folder)
        else:
            assert rule.check_section is not None
            found = rule.check_section(section)
        return tuple(self.finding(rule, severity, item) for item in found)

    def _mtime(self, name: str) -> object:
        """`name`'s modification time (in the report's folder, the same for the whole run)."""
        status = self._status(name)
        return status.st_mtime_ns if status is not None else None

    def output(
        self,
        rule: Rule,
        severity: Severity,
        inputs: Sequence[object],
        found: Iterable[Finding],
        off: frozenset[int],
    ) -> list[Finding]:
        """What `rule` reports: its findings (`found`, read only if needed) outside the questions
        it is switched off in, at most MAX_PER_RULE; the very same list while its `inputs` (its
        findings, or its findings per section) are the very same objects."""
        known = self._outputs.get(rule.code)
        if (
            known is None
            or known[1] != off
            or (known[0] is not inputs and not same(known[0], inputs))
        ):
            kept = [finding for finding in found if finding.question not in off]
            known = (inputs, off, _capped(rule, severity, kept))
        self._outputs_used[rule.code] = known
        return known[2]

    def merged(self, outputs: list[list[Finding]]) -> tuple[Finding, ...]:
        """The rules' outputs in document order, ties in the registry's order (as a stable sort
        of them all): the very same tuple while every output is the very same list, else the
        last order with the changed outputs' findings taken out and their new ones put in."""
        known, places, merged = self._merged
        if same(known, outputs):
            return merged
        if len(known) != len(outputs):  # other rules run: nothing is kept
            places, changed = [], set(range(len(outputs)))
        else:
            changed = {index for index, output in enumerate(outputs) if output is not known[index]}
        kept = [i for i, place in enumerate(places) if place[4] not in changed]
        places = [places[i] for i in kept]
        findings = [merged[i] for i in kept]
        added = [
            ((*_order(finding), index, within), finding)
            for index in sorted(changed)
            for within, finding in enumerate(outputs[index])
        ]
        if len(added) > MAX_INSERTED:
            pairs = sorted([*zip(places, findings, strict=True), *added], key=_first)
            places, findings = [place for place, _ in pairs], [f for _, f in pairs]
        else:
            for place, finding in added:
                at = bisect.bisect(places, place)
                places.insert(at, place)
                findings.insert(at, finding)
        merged = tuple(findings)
        self._merged = (outputs, places, merged)
        return merged

    def sweep(self) -> None:
        self._checked, self._checked_used = self._checked_used, {}
        self._outputs, self._outputs_used = self._outputs_used, {}
        self._values, self._values_used = self._values_used, {}
        self._status = _no_status


def _no_status(name: str) -> os.stat_result | None:
    """No run under way: no file is looked at."""
    return None


def _order(finding: Finding) -> tuple[int, int, int, str]:
    """Document order; plain tuples, which compare much faster than positions."""
    start = finding.span.start
    return (start.line, start.character, finding.severity, finding.code)


def _first(pair: tuple[Place, Finding]) -> Place:
    return pair[0]


def _capped(rule: Rule, severity: Severity, findings: list[Finding]) -> list[Finding]:
    """At most MAX_PER_RULE findings, the first in the document, and one for the rest."""
    if len(findings) <= MAX_PER_RULE:
        return findings
    ordered = sorted(findings, key=lambda f: (f.span.start.line, f.span.start.character))
    first_left_out = ordered[MAX_PER_RULE]
    more = len(ordered) - MAX_PER_RULE
    message = (
        f"{more} more {rule.code} findings are not shown: a rule lists only its first "
        f"{MAX_PER_RULE}. Fix these and the next ones appear."
    )
    summary = Finding(rule.code, severity, message, first_left_out.span, first_left_out.question)
    return [*ordered[:MAX_PER_RULE], summary]


def run_rules(
    context: ReportContext,
    severities: Mapping[str, Severity | None],
    cache: RuleCache | None = None,
) -> tuple[Finding, ...]:
    """Every enabled rule's findings, at the configured severity, minus inline-disabled ones,
    at most MAX_PER_RULE of each, in document order."""
    cache = cache or RuleCache()
    document_off, question_off = cache.switched_off(context.report)
    enabled = cache.enabled(severities, document_off)
    per_section = cache.sections(enabled, context)
    outputs = []
    for rule, severity in enabled:
        off = (
            frozenset(number for number, codes in question_off.items() if rule.code in codes)
            if question_off
            else NOWHERE
        )
        if rule.check is not None:
            findings = cache.stamped(rule, severity, rule.check(context))
            outputs.append(cache.output(rule, severity, findings, findings, off))
        else:
            parts = per_section[rule.code]
            outputs.append(cache.output(rule, severity, parts, chain.from_iterable(parts), off))
    merged = cache.merged(outputs)
    cache.sweep()
    return merged
