"""Engine figures: cold analysis, re-analysis after a one-character edit, `check` as a process
beside the interpreter's start (the floor) and the course's official `report.py check`, run in
turns, and a teacher's batch of 200 reports.

Budgets (40 KB report): cold < 15 ms, one-character re-analysis < 1 ms, whole process <= 0.4x the
official script's (issue 13); 200 real reports in one `check --format csv` process <= 1.0 s.
The official script is not part of this repository: give the command that runs it, e.g.
`--official "python report.py check"` with the course's reports/report.py and its requirements;
it runs in a folder holding the report as README.md, as students run it.
Run: .venv/bin/python bench/engine.py [--official COMMAND]
"""

from __future__ import annotations

import argparse
import compileall
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import mlops_report_lsp
from mlops_report_lsp.analysis import Analyzer

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "tests" / "seeds" / "003_54ffc10b798f0a58.md"
REAL_REPORTS = sorted((ROOT / "tests" / "corpus").glob("*__*.md")) + sorted(
    (ROOT / "tests" / "seeds").glob("*.md")
)
ROUNDS = 50
BATCH = 200


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def cold(text: str) -> float:
    samples = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        Analyzer().analyze(text, REPORT)
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def one_character_edits(text: str) -> float:
    """Type characters one at a time in the middle of an answer, analysing after each."""
    analyzer = Analyzer()
    analyzer.analyze(text, REPORT)
    where = text.index("Answer:", len(text) // 2) + len("Answer:") + 2
    samples = []
    for index in range(ROUNDS):
        text = text[:where] + "abcdefghij"[index % 10] + text[where:]
        where += 1
        start = time.perf_counter()
        analyzer.analyze(text, REPORT)
        samples.append(time.perf_counter() - start)
    return _median_ms(samples)


def _interleaved_ms(commands: list[list[str]], cwd: Path, rounds: int) -> list[float]:
    """Each command's median, the commands run in turn so that all see the same machine load."""
    samples: list[list[float]] = [[] for _ in commands]
    for _ in range(rounds):
        for command, times in zip(commands, samples, strict=True):
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
    return [_median_ms(times) for times in samples]


def processes(official: str | None) -> tuple[float, float, float | None]:
    """The interpreter's start (the floor), `mlops-report check` on the report as a process, and
    the official script on it, in turns."""
    # Measure the package as `pip install` leaves it, with bytecode: an editable checkout under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module in every run.
    compileall.compile_dir(Path(mlops_report_lsp.__file__).parent, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        shutil.copyfile(REPORT, here / "README.md")
        commands = [
            [sys.executable, "-c", "pass"],
            [sys.executable, "-m", "mlops_report_lsp", "check", "README.md"],
        ]
        if official:
            commands.append(shlex.split(official))
        floor, ours, *theirs = _interleaved_ms(commands, here, 20)
        return floor, ours, theirs[0] if theirs else None


def batch() -> tuple[float, float]:
    """200 real reports (the corpus and the seeds, repeated), one `check --format csv` process,
    in one process and with the default `--jobs` (one per core)."""
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for index in range(BATCH):
            target = Path(folder) / f"group{index:03d}" / "reports" / "README.md"
            target.parent.mkdir(parents=True)
            shutil.copyfile(REAL_REPORTS[index % len(REAL_REPORTS)], target)
            paths.append(str(target))
        command = [sys.executable, "-m", "mlops_report_lsp", "check", "--format", "csv", *paths]
        one, default = _interleaved_ms([[*command, "--jobs", "1"], command], Path(folder), 5)
        return one, default


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--official", help="command running the official `report.py check`")
    options = parser.parse_args()
    text = REPORT.read_text(encoding="utf-8")
    print(f"report: {REPORT.name}, {len(text.encode()) / 1024:.1f} KB")
    rows = [
        ("cold analysis", cold(text), 15.0),
        ("re-analysis after a one-character edit", one_character_edits(text), 1.0),
    ]
    for name, value, budget in rows:
        verdict = "ok" if value <= budget else "OVER BUDGET"
        print(f"{name:<42} median {value:8.2f} ms   budget {budget:6.1f} ms   {verdict}")
    floor, ours, theirs = processes(options.official)
    print(f"{'interpreter start, `python -c pass` (floor)':<42} median {floor:8.2f} ms")
    if theirs is None:
        print(
            f"{'`mlops-report check` as a process':<42} median {ours:8.2f} ms   (give --official)"
        )
    else:
        ratio = ours / theirs
        verdict = "ok" if ratio <= 0.4 else "OVER BUDGET"
        print(
            f"{'`mlops-report check` as a process':<42} median {ours:8.2f} ms   official "
            f"{theirs:.2f} ms: {ratio:.2f}x (budget 0.4x)   {verdict}"
        )
    one, default = batch()
    verdict = "ok" if default <= 1000 else "OVER BUDGET"
    print(
        f"{BATCH} real reports, one `check --format csv`    median {default:8.2f} ms   "
        f"(--jobs 1: {one:.0f} ms)   budget 1000 ms   {verdict}"
    )


if __name__ == "__main__":
    main()
