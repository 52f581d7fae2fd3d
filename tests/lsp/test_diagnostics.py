"""Diagnostics: pushed with the version, from the engine's findings, on seeds and on edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from mlops_report_lsp.analysis import Analyzer
from mlops_report_lsp.config import load_config

from .conftest import SEEDS, ReportClient, seed
from reports import build_report

SEED_NAMES = sorted(path.name[:3] for path in SEEDS.glob("*.md"))


def expected_codes(path: Path, text: str) -> list[tuple[int, str]]:
    analysis = Analyzer(load_config(path).config).analyze(text, path)
    return sorted((f.span.start.line, f.code) for f in analysis.findings)


@pytest.mark.parametrize("name", SEED_NAMES)
async def test_seed_diagnostics_match_the_engine(
    client: ReportClient, workspace: Path, name: str
) -> None:
    path = seed(name, workspace)
    text = path.read_text(encoding="utf-8")
    client.open(path.as_uri(), text, version=7)
    diagnostics = await client.diagnostics_for(path.as_uri(), 7)
    assert sorted((d.range.start.line, str(d.code)) for d in diagnostics) == expected_codes(
        path, text
    )
    assert all(d.source == "mlops-report" for d in diagnostics)
    assert all(d.severity in set(types.DiagnosticSeverity) for d in diagnostics)


async def test_other_markdown_gets_nothing(client: ReportClient, workspace: Path) -> None:
    path = workspace / "notes.md"
    text = "# Notes\n\n[a link](figures/nothing.png) <img src='x.bmp'>\n"
    uri = path.as_uri()
    client.open(uri, text)
    assert await client.diagnostics_for(uri, 1) == []
    document = types.TextDocumentIdentifier(uri=uri)
    assert not await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=document)
    )
    assert not await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=document)
    )


async def test_quick_typing_ends_on_the_last_version(client: ReportClient, workspace: Path) -> None:
    path = workspace / "reports" / "README.md"
    text = build_report({5: "short"})
    uri = path.as_uri()
    client.open(uri, text)
    await client.diagnostics_for(uri, 1)
    line = text.split("\n").index("short")
    typed = " word" * 120
    for index, character in enumerate(typed):
        column = len("short") + index
        client.change(uri, index + 2, (line, column), (line, column), character)
    last = len(typed) + 1
    diagnostics = await client.diagnostics_for(uri, last)
    assert not [d for d in diagnostics if d.code == "word-count"]
    versions = [p.version for p in client.published if p.uri == uri]
    assert versions == sorted(versions), "a stale version was published after a newer one"
    assert len(versions) <= last


async def test_close_clears_diagnostics(client: ReportClient, workspace: Path) -> None:
    path = workspace / "reports" / "README.md"
    uri = path.as_uri()
    client.open(uri, build_report({5: "short"}))
    assert await client.diagnostics_for(uri, 1)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    await client.wait_until(
        lambda: client.published[-1].uri == uri and not client.published[-1].diagnostics,
        "empty diagnostics after close",
    )
