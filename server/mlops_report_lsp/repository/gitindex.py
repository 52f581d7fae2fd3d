"""The paths git tracks, read from `.git/index` as a file: git itself never runs.

A group often commits `data/` or `models/` before ignoring them, so `.gitignore` alone would hide
tracked files; a tracked file counts whatever the ignore files say.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAX_INDEX = 64 * 1024 * 1024
ENTRY_FIXED = 62
EXTENDED = 0x4000


def tracked(root: Path) -> frozenset[str] | None:
    """Tracked paths (POSIX, relative), or None without a readable index of version 2, 3 or 4."""
    index = root / ".git" / "index"
    try:
        if not index.is_file() or index.stat().st_size > MAX_INDEX:
            return None
        data = index.read_bytes()
    except OSError:
        return None
    try:
        return frozenset(_paths(data))
    except (struct.error, IndexError, ValueError, UnicodeDecodeError):
        return None


def _paths(data: bytes) -> list[str]:
    signature, version, count = struct.unpack_from(">4sII", data, 0)
    if signature != b"DIRC" or version not in (2, 3, 4):
        raise ValueError("not a git index")
    offset = 12
    previous = b""
    paths: list[str] = []
    for _ in range(count):
        start = offset
        (flags,) = struct.unpack_from(">H", data, offset + 60)
        offset += ENTRY_FIXED
        if version >= 3 and flags & EXTENDED:
            offset += 2
        if version == 4:
            strip, offset = _varint(data, offset)
            end = data.index(b"\0", offset)
            name = previous[: len(previous) - strip] + data[offset:end]
            offset = end + 1
        else:
            end = data.index(b"\0", offset)
            name = data[offset:end]
            offset = start + ((end - start) // 8 + 1) * 8
        previous = name
        paths.append(name.decode("utf-8"))
    return paths


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    """Git's offset encoding: 7 bits a byte, each continuation adding one before the shift."""
    byte = data[offset]
    offset += 1
    value = byte & 0x7F
    while byte & 0x80:
        byte = data[offset]
        offset += 1
        value = ((value + 1) << 7) | (byte & 0x7F)
    return value, offset
