"""docs/editors.md's Emacs block in a real batch Emacs with eglot and markdown-mode."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .snippets import EDITORS, snippet
from .workspace import in_ci, make_repositories, run_editor, show_timing

HARNESS = Path(__file__).with_name("eglot_harness.el")


def emacs() -> str:
    found = shutil.which("emacs")
    if found is None:
        if in_ci():
            pytest.fail("emacs is not installed, and CI must run it (see .ci/debian.sh)")
        pytest.skip("emacs is not installed")
    return found


@pytest.mark.emacs
def test_docs_emacs_block_in_real_emacs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = emacs()
    repositories = make_repositories(tmp_path)
    command = [binary, "--batch", "-l", str(HARNESS)]
    run = run_editor(command, snippet(EDITORS, "emacs"), "init.el", repositories)
    result = run.result
    show_timing(capsys, "emacs (eglot)", result)
    assert "error" not in result, result["error"]
    assert result["mode"] == "gfm-mode"
    assert result["got_diagnostics"], run.stderr
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
