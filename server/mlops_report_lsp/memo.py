"""Results of pure functions of a section's text, kept while one of the last two analyses used them.

Between keystrokes most sections are unchanged, so their counts, line starts and case-folded
searches are asked for again and are worth keeping. An LRU cache would also keep every edited
version of the section being typed in (hundreds of kilobytes each in a large report) until it
fills up; these forget whatever the last two analyses did not ask for. `sweep()` ends an analysis.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Generic, TypeVar

Value = TypeVar("Value")
_MISSING = object()


Key = TypeVar("Key", bound=Hashable)
Entry = TypeVar("Entry")


class _Generations(Generic[Key, Entry]):
    """Entries of a memoised function, kept while the current or the previous generation used them."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self._function = function
        self._current: dict[Key, Entry] = {}
        self._previous: dict[Key, Entry] = {}
        self.__doc__ = function.__doc__
        _ALL.append(self)

    def sweep(self) -> None:
        self._previous, self._current = self._current, {}


class Recent(_Generations[tuple[Hashable, ...], Value]):
    """A memoised function of hashable arguments, swept by generation instead of by count."""

    def __call__(self, *args: Hashable) -> Value:
        try:
            return self._current[args]
        except KeyError:
            pass
        value = self._previous.get(args, _MISSING)
        if value is _MISSING:
            value = self._function(*args)
        self._current[args] = value  # type: ignore[assignment]
        return value  # type: ignore[return-value]


class Identical(_Generations[tuple[int, ...], tuple[tuple[object, ...], Value]]):
    """A memoised function whose arguments are matched by identity (objects that are costly to
    hash, or not hashable), swept like `Recent`; an entry holds its arguments, so their ids
    cannot be reused while it is kept."""

    def __call__(self, *args: object) -> Value:
        key = tuple(map(id, args))
        known = self._current.get(key) or self._previous.get(key)
        if known is None or not same(known[0], args):
            known = (args, self._function(*args))
        self._current[key] = known
        return known[1]


_ALL: list[_Generations[Any, Any]] = []


def recent(function: Callable[..., Value]) -> Recent[Value]:
    return Recent(function)


def identical(function: Callable[..., Value]) -> Identical[Value]:
    return Identical(function)


def same(first: Sequence[object], second: Sequence[object]) -> bool:
    """Whether two sequences hold the very same objects: what identity-keyed reuse checks."""
    return len(first) == len(second) and all(map(operator.is_, first, second))


def sweep() -> None:
    """Start a new generation in every cache: what the previous one did not use is dropped."""
    for memo in _ALL:
        memo.sweep()
