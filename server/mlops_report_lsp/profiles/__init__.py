"""Template generations as data: limits and detection evidence, from TOML files (the built-in
ones through `tables.py`)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mlops_report_lsp.model import Limits
from mlops_report_lsp.tables import builtin_names, builtin_table
from mlops_report_lsp.values import Value

__all__ = ["Profile", "ProfileError", "Signal", "builtin_profiles", "parse_limits", "read_toml"]


def read_toml(text: str) -> dict[str, Any]:
    """A TOML document's table; raises ValueError (TOMLDecodeError) on bad TOML. The parser is
    imported here, when a settings or profile file is read: the built-in files need none."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib
    table: dict[str, Any] = tomllib.loads(text)
    return table


class ProfileError(ValueError):
    """A profile file or a limits table that cannot be used, with a message for the user."""


@dataclass(init=False, repr=False, eq=False)
class Signal(Value):
    """One piece of evidence for a generation: a text, or a length line, optionally in one question."""

    text: str | None = None
    question: int | None = None
    length: tuple[int, int] | None = None

    def __init__(
        self,
        text: str | None = None,
        question: int | None = None,
        length: tuple[int, int] | None = None,
    ) -> None:
        self.__dict__.update(text=text, question=question, length=length)

    def describe(self) -> str:
        where = f" in Question {self.question}" if self.question else ""
        if self.length is not None:
            return f"a {self.length[0]}-{self.length[1]} words length line{where}"
        return f"{self.text!r}{where}"


@dataclass(init=False, repr=False, eq=False)
class Profile(Value):
    """A template generation: its questions, how the official script cuts answers, the limits and
    the evidence that detects it."""

    name: str
    title: str
    questions: int
    cut_characters: int
    discard_first_after_loop: bool
    limits: Mapping[int, Limits]
    signals: tuple[Signal, ...] = ()
    source: str = field(default="built-in", compare=False)

    def __init__(
        self,
        name: str,
        title: str,
        questions: int,
        cut_characters: int,
        discard_first_after_loop: bool,
        limits: Mapping[int, Limits],
        signals: tuple[Signal, ...] = (),
        source: str = "built-in",
    ) -> None:
        self.__dict__.update(
            name=name,
            title=title,
            questions=questions,
            cut_characters=cut_characters,
            discard_first_after_loop=discard_first_after_loop,
            limits=limits,
            signals=signals,
            source=source,
        )

    def limits_for(self, number: int) -> Limits:
        return self.limits.get(number, Limits())

    def with_limits(self, overrides: Mapping[int, Limits]) -> Profile:
        merged = dict(self.limits)
        merged.update(overrides)
        return Profile(
            self.name,
            self.title,
            self.questions,
            self.cut_characters,
            self.discard_first_after_loop,
            merged,
            self.signals,
            self.source,
        )


def _pair(value: Any, what: str) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or value[0] > value[1]
        or value[0] < 0
    ):
        raise ProfileError(f"{what} must be [min, max] with 0 <= min <= max, got {value!r}")
    return value[0], value[1]


def parse_limits(table: Mapping[str, Any], where: str) -> dict[int, Limits]:
    """Read `{"3": {words = [100, 200], images = [1, 2]}}` into limits per question number."""
    limits: dict[int, Limits] = {}
    for key, entry in table.items():
        if not str(key).isdigit() or not isinstance(entry, Mapping):
            raise ProfileError(f"{where}: limits need a question number and a table, got {key!r}")
        unknown = set(entry) - {"words", "images"}
        if unknown:
            raise ProfileError(f"{where}: question {key} has unknown keys {sorted(unknown)}")
        words = (
            _pair(entry["words"], f"{where}: question {key} words") if "words" in entry else None
        )
        images = (
            _pair(entry["images"], f"{where}: question {key} images") if "images" in entry else None
        )
        limits[int(key)] = Limits(words, images)
    return limits


def _signals(raw: Iterable[Mapping[str, Any]], where: str) -> tuple[Signal, ...]:
    signals = []
    for entry in raw:
        length = entry.get("length")
        signals.append(
            Signal(
                text=entry.get("text"),
                question=entry.get("question"),
                length=_pair(length, f"{where}: signal length") if length is not None else None,
            )
        )
    return tuple(signals)


def profile_from_toml(data: Mapping[str, Any], source: str) -> Profile:
    try:
        detect = data.get("detect", {})
        return Profile(
            name=str(data["name"]),
            title=str(data.get("title", data["name"])),
            questions=int(data["questions"]),
            cut_characters=int(data.get("cut_characters", 0)),
            discard_first_after_loop=bool(data.get("discard_first_after_loop", False)),
            limits=parse_limits(data.get("limits", {}), source),
            signals=_signals(detect.get("signal", []), source),
            source=source,
        )
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, ProfileError):
            raise
        raise ProfileError(f"{source}: not a valid profile ({error!r})") from error


def load_profile_file(path: Path) -> Profile:
    try:
        data = read_toml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:  # ValueError: undecodable text or TOML
        raise ProfileError(f"{path}: cannot read profile: {error}") from error
    return profile_from_toml(data, str(path))


def profiles_by_name(files: Iterable[tuple[str, Mapping[str, Any]]]) -> dict[str, Profile]:
    """Built-in profile files (name, table) as profiles keyed by their `name`, in file order."""
    profiles = {}
    for file, data in files:
        profile = profile_from_toml(data, f"built-in {file}")
        profiles[profile.name] = profile
    return profiles


@cache
def builtin_profiles() -> dict[str, Profile]:
    """The generations shipped with the package, keyed by name, oldest first."""
    names = builtin_names("profiles")
    return profiles_by_name((name.rpartition("/")[2], builtin_table(name)) for name in names)
