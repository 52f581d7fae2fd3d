"""Real group repositories kept as file trees (tests/group_repos), checked out as git would have them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).parent / "group_repos"
LABELS = HERE / "expected_verdicts.json"
QUIET_GIT = {
    **os.environ,
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_SYSTEM": os.devnull,
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.com",
}


def names() -> list[str]:
    return sorted(path.name for path in HERE.iterdir() if path.is_dir())


def labels() -> dict[str, list[dict[str, object]]]:
    loaded: dict[str, list[dict[str, object]]] = json.loads(LABELS.read_text(encoding="utf-8"))
    return loaded


def checkout(name: str, into: Path) -> Path:
    """A copy of the tree with every file tracked by a real `.git/index`, as in the group's clone
    (groups commit files their `.gitignore` names); the tool itself never runs git."""
    target = into / name
    shutil.copytree(HERE / name, target, symlinks=True)
    for command in (["init", "-q"], ["add", "-f", "-A"]):
        subprocess.run(
            ["git", "-c", "core.hooksPath=/dev/null", *command],
            cwd=target,
            env=QUIET_GIT,
            check=True,
        )
    return target
