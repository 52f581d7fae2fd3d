"""The extension's launcher, bundled/tool/launch.py: the MLOPS_REPORT_DEV_SERVER switch runs a
working tree's server instead of the bundled one, and a wrong folder gets a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LAUNCH = Path(__file__).resolve().parents[1] / "vscode-extension" / "bundled" / "tool" / "launch.py"


def launch(dev_server: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MLOPS_REPORT_DEV_SERVER": str(dev_server)}
    return subprocess.run(
        [sys.executable, "-I", str(LAUNCH)], env=env, capture_output=True, text=True, timeout=30
    )


def test_dev_server_folder_is_imported_first(tmp_path: Path) -> None:
    package = tmp_path / "server" / "mlops_report_lsp"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "entry.py").write_text(
        "def main(args):\n    print('working tree server', args, __file__)\n    return 0\n",
        encoding="utf-8",
    )
    result = launch(tmp_path / "server")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("working tree server ['lsp']")
    assert str(package / "entry.py") in result.stdout


def test_dev_server_without_the_package_is_refused(tmp_path: Path) -> None:
    result = launch(tmp_path)
    assert result.returncode == 1
    assert "has no mlops_report_lsp folder" in result.stderr
