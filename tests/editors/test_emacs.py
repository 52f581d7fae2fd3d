"""docs/editors.md's Emacs block in a real batch Emacs with eglot and markdown-mode."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from .snippets import EDITORS, snippet
from .workspace import in_ci, make_repositories

HARNESS = Path(__file__).with_name("eglot_harness.el")


def emacs() -> str:
    found = shutil.which("emacs")
    if found is None:
        if in_ci():
            pytest.fail("emacs is not installed, and CI must run it (see .ci/editors.sh)")
        pytest.skip("emacs is not installed")
    return found


@pytest.mark.emacs
def test_docs_emacs_block_in_real_emacs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = emacs()
    repositories = make_repositories(tmp_path)
    config = tmp_path / "init.el"
    config.write_text(snippet(EDITORS, "emacs"), encoding="utf-8")
    output = tmp_path / "emacs.json"
    environment = {
        **repositories.environment(),
        "MLOPS_SNIPPET": str(config),
        "MLOPS_OUT": str(output),
        "MLOPS_REPORT": str(repositories.report),
        "MLOPS_NOTES": str(repositories.notes),
        "MLOPS_OTHER": str(repositories.other_report),
        "MLOPS_LINE": str(repositories.hover_line),
    }
    completed = subprocess.run(
        [binary, "--batch", "-l", str(HARNESS)],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        timeout=90,
        check=False,
    )
    assert output.is_file(), f"Emacs wrote nothing: {completed.stderr.decode(errors='replace')}"
    result = json.loads(output.read_text(encoding="utf-8"))
    with capsys.disabled():
        print(
            f"\nEmacs {result['version']} with eglot: first diagnostics after "
            f"{result.get('first_diagnostics_ms', float('nan')):.0f} ms"
        )
    assert "error" not in result, result["error"]
    assert result["mode"] == "gfm-mode"
    assert result["got_diagnostics"], completed.stderr.decode(errors="replace")
    word_count = [d for d in result["diagnostics"] if "[word-count]" in d["text"]]
    assert any("Question 5" in d["text"] for d in word_count), result["diagnostics"]
    assert any("[image-as-link]" in d["text"] for d in result["diagnostics"])
    assert all(d["text"].startswith("mlops-report [") for d in result["diagnostics"])
    assert word_count[0]["type"] == "eglot-warning", (
        "the block's settings make word-count a warning"
    )
    assert "Question 5" in result["hover"] and "100–200" in result["hover"], result["hover"]
    assert result["notes_mode"] == "markdown-mode"
    assert result["notes_server"] is None, "an ordinary Markdown file got the report's server"
    assert result["notes_diagnostics"] == []
    assert result["servers_one_root"] == 1, "one repository must have one server"
    assert result["servers_two_roots"] == 2, result
    assert result["roots"] == sorted(
        [f"{repositories.report.parent.parent}/", f"{repositories.other_report.parent.parent}/"]
    )
    assert result["messages"] == [], "the server showed messages"
