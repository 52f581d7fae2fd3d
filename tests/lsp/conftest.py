"""pytest-lsp fixtures: a real `python -m mlops_report_lsp lsp` process per test, driven by a
client that records every diagnostics push (with its version) and every registration."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

SERVER = [sys.executable, "-m", "mlops_report_lsp", "lsp"]
CLIENTS = ["visual_studio_code", "neovim"]
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TIMEOUT = 15.0
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x03\x08\x06\x00\x00\x00"
    b"\x9d\x0b\xd3\x0c\x00\x00\x00\x00IEND\xaeB`\x82"
)


class ReportClient(LanguageClient):
    """The test client, plus the history of diagnostics and capability registrations."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []
        self.lens_refreshes = 0

    async def wait_until(self, predicate: Callable[[], Any], what: str) -> Any:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            await asyncio.sleep(0.005)
        raise AssertionError(f"timed out waiting for {what}")

    async def diagnostics_for(self, uri: str, version: int | None) -> list[types.Diagnostic]:
        def found() -> list[types.PublishDiagnosticsParams]:
            return [p for p in self.published if p.uri == uri and p.version == version]

        pushes = await self.wait_until(found, f"diagnostics of {uri} version {version}")
        return list(pushes[-1].diagnostics)

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=uri, language_id="markdown", version=version, text=text
                )
            )
        )

    def change(
        self, uri: str, version: int, start: tuple[int, int], end: tuple[int, int], text: str
    ) -> None:
        self.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(
                            start=types.Position(line=start[0], character=start[1]),
                            end=types.Position(line=end[0], character=end[1]),
                        ),
                        text=text,
                    )
                ],
            )
        )


def _record_publish(client: ReportClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def _record_registration(client: ReportClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)


def _record_lens_refresh(client: ReportClient, params: None) -> None:
    client.lens_refreshes += 1


def make_client() -> ReportClient:
    client = ReportClient(converter_factory=default_converter)
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _record_publish
    features[types.CLIENT_REGISTER_CAPABILITY] = _record_registration
    features[types.WORKSPACE_CODE_LENS_REFRESH] = _record_lens_refresh
    register_lsp_features(client, features)
    return client


def server_config(**environment: str) -> ClientServerConfig:
    return ClientServerConfig(
        server_command=SERVER,
        client_factory=make_client,
        server_env={**os.environ, **environment} if environment else None,
    )


def capabilities(name: str) -> types.ClientCapabilities:
    return client_capabilities(name)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A repository with `reports/figures/plot.png` (and `.git`, so exports stay inside)."""
    (tmp_path / ".git").mkdir()
    figures = tmp_path / "reports" / "figures"
    figures.mkdir(parents=True)
    (figures / "plot.png").write_bytes(PNG)
    return tmp_path


def seed(name_start: str, workspace: Path) -> Path:
    source = next(SEEDS.glob(f"{name_start}*.md"))
    target = workspace / "reports" / "README.md"
    shutil.copyfile(source, target)
    return target


@pytest_lsp.fixture(params=CLIENTS, config=server_config())
async def client(request: pytest.FixtureRequest, lsp_client: ReportClient, workspace: Path) -> Any:
    params = types.InitializeParams(
        capabilities=capabilities(request.param),
        root_uri=workspace.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="repo")],
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()
