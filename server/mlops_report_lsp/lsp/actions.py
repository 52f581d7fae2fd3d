"""`textDocument/codeAction`: the engine's mechanical fixes as quick fixes, and `source.fixAll`;
on any checklist item without one, "Tick this item" or "Untick this item".

Every edit comes from a `Finding.fix` or the checklist's `toggle`; nothing here knows how a rule
repairs the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from lsprotocol import types

from mlops_report_lsp.lsp.diagnostics import diagnostic
from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.server import ReportServer

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.model import Finding, Span, TextEdit

QUICK_FIX = types.CodeActionKind.QuickFix
FIX_ALL = types.CodeActionKind.SourceFixAll


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    return not only or any(kind == prefix or kind.startswith(prefix + ".") for prefix in only)


def _overlaps(span: Span, other: Span) -> bool:
    return span.start <= other.end and other.start <= span.end


def workspace_edit(
    server: ReportServer, document: Document, edits: Sequence[TextEdit]
) -> types.WorkspaceEdit:
    codec = document.codec
    text_edits = [
        types.TextEdit(range=codec.to_range(edit.span), new_text=edit.new_text) for edit in edits
    ]
    workspace = server.client_capabilities.workspace
    capability = workspace.workspace_edit if workspace else None
    if capability is not None and capability.document_changes:
        identifier = types.OptionalVersionedTextDocumentIdentifier(
            uri=document.uri, version=document.version
        )
        return types.WorkspaceEdit(
            document_changes=[types.TextDocumentEdit(text_document=identifier, edits=[*text_edits])]
        )
    return types.WorkspaceEdit(changes={document.uri: text_edits})


def fix_all_edits(findings: Sequence[Finding]) -> list[TextEdit]:
    """Every fix's edits that do not overlap an earlier one, in document order."""
    chosen: list[TextEdit] = []
    for finding in findings:
        if finding.fix is None or not finding.fix.mechanical:
            continue
        edits = sorted(finding.fix.edits, key=lambda edit: edit.span)
        if any(_overlaps(edit.span, taken.span) for edit in edits for taken in chosen):
            continue
        chosen.extend(edits)
    return sorted(chosen, key=lambda edit: edit.span)


def actions(
    server: ReportServer,
    analysis: Analysis,
    document: Document,
    requested: types.Range,
    only: Sequence[str] | None,
) -> list[types.CodeAction]:
    from mlops_report_lsp.model import Span  # loaded with the engine, after `initialize`

    codec = document.codec
    found: list[types.CodeAction] = []
    if wanted(QUICK_FIX, only):
        span = Span(codec.from_client(requested.start), codec.from_client(requested.end))
        for finding in analysis.findings:
            if finding.fix is None or not _overlaps(finding.span, span):
                continue
            found.append(
                types.CodeAction(
                    title=finding.fix.title,
                    kind=QUICK_FIX,
                    diagnostics=[diagnostic(finding, codec)],
                    edit=workspace_edit(server, document, finding.fix.edits),
                    is_preferred=True,
                )
            )
        # Imported here, not before `initialize` is answered (tests/test_entry.py).
        from mlops_report_lsp.repository.checklist import item_at, toggle

        item = item_at(analysis.report.source.chunks[0], span.start.line)
        if item is not None and not found:
            fix = toggle(item)
            edit = workspace_edit(server, document, fix.edits)
            found.append(types.CodeAction(title=fix.title, kind=QUICK_FIX, edit=edit))
    if wanted(FIX_ALL, only):
        edits = fix_all_edits(analysis.findings)
        if edits:
            found.append(
                types.CodeAction(
                    title="Fix all mechanical mlops-report problems",
                    kind=FIX_ALL,
                    edit=workspace_edit(server, document, edits),
                )
            )
    return found


def register(server: ReportServer) -> None:
    options = types.CodeActionOptions(code_action_kinds=[QUICK_FIX, FIX_ALL])

    @server.handles_report(types.TEXT_DOCUMENT_CODE_ACTION, options)
    def code_actions(
        params: types.CodeActionParams, analysis: Analysis, document: Document
    ) -> list[types.CodeAction]:
        return actions(server, analysis, document, params.range, params.context.only)
