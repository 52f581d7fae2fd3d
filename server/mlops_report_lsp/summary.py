"""Analysis -> plain data: the JSON the CLI prints and the language server's summary command returns."""

from __future__ import annotations

from typing import Any

from mlops_report_lsp.analysis import Analysis
from mlops_report_lsp.model import Finding, Span
from mlops_report_lsp.results import QuestionResult


def span_dict(span: Span) -> dict[str, dict[str, int]]:
    """A 0-based LSP-style range; characters count Unicode code points."""
    return {
        "start": {"line": span.start.line, "character": span.start.character},
        "end": {"line": span.end.line, "character": span.end.character},
    }


def _question(result: QuestionResult) -> dict[str, Any]:
    return {
        "number": result.number,
        "words": result.words,
        "images": result.images,
        "limits": {
            "words": list(result.limits.words) if result.limits.words else None,
            "images": list(result.limits.images) if result.limits.images else None,
        },
        "passes": result.passes,
        "official": result.official,
        "range": span_dict(result.question.heading) if result.question else None,
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity.label,
        "message": finding.message,
        "question": finding.question,
        "range": span_dict(finding.span),
    }


def summary_dict(analysis: Analysis, file: str | None = None) -> dict[str, Any]:
    official = analysis.official
    return {
        "file": file if file is not None else (str(analysis.path) if analysis.path else None),
        "profile": analysis.profile_name,
        "profile_reason": analysis.detection.reason,
        "official": {
            "would_fail": not official.runs,
            "reason": official.error,
            "passing": analysis.passing,
            "total": analysis.total,
        },
        "questions": [_question(result) for result in analysis.results],
        "diagnostics": [finding_dict(finding) for finding in analysis.findings],
    }
