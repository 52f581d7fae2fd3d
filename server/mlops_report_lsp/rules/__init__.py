"""The rule registry, and the runner that applies severities and `mlops-report-disable` comments."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.rules import (
    content,
    counts,
    images,
    official,
    placeholder,
    structure,
    template,
)
from mlops_report_lsp.rules.base import Rule

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis

ALL_RULES: tuple[Rule, ...] = (
    *official.RULES,
    *structure.RULES,
    *counts.RULES,
    *placeholder.RULES,
    *images.RULES,
    *content.RULES,
    *template.RULES,
)
RULE_CODES = frozenset(rule.code for rule in ALL_RULES)
DEFAULT_SEVERITY: dict[str, Severity] = {rule.code: rule.severity for rule in ALL_RULES}


def _disabled(analysis: Analysis) -> tuple[set[str], dict[int, set[str]]]:
    """Rules switched off by inline comments: for the document (before the first question) or one question."""

    def codes(text: str) -> set[str]:
        return {code.strip() for code in text.replace(",", " ").split() if code.strip()}

    document: set[str] = set()
    for match in analysis.report.preamble.features.disabled_rules:
        document |= codes(match.text)
    per_question: dict[int, set[str]] = {}
    for question in analysis.report.questions:
        for match in question.features.disabled_rules:
            per_question.setdefault(question.number, set()).update(codes(match.text))
    return document, per_question


def run_rules(analysis: Analysis) -> Iterator[Finding]:
    configured = analysis.config.rules
    document_off, question_off = _disabled(analysis)
    for rule in ALL_RULES:
        severity = configured.get(rule.code, rule.severity)
        if severity is None or rule.code in document_off:
            continue
        for found in rule.check(analysis):
            if found.question is not None and found.code in question_off.get(found.question, ()):
                continue
            yield (
                found
                if found.severity == severity
                else dataclasses.replace(found, severity=severity)
            )
