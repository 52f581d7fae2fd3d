"""The language server's wiring, below the protocol: the composition root and pygls' workspace."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lsprotocol import types

from mlops_report_lsp.lsp import commands
from mlops_report_lsp.lsp.app import FEATURES, create_server
from mlops_report_lsp.repository import STORE


@pytest.fixture(autouse=True)
def _one_server_per_process() -> Iterator[None]:
    """An opened report installs the server's inventory builder in the process-wide repository
    store (a server owns its process); an in-process test server must not leave it behind for
    the tests that follow, which analyse reports without a server."""
    yield
    STORE.background = None


def test_pygls_workspace_answers_with_the_editors_text_never_the_disk(tmp_path: Path) -> None:
    on_disk = tmp_path / "README.md"
    on_disk.write_text("the saved text\n", encoding="utf-8")
    closed = tmp_path / "other.md"
    closed.write_text("never opened\n", encoding="utf-8")
    server = create_server()
    # pygls' own `initialize` creates the workspace, before it calls our handler.
    initialize = server.protocol.lsp_initialize(
        types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=tmp_path.as_uri())
    )
    handler, _, _ = next(initialize)
    assert handler.__name__ == "initialize"
    server.open_document(
        types.TextDocumentItem(on_disk.as_uri(), "markdown", 3, "the unsaved text\n")
    )
    document = server.workspace.get_text_document(on_disk.as_uri())
    assert document.source == "the unsaved text\n" and document.version == 3
    with pytest.raises(LookupError, match="not open"):
        server.workspace.get_text_document(closed.as_uri())


def test_the_private_pygls_hooks_we_rely_on_are_there() -> None:
    """docs/architecture.md lists them; pygls is pinned below 3, and this fails first if it moves."""
    server = create_server()
    assert callable(server.protocol._send_data)
    assert hasattr(server.protocol, "_converter")


def test_every_feature_registers_from_the_one_list() -> None:
    server = create_server()
    features = server.protocol.fm.features
    assert {types.TEXT_DOCUMENT_HOVER, types.TEXT_DOCUMENT_CODE_ACTION} <= set(features)
    assert set(commands.COMMANDS) <= set(server.protocol.fm.commands)
    assert len(set(FEATURES)) == len(FEATURES)
