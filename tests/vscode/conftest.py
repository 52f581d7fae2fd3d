"""The real-VS Code tools for every test here: skipped without them, except under CI=true, where
the test fails and says what is missing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vscode_harness import Tools, missing_tools


@pytest.fixture(scope="module")
def tools() -> Tools:
    found, problems = missing_tools()
    if found is None:
        message = "real VS Code tests cannot run:\n  " + "\n  ".join(problems)
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return found
