"""Restricted Mode in the real VS Code: an untrusted workspace whose settings name an interpreter.

The trusted case (the workspace's interpreter is used) is in suite/index.js; here Workspace Trust is
on and the folder is not trusted, so the extension must run with Python from PATH and never start
`tools/python`, which the workspace's `.vscode/settings.json` names.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vscode_harness import run_suite

pytestmark = pytest.mark.vscode

SUITE = Path(__file__).resolve().parent / "trust_suite"
RESTRICTED = {
    "security.workspace.trust.enabled": True,
    "security.workspace.trust.startupPrompt": "never",
    "security.workspace.trust.banner": "never",
}


def test_restricted_mode_never_runs_the_workspace_interpreter(tools, tmp_path: Path) -> None:
    run = run_suite(tools, tmp_path, SUITE, settings=RESTRICTED, timeout=180)
    assert run.results is not None, f"no results (exit code {run.code})\n{run.logs}"
    failed = [f"{r['name']}: {r.get('error')}" for r in run.results["results"] if not r["ok"]]
    assert not failed and run.code == 0, "\n".join(failed) + "\n" + run.logs
    assert not (run.workspace / "tools" / "ran").exists()
