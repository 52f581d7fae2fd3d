"""Is an image file one of the course template's example figures, byte for byte?

The hashes of every figure the template ever shipped are data (`data/course_figures.json`); a
file is hashed only when its size equals one of theirs, and the answer is cached until the file
changes, so the check costs one `stat` per image. Checking a report whose images are not figure
sized never loads hashlib (OpenSSL) or importlib.resources: each costs milliseconds of start-up.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path

FIGURES = Path(__file__).parent / "data" / "course_figures.json"


@cache
def _table() -> tuple[dict[str, str], frozenset[int]]:
    """sha256 -> the figure's path in the course repository, and the figures' sizes."""
    import json  # here: a report whose images are missing or not figure sized never needs it

    figures = json.loads(FIGURES.read_text("utf-8"))["figures"]
    return (
        {entry["sha256"]: entry["path"] for entry in figures},
        frozenset(entry["bytes"] for entry in figures),
    )


def course_figure(path: str) -> str | None:
    """The course repository's path of the example figure `path` is a copy of, or None."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):  # also a path no file system can hold (lone surrogates)
        return None
    if status.st_size not in _table()[1]:
        return None
    return _hashed(path, status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=256)
def _hashed(path: str, size: int, mtime: int) -> str | None:
    import hashlib  # the one place that hashes; see the module's docstring

    try:
        with open(path, "rb") as file:
            digest = hashlib.sha256(file.read()).hexdigest()
    except (OSError, ValueError):
        return None
    return _table()[0].get(digest)
