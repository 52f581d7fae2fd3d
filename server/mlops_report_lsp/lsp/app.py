"""The composition root: the one place that assembles the language server from its features.

Adding an LSP feature: write a module with `register(server: ReportServer) -> None` that declares
its handlers, and add it to `FEATURES`. `ReportServer` itself imports no feature.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

from mlops_report_lsp.lsp import (
    actions,
    commands,
    completion,
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
)


def create_server() -> ReportServer:
    """A server with every feature registered, not yet connected to a client."""
    server = ReportServer()
    for feature in FEATURES:
        feature.register(server)
    return server


def run() -> None:
    """Run the language server on stdin/stdout (`mlops-report lsp`)."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    sys.exit(create_server().serve_stdio())
