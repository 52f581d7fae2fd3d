"""The rule registry, and the runner that applies severities and `mlops-report-disable` comments."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.rules import (
    content,
    counts,
    evidence,
    images,
    official,
    placeholder,
    structure,
    template,
)
from mlops_report_lsp.rules.base import Rule
from mlops_report_lsp.rules.images import is_remote, local_path

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Question

ALL_RULES: tuple[Rule, ...] = (
    *official.RULES,
    *structure.RULES,
    *counts.RULES,
    *placeholder.RULES,
    *images.RULES,
    *content.RULES,
    *template.RULES,
    *evidence.RULES,
)
RULE_CODES = frozenset(rule.code for rule in ALL_RULES)
DEFAULT_SEVERITY: dict[str, Severity] = {rule.code: rule.severity for rule in ALL_RULES}


def _disabled(analysis: Analysis) -> tuple[set[str], dict[int, set[str]]]:
    """Rules switched off by inline comments: for the document (before the first question) or one question."""

    def codes(text: str) -> set[str]:
        return {code.strip() for code in text.replace(",", " ").split() if code.strip()}

    document: set[str] = set()
    for match in analysis.report.preamble.disabled_rules:
        document |= codes(match.text)
    per_question: dict[int, set[str]] = {}
    for question in analysis.report.questions:
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


class RuleCache:
    """Findings of question-scoped rules for sections that did not change since the last analysis.

    The section cache hands out the very same `Question` object for an unchanged section at the
    same place, so entries are matched by identity; they are dropped once their question is gone.
    """

    def __init__(self) -> None:
        self._entries: dict[
            tuple[str, int], tuple[Question, tuple[object, ...], list[Finding]]
        ] = {}
        self._used: set[tuple[str, int]] = set()
        self._folders: dict[int, tuple[Question, list[str]]] = {}

    def findings(self, rule: Rule, analysis: Analysis, question: Question) -> list[Finding]:
        assert rule.check_question is not None
        key = (rule.code, id(question))
        stamp = self._files_stamp(analysis, question) if rule.reads_files else ()
        self._used.add(key)
        entry = self._entries.get(key)
        if entry is not None and entry[0] is question and entry[1] == stamp:
            return entry[2]
        found = list(rule.check_question(analysis, question))
        self._entries[key] = (question, stamp, found)
        return found

    def _files_stamp(self, analysis: Analysis, question: Question) -> tuple[object, ...]:
        if analysis.path is None:
            return ()
        known = self._folders.get(id(question))
        if known is None or known[0] is not question:
            known = self._folders[id(question)] = (question, _image_folders(question))
        return _stamp(os.path.dirname(os.path.abspath(analysis.path)), known[1])

    def sweep(self) -> None:
        self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        live = {key[1] for key in self._used}
        self._folders = {k: v for k, v in self._folders.items() if k in live}
        self._used = set()


def _rule_findings(rule: Rule, analysis: Analysis, cache: RuleCache) -> Iterator[Finding]:
    if rule.check is not None:
        yield from rule.check(analysis)
    if rule.check_question is not None:
        for question in analysis.report.questions:
            yield from cache.findings(rule, analysis, question)


def run_rules(analysis: Analysis, cache: RuleCache | None = None) -> Iterator[Finding]:
    """Every enabled rule's findings, at the configured severity, minus inline-disabled ones."""
    cache = cache or RuleCache()
    configured = analysis.config.rules
    document_off, question_off = _disabled(analysis)
    for rule in ALL_RULES:
        severity = configured.get(rule.code, rule.severity)
        if severity is None or rule.code in document_off:
            continue
        for found in _rule_findings(rule, analysis, cache):
            if found.question is not None and found.code in question_off.get(found.question, ()):
                continue
            yield (
                found
                if found.severity == severity
                else dataclasses.replace(found, severity=severity)
            )
    cache.sweep()
