"""The language server's wiring, below the protocol: the composition root and pygls' workspace."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pygls.workspace import Workspace

from mlops_report_lsp.lsp import commands
from mlops_report_lsp.lsp.app import FEATURES, create_server


def test_pygls_workspace_answers_with_the_editors_text_never_the_disk(tmp_path: Path) -> None:
    on_disk = tmp_path / "README.md"
    on_disk.write_text("the saved text\n", encoding="utf-8")
    closed = tmp_path / "other.md"
    closed.write_text("never opened\n", encoding="utf-8")
    server = create_server()
    # What pygls does at `initialize`; the protocol guards whatever workspace it is given.
    server.protocol._workspace = Workspace(tmp_path.as_uri())
    server.open_document(
        types.TextDocumentItem(on_disk.as_uri(), "markdown", 3, "the unsaved text\n")
    )
    document = server.workspace.get_text_document(on_disk.as_uri())
    assert document.source == "the unsaved text\n" and document.version == 3
    with pytest.raises(LookupError, match="not open"):
        server.workspace.get_text_document(closed.as_uri())


def test_every_feature_registers_from_the_one_list() -> None:
    server = create_server()
    features = server.protocol.fm.features
    assert {types.TEXT_DOCUMENT_HOVER, types.TEXT_DOCUMENT_CODE_ACTION} <= set(features)
    assert set(commands.COMMANDS) <= set(server.protocol.fm.commands)
    assert len(set(FEATURES)) == len(FEATURES)
