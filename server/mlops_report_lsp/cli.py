"""The `mlops-report` command line: check, html and lsp, thin views over the engine.

Imports of the engine happen inside the commands so that start-up stays fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from mlops_report_lsp.analysis import Analysis
    from mlops_report_lsp.config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Check the DTU 02476 MLOps exam report the way the official script grades it.",
)


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    csv = "csv"


def _fail(message: str) -> None:
    typer.echo(f"mlops-report: {message}", err=True)


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


def _analyze(path: Path, profile: str | None) -> Analysis:
    """Analyse one file, or raise ReportReadError with a message for the user."""
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
    for problem in problems:
        _fail(problem)
    return Analyzer(config).analyze(raw, path)


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Reports to check; default reports/README.md, else README.md."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.text,
    profile: Annotated[
        str | None,
        typer.Option(
            help="Template generation: 27q, 31q-2024, 31q-2025, 31q-2026 (default: detect)."
        ),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Warnings also make the exit code 1.")] = False,
) -> None:
    """Check reports: official counts per question, then every finding."""
    from mlops_report_lsp import formats
    from mlops_report_lsp.model import Severity
    from mlops_report_lsp.reading import ReportReadError

    if not paths:
        found = default_report()
        if found is None:
            _fail("no reports/README.md or README.md here; give the report's path")
            raise typer.Exit(EXIT_USAGE)
        paths = [found]
    analyses: list[tuple[str, Analysis]] = []
    read_failed = False
    if output_format is OutputFormat.csv:
        typer.echo(formats.csv_header())
    for path in paths:
        try:
            analysis = _analyze(path, profile)
        except ReportReadError as error:
            _fail(str(error))
            read_failed = True
            continue
        name = str(path)
        analyses.append((name, analysis))
        if output_format is OutputFormat.text:
            typer.echo(formats.text_report(analysis, name))
        elif output_format is OutputFormat.github:
            typer.echo(formats.github_report(analysis, name))
        elif output_format is OutputFormat.csv:
            typer.echo(formats.csv_report(analysis, name))
    if output_format is OutputFormat.json:
        typer.echo(formats.json_report(analyses))
    if read_failed:
        raise typer.Exit(EXIT_USAGE)
    worst = Severity.WARNING if strict else Severity.ERROR
    if any(f.severity <= worst for _, a in analyses for f in a.findings):
        raise typer.Exit(EXIT_FINDINGS)


@app.command()
def html(
    path: Annotated[
        Path | None, typer.Argument(help="The report; default reports/README.md, else README.md.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Default: report.html beside the report.")
    ] = None,
    embed_images: Annotated[
        bool, typer.Option(help="Inline the images as data URIs so the file stands alone.")
    ] = False,
) -> None:
    """Render the report to a complete, readable HTML file."""
    from mlops_report_lsp.reading import ReportReadError
    from mlops_report_lsp.render import ExportError, export_html

    path = path or default_report()
    if path is None:
        _fail("no reports/README.md or README.md here; give the report's path")
        raise typer.Exit(EXIT_USAGE)
    try:
        result = export_html(path, output, embed_images)
    except (ReportReadError, ExportError) as error:
        _fail(str(error))
        raise typer.Exit(EXIT_USAGE) from None
    for warning in result.warnings:
        _fail(f"{path}: {warning}")
    typer.echo(f"wrote {result.path}")


@app.command()
def lsp() -> None:
    """Run the language server on standard input and output."""
    from mlops_report_lsp.lsp.app import run

    run()


@app.command()
def rules() -> None:
    """List every rule with its code, default severity and summary."""
    from mlops_report_lsp.rules import ALL_RULES

    for rule in ALL_RULES:
        typer.echo(f"{rule.code:<22} {rule.severity.label:<12} {rule.summary}")


def main(argv: list[str] | None = None) -> None:
    """Entry point; never shows a traceback for bad input."""
    try:
        app(args=argv, prog_name="mlops-report")
    except KeyboardInterrupt:
        sys.exit(130)
