"""The server's stderr (VS Code's output channel) stays quiet for normal traffic: a cancel for a
request that was already answered, as VS Code sends while the user types, logs nothing."""

from __future__ import annotations

import json
import subprocess
import sys


def frame(message: dict[str, object]) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def test_late_cancel_is_not_logged() -> None:
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 1}},
        {"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 42}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ]
    result = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "lsp"],
        input=b"".join(frame(message) for message in messages),
        capture_output=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b'"id": 2' in result.stdout or b'"id":2' in result.stdout  # shutdown was answered
    assert b"Cancel notification" not in result.stderr, result.stderr.decode()
