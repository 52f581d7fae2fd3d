"""report-script: the repository's own `reports/report.py` enforces other limits than the grader.

Groups copy the course's script once and keep it; the course updates its own. Teachers grade with
the script of the course run the report belongs to, so the messages follow the detected template
generation, and this rule says so where the local copy would disagree. The copy is parsed as
text, never run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from functools import lru_cache

from mlops_report_lsp.model import Limits, Position, Severity, Span
from mlops_report_lsp.profiles import Profile, builtin_profiles
from mlops_report_lsp.rules.base import Example, Found, Rule
from mlops_report_lsp.rules.context import ReportContext
from mlops_report_lsp.scriptlimits import ScriptLimits, script_limits
from mlops_report_lsp.wording import limit_text

SCRIPT = "report.py"


def local_script(context: ReportContext) -> ScriptLimits | None:
    """The limits of the report's folder's own `report.py`, if it has one."""
    folder, status = context.folder, context.status(SCRIPT)
    if folder is None or status is None:
        return None
    return _read(os.path.join(folder, SCRIPT), status.st_size, status.st_mtime_ns)


@lru_cache(maxsize=16)
def _read(path: str, size: int, mtime: int) -> ScriptLimits | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return script_limits(file.read())
    except (OSError, ValueError):
        return None


def describe(limits: Limits) -> str:
    parts = []
    if limits.words:
        parts.append(f"{limit_text(limits.words)} words")
    if limits.images:
        parts.append(f"{limit_text(limits.images)} images")
    return " and ".join(parts) or "no limit"


def matching_profile(script: ScriptLimits, profiles: Mapping[str, Profile]) -> str | None:
    """The built-in generation whose table the script's equals, if one does."""
    for name, profile in profiles.items():
        if profile.questions == len(script.limits) and all(
            profile.limits_for(n) == script.limits.get(n, Limits())
            for n in range(1, profile.questions + 1)
        ):
            return name
    return None


def check_script(context: ReportContext) -> Iterator[Found]:
    script = local_script(context)
    if script is None:
        return
    profile = context.detection.profile
    chosen = f"the {profile.name} grader (chosen because {context.detection.reason})"
    copy = matching_profile(script, builtin_profiles())
    copy_text = f", the {copy} generation's," if copy and copy != profile.name else ""
    why = "the teachers grade with the course's script for your run, not with your copy"
    expected = script.expected or len(script.limits)
    if expected != profile.questions:
        yield Found(
            f"Your `reports/{SCRIPT}`{copy_text} expects {expected} answers, but these messages "
            f"follow {chosen}, which expects {profile.questions}: {why}.",
            Span(Position(0, 0), Position(0, 0)),
        )
        return
    for result in context.results:
        theirs = script.limits.get(result.number, Limits())
        if result.question is None or theirs == result.limits:
            continue
        where = result.question.length_line
        yield Found(
            f"Your `reports/{SCRIPT}`{copy_text} enforces {describe(theirs)} for Question "
            f"{result.number}; these messages follow {chosen}: {describe(result.limits)}, because "
            f"{why}.",
            where.span if where else result.question.heading,
            result.number,
        )


RULES = (
    Rule(
        "report-script",
        Severity.INFORMATION,
        "The repository's own `reports/report.py` (an older copy) enforces other limits than the "
        "generation the messages follow.",
        Example(
            "> Recommended answer length: 100-200 words.",
            3,
            place="prompt",
            files=("reports/report.py",),
        ),
        check=check_script,
        details="Says which script the messages follow and why: teachers grade with the course's "
        "script for the report's run. The copy is parsed as text (`ast`), never run.",
    ),
)
