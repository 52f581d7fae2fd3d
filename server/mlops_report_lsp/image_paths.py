"""What an image target in the report is: remote, or a local file relative to the report."""

from __future__ import annotations

import re
from urllib.parse import unquote

WEB_FORMATS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//|^(?:data|mailto):", re.IGNORECASE)


def is_remote(target: str) -> bool:
    return bool(REMOTE.match(target)) and not target.lower().startswith("file:")


def local_path(target: str) -> str:
    """The file part of a relative image target: no query, no fragment, %-escapes decoded."""
    return unquote(re.split(r"[?#]", target, maxsplit=1)[0])
