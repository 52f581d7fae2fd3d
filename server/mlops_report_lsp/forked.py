"""A batch's tasks run in forked processes, the parent among them, the results in task order.

`check --jobs` uses it for a teacher's batch. Each process claims the next tasks when it is done
with its last ones, from a pipe the parent fills with their indexes before forking (a read of one
4-byte record from a pipe is never split), so all finish within a task or so of each other. The
parent works too instead of only waiting, and reads what the others send between its own tasks.
multiprocessing's pool cost about 15 ms to import and start, and handed out fixed chunks, the last
one often running alone. A worker that dies (or raises) leaves its unfinished tasks to the
parent, which runs them itself at the end, after the results before them: a task's exception is
raised where it would be in one process.
Where there is no fork (Windows), the tasks run one after the other in this process.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

RECORDS = 1024
"""At most this many claims are written to the pipe (4 KiB, below any pipe's capacity): a larger
batch is claimed a few tasks at a time."""
HEADER = 8
"""A result record: the task's index and the pickle's length, 4 bytes each, then the pickle."""


def forked_map(function: Callable[[T], R], tasks: Sequence[T], workers: int) -> Iterator[R]:
    """`map(function, tasks)` across `workers` processes (this one included), where fork exists."""
    if workers <= 1 or len(tasks) <= 1 or not hasattr(os, "fork"):
        yield from map(function, tasks)
        return
    size = -(-len(tasks) // RECORDS)
    claims_read, claims_write = os.pipe()
    os.write(
        claims_write, b"".join(start.to_bytes(4, "little") for start in range(0, len(tasks), size))
    )
    os.close(claims_write)
    sys.stdout.flush()
    sys.stderr.flush()
    children = dict(_fork(function, tasks, size, claims_read) for _ in range(workers - 1))
    results: dict[int, R] = {}
    buffers = {pipe: bytearray() for pipe in children.values()}
    done = 0
    finished = False
    try:
        while (claim := os.read(claims_read, 4)) != b"":
            start = int.from_bytes(claim, "little")
            if not _run(function, tasks, range(start, min(start + size, len(tasks))), results):
                while os.read(claims_read, 1 << 12):
                    pass  # the workers take no more tasks: the batch stops at that one
            _receive(buffers, results, wait=False)
            while done in results:
                yield results.pop(done)
                done += 1
        while buffers:
            _receive(buffers, results, wait=True)
            while done in results:
                yield results.pop(done)
                done += 1
        finished = True
        for index in range(done, len(tasks)):  # unfinished: a worker died, or the task raised
            yield results.pop(index) if index in results else function(tasks[index])
    finally:
        os.close(claims_read)
        for pipe in buffers:
            os.close(pipe)
        for pid in children:
            if not finished:  # stopped early: the workers would go on claiming tasks
                os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)


def _run(
    function: Callable[[T], R], tasks: Sequence[T], indexes: range, results: dict[int, R]
) -> bool:
    """Run tasks here; False at the first that raises, left to run again once the results before
    it are out, so that its exception comes where it would in one process."""
    for index in indexes:
        try:
            results[index] = function(tasks[index])
        except Exception:
            return False
    return True


def _fork(
    function: Callable[[T], R], tasks: Sequence[T], size: int, claims: int
) -> tuple[int, int]:
    """Start a worker: its process id and the pipe its results arrive on."""
    results_read, results_write = os.pipe()
    pid = os.fork()
    if pid != 0:
        os.close(results_write)
        return pid, results_read
    os.close(results_read)
    code = 0
    try:
        while (claim := os.read(claims, 4)) != b"":
            start = int.from_bytes(claim, "little")
            for index in range(start, min(start + size, len(tasks))):
                data = pickle.dumps(function(tasks[index]), pickle.HIGHEST_PROTOCOL)
                _write(
                    results_write,
                    index.to_bytes(4, "little") + len(data).to_bytes(4, "little") + data,
                )
    except BaseException:  # the parent runs this task again and reports what it raises
        code = 1
    finally:
        os._exit(code)


def _write(pipe: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(pipe, view) :]


def _receive(buffers: dict[int, bytearray], results: dict[int, R], wait: bool) -> None:
    """Read what the workers have sent (waiting for some when `wait`); a pipe at its end is closed
    and dropped from `buffers`."""
    ready, _, _ = select.select(list(buffers), [], [], None if wait else 0)
    for pipe in ready:
        chunk = os.read(pipe, 1 << 16)
        if not chunk:
            os.close(pipe)
            del buffers[pipe]
            continue
        buffer = buffers[pipe]
        buffer += chunk
        while len(buffer) >= HEADER:
            length = int.from_bytes(buffer[4:HEADER], "little")
            if len(buffer) < HEADER + length:
                break
            index = int.from_bytes(buffer[:4], "little")
            results[index] = pickle.loads(buffer[HEADER : HEADER + length])
            del buffer[: HEADER + length]
