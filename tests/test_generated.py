"""Files derived from the registries are checked in; they must match what the generator writes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_files_are_current() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


def test_architecture_page_names_files_that_exist() -> None:
    """The recipes name exact files; renaming one without updating the page fails here."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "server" / "mlops_report_lsp"
    bases = [ROOT, package, package / "profiles"]
    named = set(re.findall(r"`(\w[\w./-]*\.(?:py|md|toml|json)|\w[\w./-]*/)`", page))
    assert {"lsp/app.py", "rules/__init__.py", "tests/test_rules.py"} <= named
    missing = [name for name in named if not any((base / name).exists() for base in bases)]
    assert missing == []
