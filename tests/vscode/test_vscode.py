"""The extension inside a real VS Code: install the built .vsix, run suite/index.js in the extension host.

Needs what `bash .ci/vscode.sh` installs (see conftest.py).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vscode_harness import run_suite

pytestmark = pytest.mark.vscode

SUITE = Path(__file__).resolve().parent / "suite"


def test_extension_in_real_vscode(tools, tmp_path: Path) -> None:
    started = time.monotonic()
    run = run_suite(tools, tmp_path, SUITE)
    results = run.results
    summary = "\n".join(
        f"{'ok  ' if r['ok'] else 'FAIL'} {r['name']} ({r['ms']} ms)"
        + ("" if r["ok"] else f"\n{r['error']}")
        for r in (results or {}).get("results", [])
    )
    print(
        f"VS Code {results and results.get('vscode')}: {time.monotonic() - started:.1f} s\n{summary}"
    )
    assert run.code is not None, (
        f"the extension-host tests did not finish in time\n{summary}\n{run.logs}"
    )
    assert results is not None, f"no results written (exit code {run.code})\n{run.logs}"
    assert run.code == 0 and all(r["ok"] for r in results["results"]), f"{summary}\n{run.logs}"
    assert len(results["results"]) >= 8
    # The suite restarts the server: a clean exit is not an error in the output channel.
    output = "\n".join(
        path.read_text(encoding="utf-8") for path in tmp_path.glob("**/MLOps Report.log")
    )
    assert "The server stopped." in output
    assert "exited with code 0" not in output, output
