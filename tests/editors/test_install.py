"""docs/editors.md's install lines, run with the real pipx and uv into a throw-away home.

The git address is pointed at a local clone of this checkout (CI reaches no git host); the command
is otherwise the one in the docs.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from mlops_report_lsp import __version__

from .snippets import EDITORS, ROOT, snippet

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

REPOSITORY = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "urls"
]["Repository"]
LINES = [
    (name, line)
    for name in ("install-git", "install-clone")
    for line in snippet(EDITORS, name).splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("clone") / "mlops-report-lsp"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(target)], check=True, timeout=120)
    return target


@pytest.mark.slow
@pytest.mark.parametrize(("name", "line"), LINES, ids=[line for _, line in LINES])
def test_install_line_gives_a_working_command(
    name: str, line: str, clone: Path, tmp_path: Path
) -> None:
    assert REPOSITORY in line or name == "install-clone"
    command = line.replace(REPOSITORY, clone.as_uri())
    tool = shlex.split(command)[0]
    assert tool in ("pipx", "uv"), line
    bin_dir = tmp_path / "bin"
    environment = {
        **os.environ,
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
        "PIPX_HOME": str(tmp_path / "pipx"),
        "PIPX_BIN_DIR": str(bin_dir),
        "UV_TOOL_DIR": str(tmp_path / "uv-tools"),
        "UV_TOOL_BIN_DIR": str(bin_dir),
        "UV_PYTHON_DOWNLOADS": "never",
    }
    installed = subprocess.run(
        ["bash", "-c", command],
        cwd=clone,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    shown = subprocess.run(
        [str(bin_dir / "mlops-report"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert shown.stdout == f"mlops-report {__version__}\n", shown.stderr
