"""The extension inside a real VS Code: install the built .vsix, run suite/index.js in the extension host.

Needs what `bash .ci/vscode.sh` installs. Without it the test is skipped, except under CI=true,
where it fails and says what is missing.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vscode_harness import make_workspace, missing_tools, vscode_session

pytestmark = pytest.mark.vscode

SUITE = Path(__file__).resolve().parent / "suite"


@pytest.fixture(scope="module")
def tools():
    found, problems = missing_tools()
    if found is None:
        message = "real VS Code tests cannot run:\n  " + "\n  ".join(problems)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return found


def test_extension_in_real_vscode(tools, tmp_path: Path) -> None:
    results_file = tmp_path / "results.json"
    started = time.monotonic()
    with vscode_session(
        tools, tmp_path, env={"MLOPS_VSCODE_RESULTS": str(results_file)}
    ) as session:
        installed = session.install_extension()
        assert (installed / "bundled" / "tool" / "launch.py").is_file()
        workspace = make_workspace(tmp_path)
        session.start_server()
        session.open_browser(session.workbench_url(workspace, SUITE, development_path=installed))
        code = session.wait_exit_code(timeout=240)
        logs = session.logs()

    results = json.loads(results_file.read_text()) if results_file.is_file() else None
    summary = "\n".join(
        f"{'ok  ' if r['ok'] else 'FAIL'} {r['name']} ({r['ms']} ms)"
        + ("" if r["ok"] else f"\n{r['error']}")
        for r in (results or {}).get("results", [])
    )
    print(
        f"VS Code {results and results.get('vscode')}: {time.monotonic() - started:.1f} s\n{summary}"
    )
    assert code is not None, f"the extension-host tests did not finish in time\n{summary}\n{logs}"
    assert results is not None, f"no results written (exit code {code})\n{logs}"
    assert code == 0 and all(r["ok"] for r in results["results"]), f"{summary}\n{logs}"
    assert len(results["results"]) >= 8
