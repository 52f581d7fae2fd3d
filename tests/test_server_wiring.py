"""The language server's wiring, below the protocol: the composition root and pygls' workspace."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.exceptions import FeatureNotificationError, JsonRpcInternalError
from pygls.protocol import JsonRPCProtocol

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
    assert "handle_message" in vars(JsonRPCProtocol) and server.protocol._shutdown is False
    assert server.protocol.VERSION == "2.0"


def _change(uri: str, version: int, text: str) -> dict[str, Any]:
    start = {"line": 0, "character": 0}
    return {
        "jsonrpc": "2.0",
        "method": types.TEXT_DOCUMENT_DID_CHANGE,
        "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": start, "end": start}, "text": text}],
        },
    }


def test_a_change_is_applied_at_once_and_its_errors_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`ReportProtocol.handle_message` applies a didChange without pygls' machinery for
    notifications, reports what its handler raises as pygls would, and leaves a change after
    `shutdown` to pygls (which ignores it)."""
    server = create_server()
    protocol = server.protocol
    uri = (tmp_path / "README.md").as_uri()
    server.open_document(types.TextDocumentItem(uri, "markdown", 1, "one\n"))

    def receive(message: dict[str, Any]) -> None:
        protocol.handle_message(
            json.loads(json.dumps(message), object_hook=protocol.structure_message)
        )

    receive(_change(uri, 2, "x"))
    assert server.documents[uri].text == "xone\n" and server.documents[uri].version == 2

    reported: list[tuple[Exception, type[Exception]]] = []
    monkeypatch.setattr(server, "report_server_error", lambda e, s: reported.append((e, s)))
    monkeypatch.setattr(server, "change_document", lambda params: 1 / 0)
    receive(_change(uri, 3, "y"))
    assert [(type(e), s) for e, s in reported] == [(JsonRpcInternalError, FeatureNotificationError)]
    monkeypatch.undo()

    protocol._shutdown = True
    receive(_change(uri, 4, "z"))
    assert server.documents[uri].text == "xone\n"


def test_every_feature_registers_from_the_one_list() -> None:
    server = create_server()
    features = server.protocol.fm.features
    assert {types.TEXT_DOCUMENT_HOVER, types.TEXT_DOCUMENT_CODE_ACTION} <= set(features)
    assert set(commands.COMMANDS) <= set(server.protocol.fm.commands)
    assert len(set(FEATURES)) == len(FEATURES)
