"""The rule registry, and the runner that stamps each finding with its rule's code and configured
severity, applies `mlops-report-disable` comments and keeps section findings for unchanged sections.

Adding a rule: write its module (checks, `RULES` with a summary and an `Example`), add one line
below, and give it a test fixture; docs/rules.md is generated from this registry.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping

from mlops_report_lsp.image_paths import is_remote, local_path
from mlops_report_lsp.model import Finding, Question, Severity
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


def _disabled(report: Report) -> tuple[set[str], dict[int, set[str]]]:
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


def _image_folders(question: Question) -> list[str]:
    """The folders, relative to the report, that a question's local images are in."""
    return sorted(
        {
            os.path.dirname(local_path(image.target))
            for image in question.features.images
            if image.target and not is_remote(image.target)
        }
    )


def _stamp(folder: str, names: list[str]) -> tuple[object, ...]:
    """The report's folder and the modification times of the image folders (adding, removing or
    renaming a file changes them): what a question's image-file checks depend on."""
    stamp: list[object] = [folder]
    for name in names:
        try:
            stamp.append(os.stat(os.path.join(folder, name)).st_mtime_ns)
        except OSError:
            stamp.append(None)
    return tuple(stamp)


def _stamped(rule: Rule, severity: Severity, found: Iterable[Found]) -> Iterator[Finding]:
    for item in found:
        yield Finding(rule.code, severity, item.message, item.span, item.question, item.fix)


class RuleCache:
    """Findings of section checks in sections that did not change since the last analysis.

    The section cache hands out the very same `Question` object for an unchanged section at the
    same place, so entries are matched by identity; they are dropped once their question is gone.
    Kept findings are the very same objects, which lets the server reuse their diagnostics' JSON.
    """

    def __init__(self) -> None:
        self._entries: dict[
            tuple[str, int], tuple[Question, tuple[object, ...], list[Finding]]
        ] = {}
        self._used: set[tuple[str, int]] = set()
        self._folders: dict[int, tuple[Question, list[str]]] = {}
        self._stamps: dict[int, tuple[object, ...]] = {}
        """Per question, this run's files stamp: every files rule shares it."""
        self._reported: dict[int, tuple[Found, Finding]] = {}
        self._reported_used: dict[int, tuple[Found, Finding]] = {}

    def stamped(self, rule: Rule, severity: Severity, found: Iterable[Found]) -> Iterator[Finding]:
        """A report check's findings; a check that hands back the very same `Found` (it memoises
        its work) gets the very same `Finding`, so the server reuses its diagnostic's JSON."""
        for item in found:
            entry = self._reported.get(id(item))
            if entry is None or entry[0] is not item or entry[1].severity != severity:
                entry = (item, next(_stamped(rule, severity, (item,))))
            self._reported_used[id(item)] = entry
            yield entry[1]

    def findings(
        self, rule: Rule, severity: Severity, section: Section, folder: str | None
    ) -> list[Finding]:
        """`rule`'s section check on `section`; `folder` (the report's, None for an unsaved
        report) only for `check_files`."""
        question = section.question
        key = (rule.code, id(question))
        stamp = self._files_stamp(question, folder) if folder is not None else ()
        stamp = (severity, *stamp)
        self._used.add(key)
        entry = self._entries.get(key)
        if entry is not None and entry[0] is question and entry[1] == stamp:
            return entry[2]
        if rule.check_files is not None:
            found = rule.check_files(section, folder)
        else:
            assert rule.check_section is not None
            found = rule.check_section(section)
        findings = list(_stamped(rule, severity, found))
        self._entries[key] = (question, stamp, findings)
        return findings

    def _files_stamp(self, question: Question, folder: str) -> tuple[object, ...]:
        stamp = self._stamps.get(id(question))
        if stamp is not None:
            return stamp
        known = self._folders.get(id(question))
        if known is None or known[0] is not question:
            known = self._folders[id(question)] = (question, _image_folders(question))
        stamp = self._stamps[id(question)] = _stamp(folder, known[1])
        return stamp

    def sweep(self) -> None:
        self._reported, self._reported_used = self._reported_used, {}
        self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        live = {key[1] for key in self._used}
        self._folders = {k: v for k, v in self._folders.items() if k in live}
        self._used = set()
        self._stamps = {}


def _sections(report: Report) -> list[Section]:
    chunks = report.source.chunks
    first = len(chunks) - len(report.questions)
    return [Section(q, chunks[first + i]) for i, q in enumerate(report.questions)]


def _findings(
    rule: Rule,
    severity: Severity,
    context: ReportContext,
    sections: list[Section],
    cache: RuleCache,
) -> Iterable[Finding]:
    if rule.check is not None:
        return cache.stamped(rule, severity, rule.check(context))
    folder = None
    if rule.check_files is not None and context.path is not None:
        folder = os.path.dirname(os.path.abspath(context.path))
    return (f for s in sections for f in cache.findings(rule, severity, s, folder))


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
) -> Iterator[Finding]:
    """Every enabled rule's findings, at the configured severity, minus inline-disabled ones,
    at most MAX_PER_RULE of each."""
    cache = cache or RuleCache()
    document_off, question_off = _disabled(context.report)
    sections = _sections(context.report)
    for rule in ALL_RULES:
        severity = severities.get(rule.code, rule.severity)
        if severity is None or rule.code in document_off:
            continue
        found = [
            finding
            for finding in _findings(rule, severity, context, sections, cache)
            if finding.question is None or rule.code not in question_off.get(finding.question, ())
        ]
        yield from _capped(rule, severity, found)
    cache.sweep()
