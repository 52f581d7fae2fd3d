"""Repository evidence in the server: inventories built off the keystroke path and rebuilt after
watched-file changes, debounced.

Opening a report builds its repository's inventory (bounded, usually milliseconds), so the first
diagnostics are complete; typing never walks the repository: any other missing inventory is built
on a worker thread, and the open reports are re-analysed once it is there.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import to_fs_path

from mlops_report_lsp.lsp.server import ReportServer

if TYPE_CHECKING:
    from mlops_report_lsp.lsp.documents import Document
    from mlops_report_lsp.repository import ProbeResults

DEBOUNCE_S = 1.0


def _repository() -> ModuleType:
    """The repository package, imported when the first report opens: not before `initialize` is
    answered (tests/test_entry.py), since it brings the probe data and pathspec."""
    import mlops_report_lsp.repository as repository

    return repository


class Inventories:
    """Builds each repository's inventory on a worker thread, one build at a time per root."""

    def __init__(self, server: ReportServer) -> None:
        self.server = server
        self._building: set[Path] = set()
        self._again: set[Path] = set()
        self._timers: dict[Path, asyncio.TimerHandle] = {}

    def request(self, root: Path) -> bool:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        self._start(root, loop)
        return True

    def _start(self, root: Path, loop: asyncio.AbstractEventLoop) -> None:
        if root in self._building:
            self._again.add(root)
            return
        self._building.add(root)
        repository = _repository()
        repository.load_matcher()  # here, on the loop's thread: the worker must import nothing

        def work() -> None:
            results = repository.ProbeResults(repository.build(root))
            results.hits_all()
            with contextlib.suppress(RuntimeError):  # the loop closed: the server is exiting
                loop.call_soon_threadsafe(self._done, root, results, loop)

        threading.Thread(target=work, name="mlops-report-inventory", daemon=True).start()

    def _done(self, root: Path, results: ProbeResults, loop: asyncio.AbstractEventLoop) -> None:
        self._building.discard(root)
        _repository().STORE.put(root, results)
        self.server.invalidate()
        self.server.flush()
        if root in self._again:
            self._again.discard(root)
            self._start(root, loop)

    def files_changed(self, changes: Sequence[types.FileEvent]) -> None:
        """Rebuild, after a quiet second, the cached repositories holding a changed file."""
        paths = [Path(to_fs_path(change.uri) or "") for change in changes]
        loop = asyncio.get_running_loop()
        for root in _repository().STORE.roots():
            if not any(path.is_relative_to(root) for path in paths):
                continue
            timer = self._timers.pop(root, None)
            if timer is not None:
                timer.cancel()
            self._timers[root] = loop.call_later(DEBOUNCE_S, self._start, root, loop)


def register(server: ReportServer) -> None:
    inventories = Inventories(server)

    def opened(document: Document) -> None:
        store = _repository().STORE
        store.background = inventories.request
        store.prepare(document.path)

    server.file_listeners.append(inventories.files_changed)
    server.open_listeners.append(opened)
