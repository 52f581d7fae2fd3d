"""One version and one repository address across the Python package and the VS Code extension."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from mlops_report_lsp import __version__

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def package_json() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (ROOT / "vscode-extension" / "package.json").read_text(encoding="utf-8")
    )
    return loaded


def test_one_version_everywhere() -> None:
    project = pyproject()
    assert "version" not in project["project"], "the version lives in __version__ only"
    assert project["project"]["dynamic"] == ["version"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "mlops_report_lsp.__version__"
    assert package_json()["version"] == __version__
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_version_option_prints_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"mlops-report {__version__}\n"


def test_one_repository_address() -> None:
    repository = pyproject()["project"]["urls"]["Repository"]
    assert package_json()["repository"]["url"] == repository
    owner_and_name = repository.removeprefix("https://github.com/")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"github\.com/([\w.-]+/[\w.-]+?)(?:\.git|[/@#\s)`]|$)", readme))
    named |= set(re.findall(r"uses: ([\w.-]+/mlops-report-lsp)@", readme))
    assert named == {owner_and_name}, named


def test_docs_name_the_current_release() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"mlops-report-{__version__}.vsix" in readme
    assert f"rev: v{__version__}" in readme
    assert set(re.findall(r"uses: [\w.-]+/mlops-report-lsp@(\S+)", readme)) == {f"v{__version__}"}
    assert set(re.findall(r"mlops-report-(\d[\w.]*)\.vsix", readme)) == {__version__}
