"""Where the language server's memory goes, by allocation site: a tracemalloc profile of a real
`mlops-report lsp` process while a client types into a large report.

The server runs under `-X tracemalloc`; a request this script adds (`bench/snapshot`) makes it
write a snapshot. The first snapshot is taken after a few edits, the second after many more, and
the difference shows what the server keeps per edit (it should keep nothing), then the largest
live allocation sites show what it keeps per report.

Run: .venv/bin/python bench/memory_profile.py [--size 4000000] [--edits 60] [--top 12]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import tracemalloc
from pathlib import Path

from lsp import SEED, Connection, enlarge

# Runs inside the server process: the real server plus one request that dumps a snapshot.
SERVER_CODE = """
import sys, tracemalloc
from mlops_report_lsp.lsp.app import create_server

server = create_server()

@server.feature("bench/snapshot")
def snapshot(params):
    tracemalloc.take_snapshot().dump(params.path)
    return None

sys.exit(server.serve_stdio())
"""


def type_keys(connection: Connection, uri: str, at: dict[str, int], first: int, count: int) -> None:
    for index in range(first, first + count):
        position = {"line": at["line"], "character": at["character"] + index}
        connection.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": index + 2},
                "contentChanges": [{"range": {"start": position, "end": position}, "text": "x"}],
            },
        )
        connection.diagnostics(uri, index + 2)


def snapshot(connection: Connection, path: Path) -> tracemalloc.Snapshot:
    connection.answer(connection.request("bench/snapshot", {"path": str(path)}))
    return tracemalloc.Snapshot.load(str(path)).filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=4_000_000, help="report size in characters")
    parser.add_argument("--edits", type=int, default=60, help="edits between the two snapshots")
    parser.add_argument("--top", type=int, default=12, help="allocation sites to print")
    options = parser.parse_args()
    text = enlarge(SEED.read_text(encoding="utf-8"), options.size)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        # No figures folder: every image reference is a finding, as in a fresh clone.
        path = root / "reports" / "README.md"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        connection = Connection([sys.executable, "-X", "tracemalloc=8", "-c", SERVER_CODE])
        connection.initialize(root)
        connection.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
        )
        published = connection.diagnostics(uri, 1)
        offset = text.index("Answer:", len(text) // 2) + len("Answer:")
        at = {
            "line": text.count("\n", 0, offset),
            "character": offset - (text.rfind("\n", 0, offset) + 1),
        }
        type_keys(connection, uri, at, 0, 5)
        before = snapshot(connection, root / "before.snapshot")
        type_keys(connection, uri, at, 5, options.edits)
        after = snapshot(connection, root / "after.snapshot")
        peak = connection.peak_rss_mb()
        connection.close()
    findings = len(published["params"]["diagnostics"])
    print(f"report {len(text.encode()) / 1e6:.1f} MB, {findings} diagnostics published")
    print(f"peak RSS {peak or 0:.0f} MiB (under tracemalloc, which adds its own)")
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    print(f"\nkept by {options.edits} more edits: {grown / 2**20:+.1f} MiB; largest sites:")
    for stat in after.compare_to(before, "traceback")[: options.top]:
        recent = reversed(stat.traceback[-4:])
        frames = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in recent)
        print(f"  {stat.size_diff / 2**20:+8.2f} MiB {stat.count_diff:+8d} blocks  {frames}")
    total = sum(stat.size for stat in after.statistics("filename"))
    print(f"\nlive after the edits: {total / 2**20:.1f} MiB; largest sites:")
    for live in after.statistics("lineno")[: options.top]:
        frame = live.traceback[0]
        print(
            f"  {live.size / 2**20:8.2f} MiB {live.count:8d} blocks  {frame.filename}:{frame.lineno}"
        )


if __name__ == "__main__":
    main()
