"""The `mlops-report` executable's shortcuts: `check` without typer prints exactly what the typer
application prints, `--jobs` changes nothing but the speed, and the language server answers
`initialize` without importing the engine, the command line's libraries or Python-Markdown."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "tests" / "seeds").glob("*.md"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*__*.md"))
NOT_BEFORE_A_REPORT_OPENS = (
    "markdown",
    "markdown_it",
    "typer",
    "click",
    "rich",
    "tomllib",
    "mlops_report_lsp.analysis",
    "mlops_report_lsp.rules",
    "mlops_report_lsp.config",
    "mlops_report_lsp.parse",
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, timeout=120
    )


def typer_check(*args: str) -> subprocess.CompletedProcess[str]:
    """The same command through the typer application, which the shortcut would bypass."""
    code = "import sys; from mlops_report_lsp.cli import main; main(sys.argv[1:])"
    return run("-c", code, "check", *args)


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--format", "json"],
        ["--format=csv", "--strict"],
        ["-f", "github", "--profile", "31q-2025"],
        ["--profile=2099"],
    ],
)
def test_shortcut_prints_what_typer_prints(args: list[str]) -> None:
    paths = [str(SEEDS[0]), str(SEEDS[3])]
    fast = run("-m", "mlops_report_lsp", "check", *args, *paths)
    slow = typer_check(*args, *paths)
    assert fast.stdout and fast.stdout == slow.stdout
    assert fast.stderr == slow.stderr
    assert fast.returncode == slow.returncode


def test_unusual_arguments_go_to_typer() -> None:
    bad = run("-m", "mlops_report_lsp", "check", "--format", "yaml", str(SEEDS[0]))
    assert bad.returncode == 2 and "yaml" in bad.stderr
    bundled = run("-m", "mlops_report_lsp", "check", "-fjson", str(SEEDS[0]))
    assert json.loads(bundled.stdout)[0]["file"] == str(SEEDS[0])


def test_jobs_change_nothing_but_speed(tmp_path: Path) -> None:
    paths = [str(path) for path in (CORPUS + SEEDS)[:12]]
    missing = str(tmp_path / "missing.md")
    paths.insert(5, missing)
    one = run("-m", "mlops_report_lsp", "check", "-f", "csv", "--jobs", "1", *paths)
    two = run("-m", "mlops_report_lsp", "check", "-f", "csv", "--jobs", "2", *paths)
    assert one.stdout.count("\n") > 12 * 27
    assert (two.stdout, two.stderr, two.returncode) == (one.stdout, one.stderr, one.returncode)
    assert one.returncode == 2 and "missing.md: no such file" in one.stderr


def test_initialize_imports_neither_engine_nor_cli_libraries() -> None:
    """A real server process, `-X importtime` listing every module it imports until it exits."""
    initialize = json.dumps(
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}
    ).encode()
    process = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "mlops_report_lsp", "lsp"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(initialize) + initialize)
    process.stdin.flush()
    header = process.stdout.readline()
    assert header.startswith(b"Content-Length:")
    process.stdin.close()  # end of input: the server exits without opening a document
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None
    stderr = process.stderr.read()
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in stderr.decode().splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "pygls" in imported and "mlops_report_lsp.lsp.server" in imported
    unwanted = {
        module
        for module in imported
        if any(
            module == name or module.startswith(name + ".") for name in NOT_BEFORE_A_REPORT_OPENS
        )
    }
    assert not unwanted
