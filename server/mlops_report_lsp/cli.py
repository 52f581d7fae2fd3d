"""The `mlops-report` command line: check, html, repo and lsp, thin views over the engine.

Imports of the engine happen inside the commands so that start-up stays fast; `entry.py` runs
`lsp` and the usual shapes of `check` without importing typer at all.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from mlops_report_lsp.checking import EXIT_USAGE, PARALLEL_FROM, fail
from mlops_report_lsp.profile_names import BUILTIN_PROFILES

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


def _show_version(value: bool) -> None:
    if value:
        from mlops_report_lsp import __version__

        typer.echo(f"mlops-report {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    # Options that apply before any command; the app's help text stays the one given above.
    pass


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
            help=f"Template generation: {', '.join(BUILTIN_PROFILES)}, or one named in a "
            "profile file (default: detect)."
        ),
    ] = None,
    strict: Annotated[bool, typer.Option(help="Warnings also make the exit code 1.")] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help=f"Processes checking reports at once; 0: one per core for {PARALLEL_FROM} "
            "reports or more.",
        ),
    ] = 0,
) -> None:
    """Check reports: official counts per question, then every finding."""
    from mlops_report_lsp.checking import run_check

    code = run_check(paths or [], output_format.value, profile, strict, jobs)
    if code:
        raise typer.Exit(code)


@app.command()
def html(
    path: Annotated[
        Path | None, typer.Argument(help="The report; default reports/README.md, else README.md.")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Default: report.html (with --as-graded: report.graded.html) beside the report.",
        ),
    ] = None,
    embed_images: Annotated[
        bool, typer.Option(help="Inline the images as data URIs so the file stands alone.")
    ] = False,
    as_graded: Annotated[
        bool,
        typer.Option(
            "--as-graded",
            help="Render exactly as the course's `report.py html` does, with a note at each place "
            "where the graded page differs from GitHub.",
        ),
    ] = False,
) -> None:
    """Render the report to a complete, readable HTML file, or preview the graded page."""
    from mlops_report_lsp.checking import default_report
    from mlops_report_lsp.reading import ReportReadError
    from mlops_report_lsp.render import ExportError, export_html

    path = path or default_report()
    if path is None:
        fail("no reports/README.md or README.md here; give the report's path")
        raise typer.Exit(EXIT_USAGE)
    if as_graded and embed_images:
        fail("--embed-images does not apply to --as-graded: the graded page links its images")
        raise typer.Exit(EXIT_USAGE)
    try:
        if as_graded:
            from mlops_report_lsp.graded import export_graded

            result = export_graded(path, output)
        else:
            result = export_html(path, output, embed_images)
    except (ReportReadError, ExportError) as error:
        fail(str(error))
        raise typer.Exit(EXIT_USAGE) from None
    for warning in result.warnings:
        fail(f"{path}: {warning}")
    typer.echo(f"wrote {result.path}")


@app.command()
def repo(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Repository folders or report files; default the current folder."),
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format: text, json or csv.")
    ] = OutputFormat.text,
) -> None:
    """Check the report's checklist against the repository it describes."""
    from mlops_report_lsp.repository import evidence
    from mlops_report_lsp.repository.views import csv_header, csv_view, json_view, text_view

    if output_format is OutputFormat.github:
        fail("`repo` writes text, json or csv")
        raise typer.Exit(EXIT_USAGE)
    results = []
    failed = False
    if output_format is OutputFormat.csv:
        typer.echo(csv_header())
    for path in paths or [Path(".")]:
        if not path.exists():
            fail(f"{path}: no such file or folder")
            failed = True
            continue
        found = evidence(path)
        results.append(found)
        if output_format is not OutputFormat.text and found.report and not found.checklist:
            fail(f"{found.report}: no checklist items found")
        if output_format is OutputFormat.text:
            typer.echo(text_view(found))
        elif output_format is OutputFormat.csv:
            typer.echo(csv_view(found))
    if output_format is OutputFormat.json:
        typer.echo(json_view(results))
    if failed:
        raise typer.Exit(EXIT_USAGE)


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
