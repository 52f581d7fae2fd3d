"""Reading a report from disk with one clear message for every way it can go wrong."""

from __future__ import annotations

import codecs
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024


class ReportReadError(Exception):
    """A report that cannot be read as UTF-8 text; the message is meant for the user."""


def decode_report(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReportReadError(
            f"{name}: the file is UTF-16; the official checker reads UTF-8. Save it as UTF-8."
        )
    if b"\x00" in data[:8192]:
        raise ReportReadError(f"{name}: this is a binary file, not a Markdown report")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ReportReadError(
            f"{name}: not valid UTF-8 (byte 0x{data[error.start]:02x} on line {line}); the "
            "official checker reads UTF-8, so save the file as UTF-8"
        ) from error


def read_report(path: Path) -> str:
    name = str(path)
    if not path.exists():
        raise ReportReadError(f"{name}: no such file")
    if path.is_dir():
        raise ReportReadError(f"{name}: is a folder, not a report file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReportReadError(f"{name}: {size // (1024 * 1024)} MB is too large for a report")
        data = path.read_bytes()
    except OSError as error:
        raise ReportReadError(f"{name}: cannot read: {error.strerror or error}") from error
    return decode_report(data, name)
