"""Two repositories with a report each, and an ordinary Markdown file, for the editor tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reports import build_report


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


@dataclass(frozen=True)
class Repositories:
    root: Path
    report: Path
    notes: Path
    other_report: Path
    hover_line: int

    def environment(self) -> dict[str, str]:
        """The user's environment with this checkout's `mlops-report` first on PATH and a home of
        its own, so no personal configuration gets in."""
        home = self.root / "home"
        home.mkdir(exist_ok=True)
        scripts = str(Path(sys.executable).parent)
        return {
            **os.environ,
            "PATH": os.pathsep.join([scripts, os.environ.get("PATH", "")]),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
        }


@dataclass(frozen=True)
class EditorRun:
    result: dict[str, Any]
    stderr: str


def run_editor(
    command: list[str], block: str, config_name: str, repositories: Repositories
) -> EditorRun:
    """Write the docs' block as the editor's configuration, run the editor's harness (`command`)
    on the repositories, and read back the JSON it wrote."""
    config = repositories.root / config_name
    config.write_text(block, encoding="utf-8")
    output = repositories.root / "editor.json"
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
        command,
        env=environment,
        cwd=repositories.root,
        capture_output=True,
        timeout=90,
        check=False,
    )
    stderr = completed.stderr.decode(errors="replace")
    assert output.is_file(), f"{command[0]} wrote nothing: {stderr}"
    result = json.loads(output.read_text(encoding="utf-8"))
    return EditorRun(result, stderr)


def show_timing(capsys: pytest.CaptureFixture[str], label: str, result: dict[str, Any]) -> None:
    """Print the time from opening the report to its first diagnostics, past pytest's capture."""
    with capsys.disabled():
        milliseconds = result.get("first_diagnostics_ms", float("nan"))
        print(f"\n{label} ({result.get('version')}): first diagnostics after {milliseconds:.0f} ms")


def _repository(folder: Path, text: str) -> Path:
    (folder / ".git").mkdir(parents=True)
    (folder / "reports" / "figures").mkdir(parents=True)
    (folder / "reports" / "figures" / "plot.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    report = folder / "reports" / "README.md"
    report.write_text(text, encoding="utf-8")
    return report


def make_repositories(tmp_path: Path) -> Repositories:
    text = build_report({5: "æøå 😀 far too short", 14: "[plot](figures/plot.png)"})
    report = _repository(tmp_path / "group", text)
    notes = tmp_path / "group" / "notes.md"
    notes.write_text("# Notes\n\nMeeting notes, not the report.\n", encoding="utf-8")
    other = _repository(tmp_path / "other-group", build_report({7: "short"}))
    return Repositories(tmp_path, report, notes, other, text.split("\n").index("### Question 5"))
