"""Positions in UTF-16 (VS Code) and UTF-8 (Neovim): emoji, æøå, CRLF and a BOM."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from .conftest import ReportClient
from reports import build_report

LINE = "😀 æøå [plot](figures/plot.png)"


def units(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(("newline", "bom"), [("\n", ""), ("\r\n", "\ufeff")])
async def test_positions_and_edits_in_the_negotiated_encoding(
    client: ReportClient, workspace: Path, newline: str, bom: str
) -> None:
    general = client.capabilities.general if client.capabilities else None
    encodings = (general.position_encodings if general else None) or ["utf-16"]
    encoding = "utf-8" if encodings[0] == "utf-8" else "utf-16"

    path = workspace / "reports" / "README.md"
    text = bom + build_report({14: LINE}, newline=newline)
    uri = path.as_uri()
    client.open(uri, text)
    diagnostics = await client.diagnostics_for(uri, 1)
    link = next(d for d in diagnostics if d.code == "image-as-link")
    lines = text.lstrip("\ufeff").splitlines()
    line = lines.index(LINE)
    column = units("😀 æøå ", encoding)
    assert link.range.start == types.Position(line=line, character=column)
    assert link.range.end == types.Position(line=line, character=units(LINE, encoding))

    client.change(uri, 2, (line, column), (line, column), "!")
    diagnostics = await client.diagnostics_for(uri, 2)
    assert not [d for d in diagnostics if d.code == "image-as-link"]

    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=line, character=column + 3),
        )
    )
    assert hover is not None and "plot.png" in hover.contents.value  # type: ignore[union-attr]
