"""Never dies: a failing handler is logged and answered as an error; clean exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from .conftest import CLIENTS, SERVER, ReportClient, capabilities, server_config
from reports import build_report


@pytest_lsp.fixture(
    params=CLIENTS, config=server_config(MLOPS_REPORT_LSP_FAULT="textDocument/hover")
)
async def faulty(request: pytest.FixtureRequest, lsp_client: ReportClient, workspace: Path) -> Any:
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities(request.param), root_uri=workspace.as_uri()
        )
    )
    yield


async def test_a_failing_handler_is_logged_and_the_server_keeps_serving(
    faulty: ReportClient, workspace: Path
) -> None:
    path = workspace / "reports" / "README.md"
    uri = path.as_uri()
    faulty.open(uri, build_report({5: "short"}))
    await faulty.diagnostics_for(uri, 1)
    with pytest.raises(JsonRpcException, match="fault injected"):
        await faulty.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                position=types.Position(line=0, character=0),
            )
        )
    await faulty.wait_until(
        lambda: any("fault injected" in m.message for m in faulty.log_messages),
        "window/logMessage with the error",
    )
    symbols = await faulty.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert symbols and len(symbols) == 31
    await faulty.shutdown_async(None)
    faulty.exit(None)
    assert faulty._server is not None
    assert await faulty._server.wait() == 0


def frame(message: dict[str, Any]) -> bytes:
    body = json.dumps(message).encode()
    return f"Content-Length: {len(body)}\r\n\r\n".encode() + body


def test_exit_without_shutdown_is_an_error_code() -> None:
    server = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert server.stdin is not None
    initialize = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}
    server.stdin.write(frame(initialize) + frame({"jsonrpc": "2.0", "method": "exit"}))
    server.stdin.flush()
    assert server.wait(timeout=10) == 1


def test_end_of_input_exits() -> None:
    server = subprocess.run(SERVER, input=b"", capture_output=True, timeout=10, check=False)
    assert server.returncode == 0


def test_exits_when_the_client_process_dies() -> None:
    parent = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.3)"])
    server = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert server.stdin is not None
    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {"processId": parent.pid, "capabilities": {}},
    }
    server.stdin.write(frame(initialize))
    server.stdin.flush()  # stdin stays open: only the watchdog can end the server
    parent.wait()
    started = time.monotonic()
    try:
        server.wait(timeout=10)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode is not None and time.monotonic() - started < 10
    assert os.environ.get("CI") is None or server.returncode == 0


ODD_IMAGES = [
    "figures/loop/x.png",
    "../../outside.png",
    "/etc/passwd",
    "file:///etc/passwd",
    "https://example.com/a.png",
    "figures/%2e%2e/%2e%2e/x.png",
]


async def test_odd_image_paths_get_answers_and_the_server_stays_up(
    client: ReportClient, workspace: Path
) -> None:
    """Hover, links, completion and export on images in a symlink loop, outside the repository,
    absolute, remote and `file:`: every request is answered, none is an error."""
    from .test_features import document, open_report, where

    figures = workspace / "reports" / "figures"
    (figures / "loop").symlink_to("loop")
    answer = "\n\n".join(f"![odd]({target})" for target in ODD_IMAGES)
    uri, text = open_report(client, workspace, {19: answer})
    diagnostics = await client.diagnostics_for(uri, 1)
    assert any(d.code == "image-missing-file" for d in diagnostics)
    for target in ODD_IMAGES:
        hover = await client.text_document_hover_async(
            types.HoverParams(text_document=document(uri), position=where(text, target, 1))
        )
        assert hover is not None and "Image" in str(hover.contents)
    links = await client.text_document_document_link_async(
        types.DocumentLinkParams(text_document=document(uri))
    )
    # Only the real figure of the other answers is linked; none of the odd paths is.
    assert links and {link.target for link in links} == {(figures / "plot.png").as_uri()}
    completion = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=document(uri), position=where(text, "figures/loop/", len("figures/loop/"))
        )
    )
    assert completion is None or isinstance(completion, (list, types.CompletionList))
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="mlops-report.renderHtml", arguments=[uri])
    )
    assert result is not None and Path(result["path"]).is_file()
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=document(uri))
    )
    assert symbols and len(symbols) == 31
