"""The CLI's output formats: a human table, GitHub workflow annotations (and a Markdown step
summary) and CSV (JSON: summary.py)."""

from __future__ import annotations

import io

from mlops_report_lsp.analysis import Analysis
from mlops_report_lsp.grouping import number_ranges, one_per_question
from mlops_report_lsp.model import Finding, Severity
from mlops_report_lsp.summary import headline
from mlops_report_lsp.wording import limit_text, status

GITHUB_LEVEL = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFORMATION: "notice",
    Severity.HINT: "notice",
}
COSTING = {"official-will-fail": 0, "word-count": 1, "image-count": 1}
"""Codes of findings that cost leaderboard points, in the order GitHub should show them."""


def _limit(bounds: tuple[int, int] | None) -> str:
    return limit_text(bounds) if bounds else "-"


def _statuses(analysis: Analysis) -> list[str]:
    """Each question's status, with its error-level findings named by their codes (each once):
    a question whose counts pass but whose image file is missing is not "ok"."""
    errors: dict[int, list[str]] = {}
    for finding in analysis.findings:
        if finding.severity is Severity.ERROR and finding.question is not None:
            codes = errors.setdefault(finding.question, [])
            if finding.code not in codes:
                codes.append(finding.code)
    states = []
    for result in analysis.results:
        state = status(result)
        named = errors.get(result.number)
        if named and result.question is not None:
            state = ", ".join([*([] if state == "ok" else [state]), "error: " + ", ".join(named)])
        states.append(state)
    return states


def _ungrouped(analysis: Analysis) -> list[Finding]:
    """The findings without the repeats that the first of their group stands for."""
    repeats = {id(repeat) for finding in analysis.findings for repeat in finding.repeats}
    return [finding for finding in analysis.findings if id(finding) not in repeats]


def text_report(analysis: Analysis, name: str) -> str:
    detection = analysis.detection
    lines = [f"{name}: {detection.profile.name} ({detection.profile.title}); {detection.reason}"]
    lines.append(f"  {'Q':>3}  {'words':>5}  {'limit':<8} {'images':>6}  {'limit':<6} status")
    for result, state in zip(analysis.results, _statuses(analysis), strict=True):
        lines.append(
            f"  {result.number:>3}  {result.words:>5}  {_limit(result.limits.words):<8} "
            f"{result.images:>6}  {_limit(result.limits.images):<6} {state}"
        )
    for finding in _ungrouped(analysis):
        start = finding.span.start
        lines.append(
            f"{name}:{start.line + 1}:{start.character + 1}: {finding.severity.label} "
            f"{finding.code} {finding.message}"
        )
        if finding.repeats and one_per_question(finding.repeats):
            where = number_ranges([repeat.span.start.line + 1 for repeat in finding.repeats])
            lines.append(f"  (the same, as hints, on lines {where})")
    lines.append(headline(analysis))
    return "\n".join(lines)


def _escape_annotation(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_annotation(text).replace(":", "%3A").replace(",", "%2C")


def github_report(analysis: Analysis, name: str) -> str:
    """Workflow annotations. GitHub shows only 10 errors, 10 warnings and 10 notices per step, so
    the summary notice comes first, then what costs leaderboard points, then the rest."""
    file = _escape_property(name)
    lines = [f"::notice file={file},title=mlops-report::{_escape_annotation(headline(analysis))}"]
    ordered = sorted(_ungrouped(analysis), key=lambda f: COSTING.get(f.code, len(COSTING)))
    for finding in ordered:
        start, end = finding.span.start, finding.span.end
        properties = (
            f"file={file},line={start.line + 1},col={start.character + 1},"
            f"endLine={end.line + 1},title={finding.code}"
        )
        lines.append(
            f"::{GITHUB_LEVEL[finding.severity]} {properties}::{_escape_annotation(finding.message)}"
        )
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def markdown_summary(analysis: Analysis, name: str) -> str:
    """The per-question table as Markdown, for `$GITHUB_STEP_SUMMARY`."""
    lines = [
        f"### {_cell(name)}",
        "",
        _cell(headline(analysis)),
        "",
        "| Q | words | limit | images | limit | status |",
        "|--:|--:|:--|--:|:--|:--|",
    ]
    for result, state in zip(analysis.results, _statuses(analysis), strict=True):
        lines.append(
            f"| {result.number} | {result.words} | {_limit(result.limits.words)} "
            f"| {result.images} | {_limit(result.limits.images)} | {_cell(state)} |"
        )
    return "\n".join(lines) + "\n\n"


CSV_COLUMNS = (
    "file", "profile", "official_runs", "question", "words", "word_min", "word_max",
    "images", "image_min", "image_max", "passes", "status",
)  # fmt: skip


def csv_header() -> str:
    import csv  # here, and in csv_report: the other formats need not load it

    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(CSV_COLUMNS)
    return buffer.getvalue().rstrip("\n")


def csv_report(analysis: Analysis, name: str) -> str:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for result, state in zip(analysis.results, _statuses(analysis), strict=True):
        words, images = result.limits.words, result.limits.images
        writer.writerow(
            (
                name,
                analysis.profile_name,
                analysis.official.runs,
                result.number,
                result.words,
                words[0] if words else "",
                words[1] if words else "",
                result.images,
                images[0] if images else "",
                images[1] if images else "",
                result.passes and analysis.official.runs,
                state,
            )
        )
    return buffer.getvalue().rstrip("\n")
