"""Repository evidence budgets: the inventory of the largest real group repository among the
fixtures (checked out with a git index, as a group's clone is), cold and cached; a synthetic
repository of 100,000 files (the walk must stop near its 1 s budget); and `mlops-report repo` as a
process.

Budgets: cold inventory and probes of a real repository < 100 ms; a cached lookup < 0.1 ms;
100,000 files stop within ~1.2 s; `mlops-report repo` as a process < 0.5 s.
Run: .venv/bin/python bench/repository.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mlops_report_lsp.repository import STORE, ProbeResults, build, evidence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from group_fixtures import checkout, names  # noqa: E402

ROUNDS = 20


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


def process(repo: Path) -> list[float]:
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mlops_report_lsp", "repo", str(repo)],
            check=True,
            capture_output=True,
        )
        samples.append(time.perf_counter() - start)
    return samples


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


if __name__ == "__main__":
    main()
