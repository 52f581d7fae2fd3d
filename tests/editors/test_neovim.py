"""A real headless Neovim as the client of the language server (docs/editors.md's set-up)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reports import build_report

INIT = Path(__file__).with_name("neovim_client.lua")
SERVER = [sys.executable, "-m", "mlops_report_lsp", "lsp"]


def neovim() -> str:
    found = shutil.which("nvim")
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(
                "nvim is not installed, and CI must run the Neovim test (apt-get install neovim)"
            )
        pytest.skip("nvim is not installed")
    return found


@pytest.mark.neovim
def test_neovim_receives_diagnostics_and_hover(tmp_path: Path) -> None:
    nvim = neovim()
    (tmp_path / ".git").mkdir()
    reports = tmp_path / "reports"
    (reports / "figures").mkdir(parents=True)
    (reports / "figures" / "plot.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text = build_report({5: "æøå 😀 far too short", 14: "[plot](figures/plot.png)"})
    report = reports / "README.md"
    report.write_text(text, encoding="utf-8")
    output = tmp_path / "neovim.json"
    environment = {
        **os.environ,
        "MLOPS_NVIM_OUT": str(output),
        "MLOPS_NVIM_REPORT": str(report),
        "MLOPS_NVIM_LINE": str(text.split("\n").index("### Question 5")),
        "MLOPS_NVIM_CMD": json.dumps(SERVER),
    }
    completed = subprocess.run(
        [nvim, "--headless", "--noplugin", "-n", "-i", "NONE", "-u", str(INIT)],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        timeout=90,
        check=False,
    )
    assert output.is_file(), f"Neovim wrote nothing: {completed.stderr.decode(errors='replace')}"
    result = json.loads(output.read_text(encoding="utf-8"))
    assert "error" not in result, result["error"]
    assert result["got_diagnostics"], result
    codes = {d["code"] for d in result["diagnostics"]}
    assert {"word-count", "image-as-link"} <= codes, result["diagnostics"]
    assert all(d["source"] == "mlops-report" for d in result["diagnostics"])
    short = next(d for d in result["diagnostics"] if d["code"] == "word-count")
    assert "Question 5" in short["message"]
    assert result.get("hover"), result
    assert "Question 5" in result["hover"] and "100–200" in result["hover"]
