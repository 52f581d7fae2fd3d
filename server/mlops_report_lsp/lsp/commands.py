"""`workspace/executeCommand`:

- `mlops-report.renderHtml [uri | {"uri", "asGraded"}]` writes `report.html` beside the report (the
  engine's export and its safety rules, from the editor's unsaved text), or with `asGraded: true`
  the preview of the graded page, `report.graded.html`; asks the client to show it where it can
  (`window/showDocument`), and returns `{"uri", "path", "warnings", "asGraded"}`;
- `mlops-report.summary [uri]` returns the per-question table (`summary_dict`), or None for a
  document that is not a report.

Without a uri, both use the only open report.
"""

from __future__ import annotations

from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException

from mlops_report_lsp.lsp.documents import Document
from mlops_report_lsp.lsp.server import ReportServer

RENDER_HTML = "mlops-report.renderHtml"
SUMMARY = "mlops-report.summary"
COMMANDS = (RENDER_HTML, SUMMARY)


def failed(message: str) -> JsonRpcException:
    return JsonRpcException(message, code=types.LSPErrorCodes.RequestFailed.value)


def target(server: ReportServer, arguments: tuple[object, ...]) -> Document:
    """The document a command is about: its first argument (a uri or `{"uri": ...}`)."""
    argument = arguments[0] if arguments else None
    if isinstance(argument, dict):
        argument = argument.get("uri")
    if isinstance(argument, str):
        document = server.documents.get(argument)
        if document is None:
            raise failed(f"{argument} is not open in the editor")
        return document
    if argument is not None:
        raise failed(f"expected a document uri, got {argument!r}")
    reports = [uri for uri in server.documents if server.analysis(uri) is not None]
    if len(reports) != 1:
        raise failed(
            "give the report's uri: "
            + ("no report is open" if not reports else "several reports are open")
        )
    return server.documents[reports[0]]


def summary(server: ReportServer, arguments: tuple[object, ...]) -> dict[str, Any] | None:
    from mlops_report_lsp.summary import summary_dict

    document = target(server, arguments)
    analysis = server.analysis(document.uri)
    if analysis is None:
        return None
    return summary_dict(analysis, file=str(document.path) if document.path else document.uri)


def _as_graded(arguments: tuple[object, ...]) -> bool:
    """`{"asGraded": true}` as the first argument (with the uri) or as the second."""
    options = [argument for argument in arguments[:2] if isinstance(argument, dict)]
    return any(option.get("asGraded") is True for option in options)


def render_html(server: ReportServer, arguments: tuple[object, ...]) -> dict[str, Any]:
    from mlops_report_lsp.graded import export_graded
    from mlops_report_lsp.reading import ReportReadError
    from mlops_report_lsp.render import ExportError, export_html

    document = target(server, arguments)
    if document.path is None:
        raise failed("save the report to a file first: the HTML is written beside it")
    graded = _as_graded(arguments)
    try:
        if graded:
            result = export_graded(document.path, text=document.text)
        else:
            result = export_html(document.path, text=document.text)
    except (ExportError, ReportReadError) as error:
        raise failed(str(error)) from None
    uri = result.path.resolve().as_uri()
    window = server.client_capabilities.window
    if window is not None and window.show_document is not None and window.show_document.support:
        server.window_show_document(types.ShowDocumentParams(uri=uri, external=True))
    return {
        "uri": uri,
        "path": str(result.path),
        "warnings": list(result.warnings),
        "asGraded": graded,
    }


def register(server: ReportServer) -> None:
    # pygls passes the server first (the `ls` parameter), then the command's arguments.
    @server.command(SUMMARY)
    def summary_command(ls: ReportServer, *arguments: object) -> dict[str, Any] | None:
        ls.fail_if_injected(SUMMARY)
        return summary(ls, arguments)

    @server.command(RENDER_HTML)
    def render_command(ls: ReportServer, *arguments: object) -> dict[str, Any]:
        ls.fail_if_injected(RENDER_HTML)
        return render_html(ls, arguments)
