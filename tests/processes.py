"""The `mlops-report` command as a real process, for tests that check what a user sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def mlops_report(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `python -m mlops_report_lsp ARGS` in `cwd`; bad input must never show a traceback."""
    result = subprocess.run(
        [sys.executable, "-m", "mlops_report_lsp", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result
