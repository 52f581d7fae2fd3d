"""Language server budgets, measured through a real `mlops-report lsp` process over stdio.

Prints p50/p95/max of start-up (spawn to the `initialize` answer), keystroke (a one-character
incremental change to the diagnostics of that version), hover, and the server's peak memory, on the
40 KB seed report and on 400 KB and 4 MB reports made by repeating its answers. The same is
measured for a pygls server that does nothing (bench/minimal_pygls.py), the floor for any pygls
server on this machine.

Budgets: keystroke p95 <= 5 ms at 40 KB and <= 50 ms at 4 MB; hover p95 <= 2 ms; peak memory
<= 60 MB at 40 KB.  Run: .venv/bin/python bench/lsp.py [--quick]
"""

from __future__ import annotations

import compileall
import json
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

import mlops_report_lsp
from mlops_report_lsp.analysis import Analyzer

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "tests" / "seeds").glob("003_*.md"))
SERVER = [sys.executable, "-m", "mlops_report_lsp", "lsp"]
MINIMAL = [sys.executable, str(ROOT / "bench" / "minimal_pygls.py")]
BUDGETS = {
    ("keystroke", "40 KB"): 5.0,
    ("keystroke", "4 MB"): 50.0,
    ("hover", "40 KB"): 2.0,
    ("hover", "400 KB"): 2.0,
    ("hover", "4 MB"): 2.0,
}
MEMORY_BUDGET_MB = 60.0


def enlarge(text: str, size: int) -> str:
    """The report with every answer repeated until the text is about `size` characters."""
    if size <= len(text):
        return text
    analysis = Analyzer().analyze(text)
    source = analysis.report.source
    bodies = [
        (source.offset(q.body.start), source.offset(q.body.end)) for q in analysis.report.questions
    ]
    total = sum(end - start for start, end in bodies)
    copies = max(1, round((size - len(text)) / total))
    parts, last = [], 0
    for start, end in bodies:
        body = text[start:end].strip("\n")
        parts += [text[last:end], ("\n\n" + body) * copies]
        last = end
    parts.append(text[last:])
    return "".join(parts)


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\x00IEND\xaeB`\x82"
)


def add_figures(text: str, folder: Path) -> None:
    """Create the images the report refers to, as a real repository has them."""
    from mlops_report_lsp.image_paths import is_remote, local_path

    for question in Analyzer().analyze(text).report.questions:
        for image in question.features.images:
            if image.target and not is_remote(image.target):
                target = folder / local_path(image.target)
                if folder in target.resolve().parents:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(PNG)


class Connection:
    """A minimal JSON-RPC client over a child's stdio, with a reader thread."""

    def __init__(self, command: list[str]) -> None:
        self.started = time.perf_counter()
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()

    def _read(self, stream: IO[bytes] | None) -> None:
        assert stream is not None
        while True:
            length = 0
            while True:
                header = stream.readline()
                if not header:
                    return
                if header.lower().startswith(b"content-length:"):
                    length = int(header.split(b":")[1])
                if header in (b"\r\n", b"\n"):
                    break
            message = json.loads(stream.read(length))
            if "id" in message and "method" in message:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            self.inbox.put(message)

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        body = json.dumps(message).encode()
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: Any) -> int:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.next_id

    def wait(self, test: Any, timeout: float = 60.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            message = self.inbox.get(timeout=max(0.0, deadline - time.monotonic()))
            if test(message):
                return message

    def answer(self, request_id: int) -> dict[str, Any]:
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m)

    def diagnostics(self, uri: str, version: int) -> dict[str, Any]:
        return self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and m["params"].get("version") == version
            )
        )

    def initialize(self, root: Path) -> None:
        self.answer(
            self.request(
                "initialize",
                {"processId": None, "rootUri": root.as_uri(), "capabilities": {}},
            )
        )
        self.notify("initialized", {})

    def peak_rss_mb(self) -> float | None:
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return None

    def close(self) -> None:
        try:
            self.answer(self.request("shutdown", None))
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


def startup(command: list[str], root: Path, rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        connection = Connection(command)
        connection.initialize(root)
        samples.append(time.perf_counter() - connection.started)
        connection.close()
    return samples


def session(
    command: list[str], root: Path, text: str, keystrokes: int, hovers: int
) -> tuple[list[float], list[float], float | None]:
    path = root / "reports" / "README.md"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    connection = Connection(command)
    connection.initialize(root)
    connection.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
    )
    connection.diagnostics(uri, 1)
    offset = text.index("Answer:", len(text) // 2) + len("Answer:")
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1)
    typing = []
    for index in range(keystrokes):
        version = index + 2
        position = {"line": line, "character": column + index}
        started = time.perf_counter()
        connection.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": position, "end": position}, "text": "x"}],
            },
        )
        connection.diagnostics(uri, version)
        typing.append(time.perf_counter() - started)
    heading = text.index("### Question 7")
    hover_at = {"line": text.count("\n", 0, heading), "character": 5}
    hovering = []
    for _ in range(hovers):
        started = time.perf_counter()
        connection.answer(
            connection.request(
                "textDocument/hover", {"textDocument": {"uri": uri}, "position": hover_at}
            )
        )
        hovering.append(time.perf_counter() - started)
    memory = connection.peak_rss_mb()
    connection.close()
    return typing, hovering, memory


def row(name: str, size: str, samples: list[float]) -> str:
    p50, p95, worst = percentiles(samples)
    budget = BUDGETS.get((name, size))
    verdict = ""
    if budget is not None:
        verdict = f"budget p95 {budget:g} ms: " + ("ok" if p95 <= budget else "OVER")
    return f"  {name:<10} p50 {p50:8.2f}  p95 {p95:8.2f}  max {worst:8.2f} ms   {verdict}"


def main() -> None:
    quick = "--quick" in sys.argv
    # Start the server as `pip install` leaves it, with bytecode (see bench/engine.py).
    compileall.compile_dir(Path(mlops_report_lsp.__file__).parent, quiet=1)
    seed = SEED.read_text(encoding="utf-8")
    sizes = [("40 KB", 40_000), ("400 KB", 400_000), ("4 MB", 4_000_000)]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "reports" / "figures").mkdir(parents=True)
        add_figures(seed, (root / "reports").resolve())
        for label, command in (("mlops-report lsp", SERVER), ("minimal pygls server", MINIMAL)):
            print(f"{label}:")
            print(row("start-up", "", startup(command, root, 3 if quick else 10)))
            for size, characters in sizes:
                text = enlarge(seed, characters)
                keys = 20 if quick else (100 if characters < 1_000_000 else 40)
                typing, hovering, memory = session(command, root, text, keys, 50 if quick else 300)
                print(f" {size} report ({len(text.encode()) / 1024:.0f} KiB):")
                print(row("keystroke", size, typing))
                print(row("hover", size, hovering))
                if memory is not None:
                    limit = (
                        f"   budget {MEMORY_BUDGET_MB:g} MB: "
                        + ("ok" if memory <= MEMORY_BUDGET_MB else "OVER")
                        if size == "40 KB"
                        else ""
                    )
                    print(f"  peak memory {memory:.1f} MB{limit}")


if __name__ == "__main__":
    main()
