"""The server's stdin reader says whether a message is arriving: the server compiles the probes
only when none is (lsp/server.py), so that a report being opened is analysed first."""

from __future__ import annotations

import asyncio
import os

from mlops_report_lsp.lsp.stdio import ReadAheadReader


def test_receiving_while_unread_bytes_are_buffered() -> None:
    async def scenario() -> list[bool]:
        read_end, write_end = os.pipe()
        idle: list[bool] = []
        with os.fdopen(read_end, "rb", buffering=0) as stream:
            reader = ReadAheadReader(stream, on_idle=lambda: idle.append(True))
            seen = [reader.receiving]
            reader.start()
            os.write(write_end, b"Content-Length: 2\r\n\r\n{}")
            while not reader.receiving:
                await asyncio.sleep(0.01)
            seen.append(reader.receiving)
            assert await reader.readline() == b"Content-Length: 2\r\n"
            assert await reader.readline() == b"\r\n"
            seen.append(reader.receiving)
            assert await reader.readexactly(2) == b"{}"
            seen.append(reader.receiving)
            os.close(write_end)
            assert await reader.readline() == b""  # the end of input: the thread has stopped
        return seen

    assert asyncio.run(asyncio.wait_for(scenario(), 10)) == [False, True, True, False]
