"""`mlops-report check`: read, analyse and print each report; the exit code.

Free of typer so that `entry.py` can run the usual shapes of the command without importing it.
A teacher's batch is analysed in worker processes (`--jobs`), each report's output printed in the
order of the paths, exactly as one process would print it.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "json", "github", "csv")
AUTO_JOBS = 0
PARALLEL_FROM = 12
"""With `--jobs` left automatic, fewer reports than this are checked in one process: a forked
worker's first reports are slower (its memory is copied as it writes to it), and with 8 reports
on 2 cores two processes took as long as one; with 16, a quarter less."""
COLLECT_AFTER = 20_000
"""New objects (less those freed) between the collector's runs in a batch; Python's default: 700."""


def fail(message: str) -> None:
    print(f"mlops-report: {message}", file=sys.stderr)


def default_report() -> Path | None:
    for candidate in (Path("reports/README.md"), Path("README.md")):
        if candidate.is_file():
            return candidate
    return None


def _config_for(path: Path, profile: str | None) -> tuple[Config, list[str]]:
    from mlops_report_lsp.config import apply_settings, load_config

    loaded = load_config(path)
    problems = list(loaded.problems)
    config = loaded.config
    if profile is not None:
        override = apply_settings(config, {"profile": profile}, "--profile")
        problems.extend(override.problems)
        config = override.config
    return config, problems


def analyze_file(path: Path, profile: str | None) -> tuple[Analysis, list[str]]:
    """One file's analysis and the problems with its settings, or ReportReadError for the user."""
    from mlops_report_lsp.analysis import Analyzer, looks_like_report
    from mlops_report_lsp.reading import ReportReadError, read_report
    from mlops_report_lsp.text import SourceText

    raw = read_report(path)
    if not raw.strip("\ufeff \t\r\n"):
        raise ReportReadError(f"{path}: the file is empty; start from the course's report template")
    if not looks_like_report(SourceText.from_document(raw), path):
        raise ReportReadError(
            f"{path}: not an exam report (it has no `### Question N` headings of the template)"
        )
    config, problems = _config_for(path, profile)
    return Analyzer(config).analyze(raw, path), problems


class Outcome:
    """What checking one file prints: its output (a JSON item for `--format json`), the messages
    for stderr, the per-question table in Markdown for GitHub's step summary (`--format github`),
    and the most severe finding. (A plain class: a dataclass costs a start 0.3 ms.)"""

    __slots__ = ("messages", "output", "step_summary", "unreadable", "worst")

    def __init__(
        self,
        output: Any = None,
        messages: list[str] | None = None,
        step_summary: str | None = None,
        unreadable: bool = False,
        worst: int | None = None,
    ) -> None:
        self.output = output
        self.messages = [] if messages is None else messages
        self.step_summary = step_summary
        self.unreadable = unreadable
        self.worst = worst


def check_file(path: Path, output_format: str, profile: str | None) -> Outcome:
    from mlops_report_lsp import formats
    from mlops_report_lsp.reading import ReportReadError
    from mlops_report_lsp.summary import summary_dict

    try:
        analysis, problems = analyze_file(path, profile)
    except ReportReadError as error:
        return Outcome(messages=[str(error)], unreadable=True)
    name = str(path)
    render: dict[str, Callable[[Analysis, str], Any]] = {
        "text": formats.text_report,
        "github": formats.github_report,
        "csv": formats.csv_report,
        "json": summary_dict,
    }
    worst = min((int(f.severity) for f in analysis.findings), default=None)
    step_summary = formats.markdown_summary(analysis, name) if output_format == "github" else None
    return Outcome(render[output_format](analysis, name), problems, step_summary, worst=worst)


def append_step_summary(markdown: str) -> None:
    """Append to the file GitHub Actions names in `GITHUB_STEP_SUMMARY`, when there is one."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as stream:
            stream.write(markdown)
    except OSError as error:
        fail(f"cannot write the step summary to {target}: {error.strerror or error}")


def _check_task(task: tuple[Path, str, str | None]) -> Outcome:
    return check_file(*task)


def _workers(jobs: int, reports: int) -> int:
    if jobs == AUTO_JOBS:
        jobs = (os.cpu_count() or 1) if reports >= PARALLEL_FROM else 1
    return max(1, min(jobs, reports))


def _outcomes(
    paths: Sequence[Path], output_format: str, profile: str | None, jobs: int
) -> Iterator[Outcome]:
    """Each path's outcome, in the order of `paths`.

    The first report is checked here, in any case: it loads what every report needs (the engine's
    modules, regular expressions, settings and repository data), which the workers forked for the
    others (forked.py) then inherit instead of each loading it again. When entry.py runs the
    command, the collector is paused until then; it resumes with all of that frozen out of its
    walks, and less often: an analysis leaves little cyclic garbage (200 reports peak at the same
    memory without any collection).
    """
    tasks = [(path, output_format, profile) for path in paths]
    workers = _workers(jobs, len(tasks))
    paused = not gc.isenabled()
    try:
        first = _check_task(tasks[0])
    finally:
        if paused:
            gc.freeze()
            gc.set_threshold(COLLECT_AFTER)
            gc.enable()
    yield first
    if len(tasks) > 1:
        from mlops_report_lsp.forked import forked_map  # pickle and select: for a batch only

        yield from forked_map(_check_task, tasks[1:], min(workers, len(tasks) - 1))


def run_check(
    paths: Sequence[Path], output_format: str, profile: str | None, strict: bool, jobs: int
) -> int:
    """Check `paths` (default: the report here), print as `output_format`; the exit code."""
    from mlops_report_lsp.model import Severity

    if not paths:
        found = default_report()
        if found is None:
            fail("no reports/README.md or README.md here; give the report's path")
            return EXIT_USAGE
        paths = [found]
    if output_format == "csv":
        from mlops_report_lsp.formats import csv_header

        print(csv_header())
    items: list[Any] = []
    unreadable = False
    worst: int | None = None
    for outcome in _outcomes(paths, output_format, profile, jobs):
        for message in outcome.messages:
            fail(message)
        unreadable = unreadable or outcome.unreadable
        if outcome.worst is not None:
            worst = outcome.worst if worst is None else min(worst, outcome.worst)
        if outcome.output is None:
            continue
        if outcome.step_summary is not None:
            append_step_summary(outcome.step_summary)
        if output_format == "json":
            items.append(outcome.output)
        else:
            print(outcome.output)
    if output_format == "json":
        import json

        print(json.dumps(items))
    if unreadable:
        return EXIT_USAGE
    threshold = Severity.WARNING if strict else Severity.ERROR
    return EXIT_FINDINGS if worst is not None and worst <= threshold else EXIT_OK
