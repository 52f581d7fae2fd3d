"""The composition root: the one place that assembles the language server from its features.

Adding an LSP feature: write a module with `register(server: ReportServer) -> None` that declares
its handlers, and add it to `FEATURES`. `ReportServer` itself imports no feature.
"""

from __future__ import annotations

import gc
import logging
import sys
from types import ModuleType

from mlops_report_lsp.lsp import (
    actions,
    commands,
    completion,
    evidence,
    hover,
    lenses,
    lifecycle,
    links,
    settings,
    symbols,
)
from mlops_report_lsp.lsp.server import ReportServer

FEATURES: tuple[ModuleType, ...] = (
    lifecycle,
    settings,
    hover,
    lenses,
    symbols,
    actions,
    completion,
    links,
    commands,
    evidence,
)


def create_server() -> ReportServer:
    """A server with every feature registered, not yet connected to a client."""
    server = ReportServer()
    for feature in FEATURES:
        feature.register(server)
    return server


def _not_a_late_cancel(record: logging.LogRecord) -> bool:
    """Editors cancel requests the server has already answered (VS Code does while the user types):
    pygls warns about each such `$/cancelRequest`, which is normal and only fills the log."""
    return not record.getMessage().startswith("Cancel notification for unknown message id")


def run() -> None:
    """Run the language server on stdin/stdout (`mlops-report lsp`)."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    logging.getLogger("pygls.protocol.json_rpc").addFilter(_not_a_late_cancel)
    # The framework's and our modules live as long as the server: the collector need not walk
    # those objects again (without this, one full collection while the server is assembled
    # costs about a twentieth of the start-up).
    gc.freeze()
    sys.exit(create_server().serve_stdio())
