"""Repository evidence budgets: the inventory of the largest real group repository among the
fixtures (checked out with a git index, as a group's clone is), cold and cached; a synthetic
repository of 100,000 files (the walk must stop near its 1 s budget); `mlops-report repo` as a
process; and a teacher's batch: 200 clones (the fixtures, repeated) in one `repo` process.

Budgets: cold inventory and probes of a real repository < 100 ms; a cached lookup < 0.1 ms;
100,000 files stop within ~1.2 s; `mlops-report repo` as a process < 0.5 s; the batch in
proportion: a clone costs about what its cold inventory and probes cost alone, not a process.
Run: .venv/bin/python bench/repository.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlops_report_lsp.repository import STORE, ProbeResults, build, evidence
from mlops_report_lsp.repository.inventory import gitignore_globs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from group_fixtures import checkout, names  # noqa: E402

ROUNDS = 20
BATCH = 200


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.2f} ms, max {max(samples) * 1000:.2f} ms"


def largest(into: Path) -> Path:
    counts = {
        name: sum(len(f) for _, _, f in os.walk(ROOT / "tests" / "group_repos" / name))
        for name in names()
    }
    name = max(counts, key=lambda n: counts[n])
    return checkout(name, into)


def cold(repo: Path) -> list[float]:
    samples = []
    for _ in range(ROUNDS):
        gitignore_globs.cache_clear()  # as in a new process: its `.gitignore` not read before
        start = time.perf_counter()
        ProbeResults(build(repo)).hits_all()
        samples.append(time.perf_counter() - start)
    return samples


def cached(report: Path) -> list[float]:
    text = report.read_text(encoding="utf-8")
    head = text[: text.find("### Question")]
    STORE.for_report(report, head)
    samples = []
    for _ in range(ROUNDS * 50):
        start = time.perf_counter()
        STORE.for_report(report, head)
        samples.append(time.perf_counter() - start)
    return samples


def huge(into: Path) -> tuple[float, int, list[str]]:
    images = into / "huge" / "data" / "images"
    images.mkdir(parents=True)
    for index in range(100_000):
        os.close(os.open(images / f"{index:06}.png", os.O_CREAT | os.O_WRONLY))
    start = time.perf_counter()
    inventory = build(into / "huge")
    return time.perf_counter() - start, len(inventory.files), inventory.partial


def _runs(command: list[str], rounds: int) -> list[float]:
    """Wall times of `command` run `rounds` times, in seconds; it must succeed."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        samples.append(time.perf_counter() - start)
    return samples


def process(repo: Path) -> list[float]:
    return _runs([sys.executable, "-m", "mlops_report_lsp", "repo", str(repo)], 5)


def batch(into: Path) -> tuple[float, float]:
    """200 clones in one `repo --format csv` process: its time, and the mean cold inventory and
    probes of the distinct fixtures in this process (what the batch should cost per clone)."""
    fixtures = [checkout(name, into / "fixtures") for name in names()]
    alone = []
    for repo in fixtures:
        gitignore_globs.cache_clear()
        start = time.perf_counter()
        ProbeResults(build(repo)).hits_all()
        alone.append(time.perf_counter() - start)
    clones = []
    for index in range(BATCH):
        clone = into / "clones" / f"group{index:03d}"
        shutil.copytree(fixtures[index % len(fixtures)], clone, symlinks=True)
        clones.append(str(clone))
    command = [sys.executable, "-m", "mlops_report_lsp", "repo", "--format", "csv", *clones]
    return statistics.median(_runs(command, 3)), statistics.mean(alone)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = largest(Path(folder))
        judged = evidence(repo)
        print(f"largest fixture: {repo.name}: {len(judged.inventory.files)} files")
        print(f"inventory + every probe, cold: {_ms(cold(repo))}")
        print(f"cached lookup (a keystroke's cost): {_ms(cached(repo / 'reports' / 'README.md'))}")
        seconds, files, partial = huge(Path(folder))
        print(
            f"100,000 files: stopped after {seconds * 1000:.0f} ms with {files} files ({'; '.join(partial)})"
        )
        print(f"`mlops-report repo` as a process: {_ms(process(repo))}")
        seconds, alone = batch(Path(folder))
        print(
            f"{BATCH} clones, one `repo --format csv` process: {seconds:.2f} s, "
            f"{seconds / BATCH * 1000:.1f} ms a clone (one fixture alone, cold, in-process: "
            f"{alone * 1000:.1f} ms on average)"
        )


if __name__ == "__main__":
    main()
