"""The built .vsix: what it contains, its size, and that its bundled server runs from its own libs.

The .vsix is built by `cd vscode-extension && npm run package` (`.ci/vscode.sh` does it); without
one these tests are skipped. MLOPS_VSIX names another file to check.
"""

from __future__ import annotations

import importlib.util
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from email.message import Message
from email.parser import Parser
from pathlib import Path, PurePosixPath

import pytest

try:
    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # pragma: no cover - pip always vendors it
    from pip._vendor.packaging.markers import Marker  # type: ignore[no-redef]
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]
    from pip._vendor.packaging.utils import canonicalize_name  # type: ignore[no-redef]

REPO = Path(__file__).resolve().parents[1]
LIBS = "extension/bundled/libs/"
MAX_BYTES = 5 * 1024 * 1024


def _bundle_script_exclusions() -> set[str]:
    """The packages that scripts/bundle_libs.py leaves out on purpose, with its reasons there."""
    path = REPO / "vscode-extension" / "scripts" / "bundle_libs.py"
    spec = importlib.util.spec_from_file_location("bundle_libs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.EXCLUDED)


EXCLUDED = _bundle_script_exclusions()


def find_vsix() -> Path | None:
    if os.environ.get("MLOPS_VSIX"):
        return Path(os.environ["MLOPS_VSIX"])
    built = sorted(
        (REPO / "vscode-extension").glob("mlops-report-*.vsix"), key=lambda p: p.stat().st_mtime
    )
    return built[-1] if built else None


@pytest.fixture(scope="module")
def vsix() -> Path:
    path = find_vsix()
    if path is None or not path.is_file():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("no .vsix built: CI must build it first (bash .ci/vscode.sh)")
        pytest.skip("no .vsix built (cd vscode-extension && npm run package)")
    return path


@pytest.fixture(scope="module")
def names(vsix: Path) -> list[str]:
    with zipfile.ZipFile(vsix) as archive:
        return archive.namelist()


@pytest.fixture(scope="module")
def unpacked(vsix: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("vsix")
    with zipfile.ZipFile(vsix) as archive:
        archive.extractall(root)
    return root


def test_size_is_under_5_mb(vsix: Path) -> None:
    assert vsix.stat().st_size < MAX_BYTES, f"{vsix.name} is {vsix.stat().st_size / 1e6:.2f} MB"


def test_contains_the_extension(names: list[str]) -> None:
    for required in (
        "extension/package.json",
        "extension/dist/extension.js",
        "extension/bundled/tool/launch.py",
        "extension/README.md",
        "extension/CHANGELOG.md",
        "extension/LICENSE.txt",
        "extension/icon.png",
    ):
        assert any(name.lower() == required.lower() for name in names), f"{required} missing"
    assert not any(name.startswith("extension/node_modules/") for name in names)
    assert not any(name.startswith("extension/src/") for name in names)


def test_contains_our_package_as_built_from_this_tree(names: list[str]) -> None:
    package = REPO / "server" / "mlops_report_lsp"
    wanted = [
        path.relative_to(package.parent).as_posix()
        for path in package.rglob("*")
        if path.is_file() and (path.suffix in {".py", ".toml"}) and "__pycache__" not in path.parts
    ]
    assert wanted, "server/mlops_report_lsp is empty"
    missing = [name for name in wanted if LIBS + name not in names]
    assert not missing, f"not in the .vsix (stale build?): {missing}"


def test_is_pure_python(names: list[str]) -> None:
    compiled = [
        name for name in names if PurePosixPath(name).suffix in {".so", ".pyd", ".dylib", ".dll"}
    ]
    assert not compiled
    assert not any("/__pycache__/" in name for name in names)


def _metadata(vsix: Path, names: list[str]) -> dict[str, Message]:
    """{canonical name: METADATA} for every *.dist-info directly in bundled/libs."""
    found = {}
    with zipfile.ZipFile(vsix) as archive:
        for name in names:
            parts = name[len(LIBS) :].split("/") if name.startswith(LIBS) else []
            if len(parts) == 2 and parts[0].endswith(".dist-info") and parts[1] == "METADATA":
                metadata = Parser().parsestr(archive.read(name).decode("utf-8"))
                found[canonicalize_name(metadata["Name"])] = metadata
    return found


def _distributions(vsix: Path, names: list[str]) -> dict[str, list[str]]:
    """{canonical name: Requires-Dist lines} for every distribution in bundled/libs."""
    return {
        name: metadata.get_all("Requires-Dist") or []
        for name, metadata in _metadata(vsix, names).items()
    }


def _locked() -> dict[str, str]:
    """{canonical name: version} from bundled/requirements.txt; every pin must carry a hash."""
    text = (REPO / "vscode-extension" / "bundled" / "requirements.txt").read_text(encoding="utf-8")
    pins = {}
    for entry in text.replace("\\\n", " ").splitlines():
        entry = entry.strip()
        if not entry or entry.startswith("#"):
            continue
        spec, _, options = entry.partition(" ")
        assert "--hash=sha256:" in options, f"{spec} has no hash"
        name, _, version = spec.partition("==")
        pins[canonicalize_name(name)] = version
    return pins


def test_bundled_libraries_are_the_locked_ones(vsix: Path, names: list[str]) -> None:
    bundled = {name: meta["Version"] for name, meta in _metadata(vsix, names).items()}
    assert bundled.pop("mlops-report-lsp", None), "the server itself is not bundled"
    assert bundled == _locked()


@pytest.mark.parametrize("python_version", ["3.10", "3.11", "3.12", "3.13", "3.14"])
def test_every_runtime_dependency_is_bundled(
    vsix: Path, names: list[str], python_version: str
) -> None:
    distributions = _distributions(vsix, names)
    assert "mlops-report-lsp" in distributions, sorted(distributions)
    env = {
        "python_version": python_version,
        "python_full_version": python_version + ".0",
        "extra": "",
    }
    missing = []
    todo, seen = ["mlops-report-lsp"], {"mlops-report-lsp"}
    while todo:
        name = todo.pop()
        for spec in distributions.get(name, []):
            requirement = Requirement(spec)
            if requirement.marker is not None and not Marker(str(requirement.marker)).evaluate(env):
                continue
            dependency = canonicalize_name(requirement.name)
            if dependency in EXCLUDED or dependency in seen:
                continue
            seen.add(dependency)
            if dependency in distributions:
                todo.append(dependency)
            else:
                missing.append(f"{dependency} (needed by {name})")
    assert not missing, f"missing from bundled/libs on Python {python_version}: {missing}"


class JsonRpc:
    """Just enough of an LSP client over a child's stdio."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.messages: queue.Queue[dict | None] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode("ascii").partition(":")
                if key.lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method: str, params: object) -> int:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})
        return self.next_id

    def notify(self, method: str, params: object) -> None:
        self.send({"method": method, "params": params})

    def wait_for(self, predicate, timeout: float, seen: list[dict]) -> dict:
        """Reads messages (answering the server's requests) until one matches."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out; messages seen: {[m.get('method', m.get('id')) for m in seen]}"
                )
            try:
                message = self.messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                raise AssertionError(f"the server closed its output; messages seen: {seen}")
            seen.append(message)
            if "method" in message and "id" in message:
                self._answer(message)
            if predicate(message):
                return message

    def _answer(self, message: dict) -> None:
        if message["method"] == "workspace/configuration":
            result: object = [None for _ in message["params"]["items"]]
        else:
            result = None
        self.send({"id": message["id"], "result": result})


def test_launch_py_serves_diagnostics_from_the_bundled_libs_alone(
    unpacked: Path, tmp_path: Path
) -> None:
    launch = unpacked / "extension" / "bundled" / "tool" / "launch.py"
    workspace = tmp_path / "workspace"
    shutil.copytree(REPO / "examples" / "report", workspace / "reports")
    report = workspace / "reports" / "README.md"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    # -I as the extension runs it; -S as well, so that no site-packages at all can help.
    process = subprocess.Popen(
        [sys.executable, "-I", "-S", str(launch)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=env,
    )
    client = JsonRpc(process)
    seen: list[dict] = []
    try:
        init = client.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": workspace.as_uri(),
                "workspaceFolders": [{"uri": workspace.as_uri(), "name": "workspace"}],
                "capabilities": {
                    "textDocument": {
                        "publishDiagnostics": {"relatedInformation": True},
                        "hover": {},
                    },
                    "workspace": {"configuration": True},
                },
                "initializationOptions": {"profile": "auto", "rules": {}},
            },
        )
        response = client.wait_for(lambda m: m.get("id") == init and "method" not in m, 30, seen)
        assert "result" in response, response
        client.notify("initialized", {})
        client.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": report.as_uri(),
                    "languageId": "markdown",
                    "version": 1,
                    "text": report.read_text(encoding="utf-8"),
                }
            },
        )
        published = client.wait_for(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == report.as_uri()
                and m["params"]["diagnostics"]
            ),
            30,
            seen,
        )
        diagnostics = published["params"]["diagnostics"]
        assert {d.get("source") for d in diagnostics} == {"mlops-report"}
        assert "image-as-link" in {d.get("code") for d in diagnostics}
        shutdown = client.request("shutdown", None)
        client.wait_for(lambda m: m.get("id") == shutdown and "method" not in m, 10, seen)
        client.notify("exit", None)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        if stderr.strip():
            print(stderr[-3000:])
