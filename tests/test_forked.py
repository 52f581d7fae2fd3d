"""`forked_map` (check --jobs) gives what `map` gives, in order, whatever the workers do: more
tasks than claims written to its pipe, a worker dying, a task raising, the reader stopping early."""

from __future__ import annotations

import os

import pytest

from mlops_report_lsp.forked import RECORDS, forked_map

PARENT = os.getpid()


def square(task: int) -> tuple[int, int]:
    return task * task, os.getpid()


def no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.mark.parametrize(("tasks", "workers"), [(0, 2), (1, 2), (7, 1), (50, 2), (50, 5)])
def test_same_results_in_the_same_order(tasks: int, workers: int) -> None:
    results = list(forked_map(square, range(tasks), workers))
    assert [value for value, _ in results] == [task * task for task in range(tasks)]
    assert no_children_left()


def test_workers_share_the_work() -> None:
    def slow(task: int) -> int:
        sum(range(20_000))
        return os.getpid()

    processes = list(forked_map(slow, range(200), 3))
    assert PARENT in processes and len(set(processes)) == 3


def test_more_tasks_than_claims() -> None:
    tasks = range(RECORDS * 2 + 5)  # claimed three at a time
    assert [value for value, _ in forked_map(square, tasks, 3)] == [t * t for t in tasks]


def test_a_dying_worker_leaves_its_tasks_to_the_parent() -> None:
    def dies(task: int) -> tuple[int, int]:
        if os.getpid() != PARENT and task % 5 == 0:
            os._exit(3)  # as if killed
        return square(task)

    results = list(forked_map(dies, range(40), 3))
    assert [value for value, _ in results] == [task * task for task in range(40)]
    assert all(pid == PARENT for task, (_, pid) in enumerate(results) if task % 5 == 0)
    assert no_children_left()


def test_a_task_raising_raises_in_the_parent() -> None:
    def fails(task: int) -> int:
        if task == 13:
            raise ValueError("task 13")
        return task

    seen: list[int] = []
    with pytest.raises(ValueError, match="task 13"):
        seen.extend(forked_map(fails, range(30), 2))
    assert seen == list(range(13))
    assert no_children_left()


def test_stopping_early_stops_the_workers() -> None:
    results = forked_map(square, range(10_000), 3)
    assert next(results)[0] == 0
    results.close()
    assert no_children_left()
