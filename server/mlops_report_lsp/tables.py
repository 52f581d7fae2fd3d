"""The package's own TOML files (template generations, repository probes and checklists), read
from `data/tables.json`, which scripts/generate.py writes from them (a test keeps it current).

Python's TOML parser is pure Python: reading those files took milliseconds at every start of
`check`, and brought the parser in; JSON's is in C. The TOML files stay the ones to edit.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

TABLES = Path(__file__).parent / "data" / "tables.json"
FOLDERS = ("profiles", "repository/data")
"""The package's folders whose TOML files are built in."""


@cache
def _tables() -> dict[str, dict[str, Any]]:
    tables: dict[str, dict[str, Any]] = json.loads(TABLES.read_text(encoding="utf-8"))
    return tables


def builtin_table(name: str) -> dict[str, Any]:
    """A built-in TOML file's table, named by its path in the package (`profiles/27q.toml`)."""
    return _tables()[name]


def builtin_names(folder: str) -> list[str]:
    """The names of the built-in TOML files in one of `FOLDERS`, in order."""
    return sorted(name for name in _tables() if name.rpartition("/")[0] == folder)
