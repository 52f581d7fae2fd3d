"""What an image target in the report names, decided once for rules, hover, links, completion
and the HTML export.

A target is empty, remote (`https://`, `//host`, `data:`...), absolute (only on its author's
machine: `/home/...`, `C:\\...`, `file:`) or relative to the report's folder. A relative target's
file is found by normalising the path as text (`..` removed without touching the disk), so a
symlink loop cannot raise; only the repository boundary follows symlinks, and a loop there
counts as a file that does not exist.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal
from urllib.parse import unquote

WEB_FORMATS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//|^(?:data|mailto):", re.IGNORECASE)

TargetKind = Literal["empty", "remote", "absolute", "relative"]


def is_remote(target: str) -> bool:
    return bool(REMOTE.match(target)) and not target.lower().startswith("file:")


def local_path(target: str) -> str:
    """The file part of a relative image target: no query, no fragment, %-escapes decoded."""
    return unquote(re.split(r"[?#]", target, maxsplit=1)[0])


def target_kind(target: str) -> TargetKind:
    if not target:
        return "empty"
    if is_remote(target):
        return "remote"
    path = local_path(target)
    if path.lower().startswith("file:") or os.path.isabs(path):
        return "absolute"
    return "relative"


def is_web_image(name: str) -> bool:
    """Whether browsers and GitHub show a file of this name (by its extension)."""
    return os.path.splitext(name)[1].lower() in WEB_FORMATS


def local_file(folder: Path, target: str) -> Path:
    """The file a relative target names under `folder`, normalised without following symlinks."""
    return Path(os.path.normpath(folder / local_path(target)))


def inside(path: Path, root: Path) -> Path | None:
    """`path` with symlinks followed, if that lies inside `root`; else None.

    A symlink loop raises `RuntimeError` before Python 3.13; from 3.13 it resolves to a path that
    is no file."""
    real = path.resolve()
    return real if real.is_relative_to(root) else None
