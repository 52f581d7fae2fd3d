"""Settings: defaults < `.mlops-report.toml` or `[tool.mlops-report]` in pyproject.toml < editor/CLI.

Every reader returns the settings it could use plus a list of problems, so that a bad setting is
reported and replaced by its default instead of stopping the analysis.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mlops_report_lsp.model import Limits, Severity
from mlops_report_lsp.profiles import (
    Profile,
    ProfileError,
    builtin_profiles,
    load_profile_file,
    parse_limits,
    read_toml,
)
from mlops_report_lsp.rules import RULE_CODES
from mlops_report_lsp.values import Value

CONFIG_FILE = ".mlops-report.toml"
AUTO = "auto"
SEVERITY_NAMES = {s.label: s for s in Severity} | {"info": Severity.INFORMATION}


@dataclass(init=False, repr=False, eq=False)
class Config(Value):
    """The settings that apply to a report, and the file they come from."""

    profile: str = AUTO
    rules: Mapping[str, Severity | None] = field(default_factory=dict)
    """Per-rule severity; None turns a rule off."""
    limits: Mapping[int, Limits] = field(default_factory=dict)
    extra_profiles: tuple[Profile, ...] = ()
    source: str | None = None

    def __init__(
        self,
        profile: str = AUTO,
        rules: Mapping[str, Severity | None] | None = None,
        limits: Mapping[int, Limits] | None = None,
        extra_profiles: tuple[Profile, ...] = (),
        source: str | None = None,
    ) -> None:
        self.__dict__.update(
            profile=profile,
            rules={} if rules is None else rules,
            limits={} if limits is None else limits,
            extra_profiles=extra_profiles,
            source=source,
        )

    def profiles(self) -> dict[str, Profile]:
        profiles = dict(builtin_profiles())
        profiles.update({p.name: p for p in self.extra_profiles})
        return profiles


@dataclass(init=False, repr=False, eq=False)
class Loaded(Value):
    """Settings read, and the problems found in them."""

    config: Config
    problems: tuple[str, ...] = ()

    def __init__(self, config: Config, problems: tuple[str, ...] = ()) -> None:
        self.__dict__.update(config=config, problems=problems)


def _severity(value: Any) -> Severity | None:
    if value is False or (isinstance(value, str) and value.lower() in ("off", "none", "false")):
        return None
    if isinstance(value, str) and value.lower() in SEVERITY_NAMES:
        return SEVERITY_NAMES[value.lower()]
    raise ValueError(f"unknown severity {value!r} (use error, warning, information, hint or off)")


def apply_settings(
    base: Config, settings: Mapping[str, Any], where: str, relative_to: Path | None = None
) -> Loaded:
    """Lay `settings` (profile, rules, limits, profiles) over `base`, keeping what is valid."""
    problems: list[str] = []
    config = base
    extra = list(base.extra_profiles)
    for entry in settings.get("profiles", []) or []:
        path = Path(str(entry))
        if relative_to is not None and not path.is_absolute():
            path = relative_to / path
        try:
            extra.append(load_profile_file(path))
        except ProfileError as error:
            problems.append(str(error))
    config = replace(config, extra_profiles=tuple(extra))

    profile = settings.get("profile")
    if profile is not None:
        if not isinstance(profile, str) or (profile != AUTO and profile not in config.profiles()):
            known = ", ".join([AUTO, *config.profiles()])
            problems.append(f"{where}: unknown profile {profile!r} (known: {known}); using auto")
        else:
            config = replace(config, profile=profile)

    rules = settings.get("rules")
    if rules is not None:
        merged = dict(config.rules)
        if not isinstance(rules, Mapping):
            problems.append(f"{where}: 'rules' must be a table of rule = severity")
            rules = {}
        for code, value in rules.items():
            if code not in RULE_CODES:
                problems.append(f"{where}: unknown rule {code!r}")
                continue
            try:
                merged[code] = _severity(value)
            except ValueError as error:
                problems.append(f"{where}: rule {code!r}: {error}")
        config = replace(config, rules=merged)

    limits = settings.get("limits")
    if limits is not None:
        try:
            if not isinstance(limits, Mapping):
                raise ProfileError(f"{where}: 'limits' must be a table")
            config = replace(config, limits={**config.limits, **parse_limits(limits, where)})
        except ProfileError as error:
            problems.append(str(error))

    unknown = set(settings) - {"profile", "rules", "limits", "profiles"}
    problems.extend(f"{where}: unknown setting {key!r}" for key in sorted(unknown))
    return Loaded(config, tuple(problems))


def _read_toml(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    try:
        return read_toml(path.read_text(encoding="utf-8")), None
    except (OSError, ValueError) as error:  # ValueError: undecodable text or TOML
        return None, f"{path}: cannot read settings: {error}"


def find_config_file(start: Path) -> Path | None:
    """The nearest `.mlops-report.toml`, or pyproject.toml with `[tool.mlops-report]`, upwards."""
    folder = start if start.is_dir() else start.parent
    for candidate_folder in [folder, *folder.parents]:
        dedicated = candidate_folder / CONFIG_FILE
        if dedicated.is_file():
            return dedicated
        pyproject = candidate_folder / "pyproject.toml"
        if pyproject.is_file():
            data, _ = _read_toml(pyproject)
            if data is not None and "mlops-report" in data.get("tool", {}):
                return pyproject
    return None


def load_config(report_path: Path | None) -> Loaded:
    """The configuration that applies to a report, from the nearest settings file."""
    if report_path is None:
        return Loaded(Config())
    path = find_config_file(report_path.absolute())
    if path is None:
        return Loaded(Config())
    data, problem = _read_toml(path)
    if data is None:
        return Loaded(Config(), (problem or "",))
    settings = (
        data.get("tool", {}).get("mlops-report", {}) if path.name == "pyproject.toml" else data
    )
    if not isinstance(settings, Mapping):
        return Loaded(Config(), (f"{path}: [tool.mlops-report] must be a table",))
    loaded = apply_settings(Config(source=str(path)), settings, str(path), path.parent)
    return loaded
