"""Findings -> `textDocument/publishDiagnostics` items (pushed by the server after each change)."""

from __future__ import annotations

from lsprotocol import types

from mlops_report_lsp.analysis import Analysis
from mlops_report_lsp.lsp.positions import Codec
from mlops_report_lsp.model import Finding

SOURCE = "mlops-report"


def diagnostic(finding: Finding, codec: Codec) -> types.Diagnostic:
    return types.Diagnostic(
        range=codec.to_range(finding.span),
        message=finding.message,
        severity=types.DiagnosticSeverity(int(finding.severity)),
        code=finding.code,
        source=SOURCE,
        data={"question": finding.question} if finding.question is not None else None,
    )


def diagnostics(analysis: Analysis, codec: Codec) -> list[types.Diagnostic]:
    return [diagnostic(finding, codec) for finding in analysis.findings]
