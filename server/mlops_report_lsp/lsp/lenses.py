"""`textDocument/codeLens`: the report's verdict on line 1 and each question's counts above it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.lsp import status
from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.positions import Codec
from mlops_report_lsp.lsp.server import ReportServer

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis

SUMMARY_COMMAND = "mlops-report.summary"


def overall(analysis: Analysis) -> str:
    if not analysis.official.runs:
        return f"✗ The official check fails: {analysis.official.error or 'see the diagnostics'}"
    return f"{analysis.passing}/{analysis.total} questions pass · template {analysis.profile_name}"


def lenses(analysis: Analysis, codec: Codec, uri: str) -> list[types.CodeLens]:
    from mlops_report_lsp.model import Span  # loaded with the engine, after `initialize`

    top = types.CodeLens(
        range=codec.to_range(Span.line(0, 0, 0)),
        command=types.Command(title=overall(analysis), command=SUMMARY_COMMAND, arguments=[uri]),
    )
    found = [top]
    for result in analysis.results:
        if result.question is None:
            continue
        found.append(
            types.CodeLens(
                range=codec.to_range(result.question.heading),
                command=types.Command(title=status.summary(result), command=""),
            )
        )
    return found


def register(server: ReportServer) -> None:
    @server.handles_report(
        types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=False)
    )
    def code_lens(
        params: types.CodeLensParams, analysis: Analysis, document: Document
    ) -> list[types.CodeLens]:
        return lenses(analysis, document.codec, document.uri)
