"""The `mlops-report` executable: `lsp` and the usual shapes of `check` start without typer.

Importing typer and click costs about as much as checking a report, and a language server should
answer `initialize` as fast as any pygls server; everything else (help, `html`, `rules`, unusual
or wrong arguments) goes to the typer application in cli.py, which also explains usage errors.

`check` runs its first report with the cyclic garbage collector paused: the engine's modules, data
and regular expressions load then, hundreds of thousands of objects that live as long as the
process, which the collector would otherwise walk again and again (checking.py resumes it).
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

VALUED = {
    "--format": "format",
    "-f": "format",
    "--profile": "profile",
    "--jobs": "jobs",
    "-j": "jobs",
}
"""check's options that take a value, and the value each sets."""


def parse_check(args: list[str]) -> tuple[list[Path], str, str | None, bool, int] | None:
    """`check`'s paths, format, profile, strictness and jobs, or None when typer should parse."""
    from mlops_report_lsp.checking import AUTO_JOBS, FORMATS  # checking.py: not loaded for `lsp`

    paths: list[Path] = []
    values: dict[str, str] = {}
    strict = False
    index = 0
    while index < len(args):
        arg = args[index]
        name, equals, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in VALUED:
            if not equals:
                index += 1
                if index == len(args):
                    return None
                value = args[index]
            values[VALUED[name]] = value
        elif arg in ("--strict", "--no-strict"):
            strict = arg == "--strict"
        elif arg.startswith("-"):
            return None
        else:
            paths.append(Path(arg))
        index += 1
    output_format = values.get("format", "text")
    jobs = values.get("jobs", str(AUTO_JOBS))
    if output_format not in FORMATS or not jobs.isdigit():
        return None
    return paths, output_format, values.get("profile"), strict, int(jobs)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args == ["lsp"]:
        from mlops_report_lsp.lsp.app import run

        run()
    parsed = parse_check(args[1:]) if args[:1] == ["check"] else None
    if parsed is not None:
        gc.disable()  # resumed after the first report (checking.py: _outcomes)
        from mlops_report_lsp.checking import run_check

        try:
            code = run_check(*parsed)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader stopped early (`| head`): quietly, as click does
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            code = 1
        except KeyboardInterrupt:
            code = 130
        sys.stderr.flush()
        # Everything is written and every file closed: tearing down each module and object (about
        # a tenth of checking one report) would change nothing.
        os._exit(code)
    from mlops_report_lsp.cli import main as full

    full(args)
