"""Is a file tracked by git? Answered by reading the repository's index file as data.

Nothing is run (not `git`, nothing from the repository). The index format (versions 2 to 4) is a
12-byte header, then one entry per tracked path: 62 bytes of stat data, object id and flags (two
more flags bytes in version 3 when the extended bit is set), then the path. Versions 2 and 3 end
the path with NUL padding to a multiple of 8 bytes; version 4 stores only what differs from the
previous path (a varint of bytes to drop, then the rest, NUL-terminated). An index that cannot be
read this way (a split or unknown index) counts as "not known to be tracked".

Two readers need it: the HTML export (is the `report.html` it would replace tracked?) and the
repository inventory (a group often commits `data/` or `models/` before ignoring them, so a tracked
file counts whatever the ignore files say).
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

ENTRY_FIXED = 62
EXTENDED = 0x4000
MAX_INDEX_BYTES = 64 * 1024 * 1024


def git_dir(root: Path) -> Path | None:
    """The git directory of the work tree at `root`: `.git`, or where a `.git` file points."""
    dot_git = root / ".git"
    if dot_git.is_dir():
        return dot_git
    try:
        first = dot_git.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
    except OSError:
        return None
    if not first.startswith("gitdir:"):
        return None
    return (root / first[len("gitdir:") :].strip()).resolve()


def _varint(data: bytes, position: int) -> tuple[int, int]:
    """Git's offset varint (each continuation adds one before shifting)."""
    byte = data[position]
    value = byte & 0x7F
    position += 1
    while byte & 0x80:
        byte = data[position]
        value = ((value + 1) << 7) | (byte & 0x7F)
        position += 1
    return value, position


def tracked_paths(index: bytes) -> set[str]:
    """Every path in an index file's bytes; raises ValueError when the bytes are not an index."""
    if len(index) < 12 or index[:4] != b"DIRC":
        raise ValueError("not a git index")
    version, count = struct.unpack(">II", index[4:12])
    if version not in (2, 3, 4):
        raise ValueError(f"index version {version}")
    paths: set[str] = set()
    position, previous = 12, b""
    for _ in range(count):
        start = position
        (flags,) = struct.unpack(">H", index[position + 60 : position + 62])
        position += ENTRY_FIXED
        if version >= 3 and flags & EXTENDED:
            position += 2
        if version == 4:
            drop, position = _varint(index, position)
            end = index.index(b"\0", position)
            name = previous[: len(previous) - drop] + index[position:end]
            position = end + 1
        else:
            end = index.index(b"\0", position)
            name = index[position:end]
            position = start + ((end - start) // 8 + 1) * 8
        paths.add(name.decode("utf-8", errors="surrogateescape"))
        previous = name
    return paths


def tracked(root: Path) -> frozenset[str] | None:
    """The paths (POSIX, relative to `root`) in the index of the work tree at `root`, or None
    without a readable index of version 2, 3 or 4."""
    directory = git_dir(root)
    if directory is None:
        return None
    index_file = directory / "index"
    try:
        if not index_file.is_file() or index_file.stat().st_size > MAX_INDEX_BYTES:
            return None
        return frozenset(tracked_paths(index_file.read_bytes()))
    except (OSError, ValueError, IndexError, struct.error):
        return None


def is_tracked(path: Path, root: Path) -> bool:
    """Whether `path` (inside the work tree at `root`) is in that repository's index."""
    paths = tracked(root)
    if paths is None:
        return False
    relative = os.path.relpath(
        os.path.join(os.path.realpath(path.parent), path.name), os.path.realpath(root)
    )
    return relative.replace(os.sep, "/") in paths
