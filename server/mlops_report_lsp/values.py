"""Equality, hash, order, repr and immutability written once for the engine's frozen dataclasses.

`@dataclass(frozen=True)` compiles about ten functions a class at every start of the process, 0.4
ms a class, a twentieth of `mlops-report check`; a class on `Value` is a dataclass made with
`eq=False, repr=False` that takes them from here instead (`tests/test_model.py` compares such
classes with generated frozen dataclasses). A module of its own, with no engine classes, so that
`text.py`, which the server loads before `initialize`, does not load the engine's model.
"""

from __future__ import annotations

import inspect
from dataclasses import Field, FrozenInstanceError
from operator import attrgetter
from typing import Any, ClassVar


def _compared(cls: type[Value], name: str, declared_here: bool) -> bool:
    """Whether field `name` of `cls` is compared: a `field(compare=False)` declared in the class
    is not; one it does not declare again is as its base has it."""
    default = cls.__dict__.get(name) if declared_here else None
    if isinstance(default, Field):
        return default.compare
    return declared_here or name not in cls._uncompared


class Value:
    """Equal and hashed by its fields, in order, printed with them, and immutable, as a frozen
    dataclass is."""

    _fields: ClassVar[tuple[str, ...]] = ()
    _uncompared: ClassVar[frozenset[str]] = frozenset()
    """Fields declared with `field(compare=False)`: left out of equality, hash and order."""
    _key: ClassVar[attrgetter[tuple[Any, ...]]]
    """The compared fields' values (an attrgetter is no descriptor: `self._key` is unbound)."""

    def __init_subclass__(cls) -> None:
        # The fields are the base's, then the class's own annotations, in order, as a dataclass
        # reads them.
        own = inspect.get_annotations(cls)
        if not own:
            return
        cls._fields = cls._fields + tuple(name for name in own if name not in cls._fields)
        cls._uncompared = frozenset(
            name for name in cls._fields if not _compared(cls, name, name in own)
        )
        cls._key = attrgetter(*(name for name in cls._fields if name not in cls._uncompared))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) == self._key(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key(self))

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{self.__class__.__qualname__}({values})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class OrderedValue(Value):
    """Ordered by its fields, in order, as a dataclass with `order=True` is."""

    def __lt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) < self._key(other)
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) <= self._key(other)
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) > self._key(other)
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key(self) >= self._key(other)
        return NotImplemented
