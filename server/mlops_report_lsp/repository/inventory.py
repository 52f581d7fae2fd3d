"""A bounded, breadth-first list of a repository's files, honouring `.gitignore`, never running anything.

Files git tracks (read from `.git/index`) count even inside ignored folders.

Real groups commit datasets (tens of thousands of images), so the walk goes level by level, lists at
most `PER_FOLDER` files of any one folder, and stops at `MAX_FILES` files or `BUDGET_S` seconds,
saying so in `partial`: a data folder never starves the code, configs and workflows of the budget.
"""

from __future__ import annotations

import os
import stat
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mlops_report_lsp.gitindex import tracked
from mlops_report_lsp.repository.globs import Globs

MAX_FILES = 20_000
BUDGET_S = 1.0
PER_FOLDER = 2_000
MAX_READ = 256 * 1024
SKIPPED_FOLDERS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "__pycache__",
        ".venv",
        "venv",
        ".env",
        "env",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".ipynb_checkpoints",
        "site-packages",
        ".cache",
        "wandb",
        "outputs",
        "multirun",
        "lightning_logs",
    }
)
"""Environments, caches and run logs: never evidence of anything, often huge."""


@dataclass
class Inventory:
    """The files found under `root` (relative POSIX paths, in walk order) and their sizes."""

    root: Path
    files: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)
    partial: list[str] = field(default_factory=list)
    """Why the list may be incomplete, in words; empty when the walk finished."""
    seconds: float = 0.0
    _texts: dict[str, str | None] = field(default_factory=dict, repr=False)
    _ranked: list[str] = field(default_factory=list, repr=False)
    _kept: tuple[list[str], Callable[[str], object] | None, list[str]] = field(
        default=([], None, []), repr=False
    )

    @property
    def is_partial(self) -> bool:
        return bool(self.partial)

    def shallowest_first(self) -> list[str]:
        """The files nearest the root first, then by path: the order evidence is quoted in
        (sorted once, not once per probe)."""
        if len(self._ranked) != len(self.files):
            self._ranked = sorted(self.files, key=lambda path: (path.count("/"), path))
        return self._ranked

    def without(self, excluded: Callable[[str], object]) -> list[str]:
        """`shallowest_first()` less the files `excluded` matches, tested once per file (the probes
        ask for it once per alternative)."""
        ranked = self.shallowest_first()
        if self._kept[0] is not ranked or self._kept[1] is not excluded:
            self._kept = (ranked, excluded, [path for path in ranked if not excluded(path)])
        return self._kept[2]

    def text(self, relative: str) -> str | None:
        """A small text file's content (≤ 256 KB, no NUL byte), read once; None otherwise."""
        if relative in self._texts:
            return self._texts[relative]
        content: str | None = None
        if self.sizes.get(relative, MAX_READ + 1) <= MAX_READ:
            try:
                data = (self.root / relative).read_bytes()[:MAX_READ]
            except OSError:
                data = b"\0"
            if b"\0" not in data[:8192]:
                content = data.decode("utf-8", errors="replace")
        self._texts[relative] = content
        return content


def find_root(report: Path) -> Path:
    """The nearest folder upward holding `.git`; else the parent of the report's folder."""
    start = report if report.is_dir() else report.parent
    start = Path(os.path.abspath(start))
    for folder in (start, *start.parents):
        if os.path.lexists(folder / ".git"):
            return folder
    return start.parent if not report.is_dir() else start


def _ignore_spec(folder: Path) -> Globs | None:
    try:
        with open(folder / ".gitignore", encoding="utf-8", errors="replace") as handle:
            return gitignore_globs(handle.read(MAX_READ))
    except OSError:
        return None


@lru_cache(maxsize=32)
def gitignore_globs(text: str) -> Globs:
    """A `.gitignore`'s globs, kept by its text: most groups start from the same template."""
    import pathspec  # first needed here (see `load_matcher`)

    lines = text.splitlines()
    try:
        return Globs(pathspec.GitIgnoreSpec.from_lines(lines))
    except Exception:  # pathspec rejects some patterns git accepts: keep the lines it can read
        return Globs(pathspec.GitIgnoreSpec.from_lines([line for line in lines if _readable(line)]))


