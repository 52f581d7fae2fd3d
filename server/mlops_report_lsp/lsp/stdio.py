"""Reading LSP messages from stdin ahead of the event loop, so that quick typing coalesces.

A thread reads whatever bytes are available into a shared buffer. The message loop asks for the
next header line; when no complete line is buffered yet, i.e. the client has nothing more to say
right now, the `on_idle` hook runs first. The server publishes its diagnostics there: versions
superseded by changes already received are never analysed, and the last one is analysed at once.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Callable
from typing import BinaryIO

logger = logging.getLogger(__name__)
CHUNK = 1 << 16


class ReadAheadReader:
    """The `readline`/`readexactly` reader pygls' `run_async` expects, fed by a thread."""

    def __init__(self, stream: BinaryIO, on_idle: Callable[[], None]) -> None:
        self._stream = stream
        self._on_idle = on_idle
        self._buffer = bytearray()
        self._lock = threading.Lock()
        self._eof = False
        self._arrivals = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiter: asyncio.Future[None] | None = None

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._pump, name="lsp-stdin", daemon=True).start()

    def _read(self) -> bytes:
        # The file descriptor, not the buffered stream: a thread blocked inside the stream holds
        # its lock, and the interpreter aborts at exit when it cannot take that lock.
        try:
            descriptor = self._stream.fileno()
        except (AttributeError, OSError, ValueError):
            read1 = getattr(self._stream, "read1", None)
            return bytes(read1(CHUNK) if read1 is not None else self._stream.read(1))
        return os.read(descriptor, CHUNK)

    def _pump(self) -> None:
        assert self._loop is not None
        while True:
            try:
                data = self._read()
            except (OSError, ValueError):
                data = b""
            with self._lock:
                if data:
                    self._buffer += data
                else:
                    self._eof = True
                self._arrivals += 1
            try:
                self._loop.call_soon_threadsafe(self._wake)
            except RuntimeError:  # the loop is closed: the server is exiting
                return
            if not data:
                return

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def _wait(self, seen: int) -> None:
        assert self._loop is not None
        self._waiter = self._loop.create_future()
        with self._lock:
            if self._arrivals != seen:
                return
        await self._waiter

    @property
    def receiving(self) -> bool:
        """Whether bytes the message loop has not read yet are buffered: a message is arriving, or
        waits to be read."""
        with self._lock:
            return bool(self._buffer)

    def _idle(self) -> None:
        try:
            self._on_idle()
        except Exception:
            logger.exception("idle hook failed")

    async def readline(self) -> bytes:
        idled = False
        while True:
            with self._lock:
                end = self._buffer.find(b"\n")
                if end >= 0:
                    line = bytes(self._buffer[: end + 1])
                    del self._buffer[: end + 1]
                    return line
                if self._eof:
                    rest = bytes(self._buffer)
                    self._buffer.clear()
                    return rest
                seen = self._arrivals
            if not idled:
                idled = True
                self._idle()
                continue
            await self._wait(seen)

    async def readexactly(self, count: int) -> bytes:
        while True:
            with self._lock:
                if len(self._buffer) >= count or self._eof:
                    data = bytes(self._buffer[:count])
                    del self._buffer[:count]
                    return data
                seen = self._arrivals
            await self._wait(seen)
