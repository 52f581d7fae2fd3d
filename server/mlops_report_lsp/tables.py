"""The package's own TOML files (template generations, repository probes and checklists), read
from `builtin_tables.py`, which scripts/generate.py writes from them (a test keeps it current).

Python's TOML parser is pure Python: reading those files took milliseconds at every start of
`check`, and brought the parser in. A generated module loads as bytecode, without even the JSON
parser (a millisecond to import). The TOML files stay the ones to edit.
"""

from __future__ import annotations

from typing import Any

FOLDERS = ("profiles", "repository/data")
"""The package's folders whose TOML files are built in."""


def _tables() -> dict[str, dict[str, Any]]:
    from mlops_report_lsp.builtin_tables import TABLES  # when first needed, not at import

    return TABLES


def builtin_table(name: str) -> dict[str, Any]:
    """A built-in TOML file's table, named by its path in the package (`profiles/27q.toml`)."""
    return _tables()[name]


def builtin_names(folder: str) -> list[str]:
    """The names of the built-in TOML files in one of `FOLDERS`, in order."""
    return sorted(name for name in _tables() if name.rpartition("/")[0] == folder)
