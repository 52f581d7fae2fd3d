"""The CLI's output formats: a human table, GitHub annotations and CSV (JSON: summary.py)."""

from __future__ import annotations

import csv
import io

from mlops_report_lsp.analysis import Analysis
from mlops_report_lsp.model import Severity
from mlops_report_lsp.wording import limit_text, status

GITHUB_LEVEL = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFORMATION: "notice",
    Severity.HINT: "notice",
}


def _limit(bounds: tuple[int, int] | None) -> str:
    return limit_text(bounds) if bounds else "-"


def headline(analysis: Analysis) -> str:
    """The summary line: what the leaderboard will show, and why when the official script fails."""
    total = analysis.total
    if analysis.official.runs:
        return f"{analysis.passing}/{total} questions pass the official check"
    would = sum(result.passes for result in analysis.results)
    return (
        f"0/{total} questions pass the official check: it stops with "
        f"'{analysis.official.error}' (fix that and {would}/{total} would pass)"
    )


def text_report(analysis: Analysis, name: str) -> str:
    detection = analysis.detection
    lines = [f"{name}: {detection.profile.name} ({detection.profile.title}); {detection.reason}"]
    lines.append(f"  {'Q':>3}  {'words':>5}  {'limit':<8} {'images':>6}  {'limit':<6} status")
    for result in analysis.results:
        lines.append(
            f"  {result.number:>3}  {result.words:>5}  {_limit(result.limits.words):<8} "
            f"{result.images:>6}  {_limit(result.limits.images):<6} {status(result)}"
        )
    for finding in analysis.findings:
        start = finding.span.start
        lines.append(
            f"{name}:{start.line + 1}:{start.character + 1}: {finding.severity.label} "
            f"{finding.code} {finding.message}"
        )
    lines.append(headline(analysis))
    return "\n".join(lines)


def _escape_annotation(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_report(analysis: Analysis, name: str) -> str:
    lines = []
    for finding in analysis.findings:
        start, end = finding.span.start, finding.span.end
        properties = (
            f"file={name},line={start.line + 1},col={start.character + 1},"
            f"endLine={end.line + 1},title={finding.code}"
        )
        lines.append(
            f"::{GITHUB_LEVEL[finding.severity]} {properties}::{_escape_annotation(finding.message)}"
        )
    lines.append(f"::notice file={name}::{headline(analysis)}")
    return "\n".join(lines)


CSV_COLUMNS = (
    "file", "profile", "official_runs", "question", "words", "word_min", "word_max",
    "images", "image_min", "image_max", "passes", "status",
)  # fmt: skip


def csv_header() -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(CSV_COLUMNS)
    return buffer.getvalue().rstrip("\n")


def csv_report(analysis: Analysis, name: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for result in analysis.results:
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
                status(result),
            )
        )
    return buffer.getvalue().rstrip("\n")
