"""`textDocument/documentSymbol`: one symbol per question, its status in the detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.lsp import status
from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.positions import Codec
from mlops_report_lsp.lsp.server import ReportServer

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis


def symbols(analysis: Analysis, codec: Codec) -> list[types.DocumentSymbol]:
    found = []
    for result in analysis.results:
        question = result.question
        if question is None:
            continue
        found.append(
            types.DocumentSymbol(
                name=f"Question {result.number}",
                detail=status.summary(result),
                kind=types.SymbolKind.String,
                range=codec.to_range(question.section),
                selection_range=codec.to_range(question.heading),
            )
        )
    return found


def register(server: ReportServer) -> None:
    @server.handles_report(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def document_symbols(
        params: types.DocumentSymbolParams, analysis: Analysis, document: Document
    ) -> list[types.DocumentSymbol]:
        return symbols(analysis, document.codec)
