"""`initialize` and `initialized`: watch the client's process, then fetch settings and register
file watchers (see settings.py)."""

from __future__ import annotations

from lsprotocol import types

from mlops_report_lsp.lsp import watchdog
from mlops_report_lsp.lsp.server import ReportServer
from mlops_report_lsp.lsp.settings import from_initialization_options


def register(server: ReportServer) -> None:
    @server.handles(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        if params.process_id is not None:
            watchdog.watch(params.process_id)
        server.settings = from_initialization_options(server, params.initialization_options)