def _readable(line: str) -> bool:
    import pathspec

    try:
        pathspec.GitIgnoreSpec.from_lines([line])
    except Exception:
        return False
    return True


def load_matcher() -> None:
    """Import pathspec, which reads `.gitignore` files and the probes' globs. It is imported when
    first needed, as a repository without either never needs it; the server calls this on its
    event loop's thread before building an inventory on a worker, which must import nothing
    (see `lsp/server.ReportServer.load_engine_soon`)."""
    import pathspec  # noqa: F401


Specs = tuple[tuple[str, Globs], ...]


def _ignored(relative: str, specs: Specs, is_dir: bool) -> bool:
    for prefix, spec in specs:
        if not relative.startswith(prefix):
            continue
        inner = relative[len(prefix) :]
        if spec.matches(inner + "/" if is_dir else inner):
            return True
    return False


def build(
    root: Path, max_files: int = MAX_FILES, budget_s: float = BUDGET_S, per_folder: int = PER_FOLDER
) -> Inventory:
    """Walk `root` breadth-first; symbolic links are listed only when they stay inside and are files."""
    started = time.perf_counter()
    root = Path(os.path.abspath(root))
    inventory = Inventory(root)
    queue: deque[tuple[str, Specs, bool]] = deque([("", (), False)])
    real_root = os.path.realpath(root)
    known = tracked(root)
    known_dirs = _folders(known) if known else frozenset()
    while queue:
        if time.perf_counter() - started > budget_s:
            inventory.partial.append(f"stopped after {budget_s:g} s")
            break
        relative_dir, specs, ignored = queue.popleft()
        folder = root / relative_dir if relative_dir else root
        spec = _ignore_spec(folder)
        if spec is not None:
            specs = (*specs, (relative_dir + "/" if relative_dir else "", spec))
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda entry: entry.name)
        except OSError as error:
            inventory.partial.append(f"{relative_dir or '.'}/ could not be read ({error.strerror})")
            continue
        taken = 0
        for entry in listed:
            relative = f"{relative_dir}/{entry.name}" if relative_dir else entry.name
            try:
                link = entry.is_symlink()
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            if is_dir:
                if entry.name in SKIPPED_FOLDERS:
                    continue
                hidden = ignored or _ignored(relative, specs, True)
                if not hidden or relative in known_dirs:
                    queue.append((relative, specs, hidden))
                continue
            if (ignored or _ignored(relative, specs, False)) and (
                not known or relative not in known
            ):
                continue
            size = _file_size(entry.path, real_root) if link else _entry_size(entry)
            if size is None:
                continue
            if taken >= per_folder:
                inventory.partial.append(f"{relative_dir or '.'}/: only {per_folder} files listed")
                break
            if len(inventory.files) >= max_files:
                inventory.partial.append(f"stopped at {max_files} files")
                queue.clear()
                break
            taken += 1
            inventory.files.append(relative)
            inventory.sizes[relative] = size
    inventory.seconds = time.perf_counter() - started
    return inventory


def _folders(paths: frozenset[str]) -> frozenset[str]:
    """Every folder holding a tracked file, so that an ignored folder with tracked files is walked."""
    folders: set[str] = set()
    for path in paths:
        parts = path.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders.add("/".join(parts[:depth]))
    return frozenset(folders)


def _entry_size(entry: os.DirEntry[str]) -> int | None:
    try:
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


def _file_size(path: str, real_root: str) -> int | None:
    """A symbolic link counts only when it resolves to a regular file inside the repository."""
    try:
        target = os.path.realpath(path)
    except (OSError, RuntimeError):
        return None
    if os.path.commonpath([target, real_root]) != real_root:
        return None
    try:
        info = os.stat(target)
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None
