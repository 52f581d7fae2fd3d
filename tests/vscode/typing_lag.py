"""Typing into a real group report in the real VS Code, through the browser, and timing what follows.

A headless Chromium types real keystrokes (selenium key events) at about 30 characters a second into
an answer of a corpus report; typing_suite/index.js records in the extension host when each change,
diagnostics push, status bar update and Summary render arrives, while this side reads the workbench's
own Problems counter and our status bar item from the page. Used by test_typing.py (a regression
guard) and bench/vscode_typing.py (the figures).
"""

from __future__ import annotations

import json
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vscode_harness import CLEAN_UI_SETTINGS, REPO, Tools, vscode_session

SUITE = Path(__file__).resolve().parent / "typing_suite"
REPORT = REPO / "tests" / "corpus" / "colberg00__02476_MLOps_Group_82.md"
"""A real group report of 44 KB (the size of the issue's measurements); its figures are not here."""
WORDS = "we trained the model with pytorch lightning and logged every run to weights and biases "
QUIET = 3.0
"""Seconds without any change on the page that count as settled."""

# The Problems counter and our item, as the user sees them in the status bar.
READ_STATUS_BAR = """
const items = [...document.querySelectorAll('.statusbar-item')];
const problems = items.find((item) => item.id === 'status.problems');
const ours = items.find((item) => /Report \\d+\\/\\d+/.test(item.innerText));
return [problems ? problems.innerText.replace(/\\s+/g, ' ').trim() : null,
        ours ? ours.innerText.trim() : null];
"""


@dataclass
class Phase:
    panel: str
    keys: int
    typing_s: float
    catch_up_s: dict[str, float]
    """Last key -> the final value, per view: problems, status bar (both read on the page), summary."""
    worst_lag_s: float
    """Worst time from sending a key to its change reaching the extension host."""
    median_lag_s: float
    summary_updates: int
    final: dict[str, object]

    @property
    def catch_up(self) -> float:
        return max(self.catch_up_s.values())


@dataclass
class Run:
    first_diagnostics_s: float
    phases: dict[str, Phase]


def make_workspace(root: Path) -> Path:
    workspace = root / "group-project"
    (workspace / "reports").mkdir(parents=True)
    shutil.copyfile(REPORT, workspace / "reports" / "README.md")
    (workspace / ".vscode").mkdir()
    (workspace / ".vscode" / "settings.json").write_text(
        json.dumps(CLEAN_UI_SETTINGS, indent=2), encoding="utf-8"
    )
    return workspace


def wait_file(path: Path, timeout: float, session_logs: Callable[[], str]) -> dict:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{path.name} did not appear in {timeout:.0f} s\n{session_logs()}")
        time.sleep(0.1)
    return json.loads(path.read_text())


def settle_time(samples: list[tuple[float, object]], start: float) -> float:
    """When the value reached what it ends with (and kept it), in seconds after `start`; 0 when it
    already had it at `start`."""
    final = samples[-1][1]
    settled = samples[-1][0]
    for when, value in reversed(samples):
        if value != final:
            break
        settled = when
    return max(0.0, settled - start)


def type_phase(driver, seconds: float, rate: float) -> list[tuple[float, str]]:
    """Types `rate` keys a second: each round sends, as real key events in one WebDriver call, the
    keys whose time has come (a call takes longer than a key's 33 ms on a busy machine). Returns
    (time sent, key) for each key."""
    from selenium.webdriver.common.action_chains import ActionChains

    count = int(seconds * rate)
    text = (WORDS * (count // len(WORDS) + 1))[:count]
    sent: list[tuple[float, str]] = []
    start = time.time()
    while len(sent) < count:
        due = min(count, int((time.time() - start) * rate) + 1)
        if due <= len(sent):
            time.sleep(max(0.0, start + len(sent) / rate - time.time()))
            continue
        keys = text[len(sent) : due]
        now = time.time()
        sent.extend((now, key) for key in keys)
        ActionChains(driver).send_keys(keys).perform()
    return sent


def measure(tools: Tools, root: Path, phases: list[str], seconds: float, rate: float = 30.0) -> Run:
    """One VS Code session: the cold open, then each phase ("closed" or "open" Summary panel)."""
    out = root / "typing"
    out.mkdir()
    env = {
        "MLOPS_TYPING_DIR": str(out),
        "MLOPS_TYPING_PHASES": ",".join(phases),
    }
    measured: dict[str, Phase] = {}
    with vscode_session(tools, root, env=env) as session:
        installed = session.install_extension()
        workspace = make_workspace(root)
        session.start_server()
        session.open_browser(session.workbench_url(workspace, SUITE, development_path=installed))
        driver = session.driver
        assert driver is not None
        for phase in phases:
            wait_file(out / f"ready-{phase}.json", 180, session.logs)
            sent = type_phase(driver, seconds, rate)
            last_key = sent[-1][0]
            (out / f"done-{phase}.json").write_text(json.dumps({"last_key": last_key}))
            page: list[tuple[float, object]] = []
            quiet_since = time.time()
            while time.time() - quiet_since < QUIET:
                value = tuple(driver.execute_script(READ_STATUS_BAR))
                if not page or value != page[-1][1]:
                    quiet_since = time.time()
                page.append((time.time(), value))
                time.sleep(0.05)
            result = wait_file(out / f"measured-{phase}.json", 60, session.logs)
            measured[phase] = analyse(phase, sent, page, result)
        results = wait_file(out / "results.json", 30, session.logs)
        session.wait_exit_code(timeout=10)
    return Run(first_diagnostics_s=results["firstDiagnosticsMs"] / 1000, phases=measured)


def analyse(
    phase: str, sent: list[tuple[float, str]], page: list[tuple[float, object]], result: dict
) -> Phase:
    events = result["events"]
    changes = [event["t"] / 1000 for event in events if event["kind"] == "change"]
    typed = "".join(event["value"] for event in events if event["kind"] == "change")
    expected = "".join(key for _, key in sent)
    if typed != expected:
        raise AssertionError(
            f"the editor received {len(typed)} characters of {len(expected)}: {typed[-80:]!r}"
        )
    lags = [arrived - when for (when, _), arrived in zip(sent, changes, strict=True)]
    last_key = sent[-1][0]
    problems = [(when, value[0]) for when, value in page]  # type: ignore[index]
    status = [(when, value[1]) for when, value in page]  # type: ignore[index]
    catch_up = {
        "problems": settle_time(problems, last_key),
        "status bar": settle_time(status, last_key),
    }
    renders = [
        (event["t"] / 1000, event["value"]) for event in events if event["kind"] == "summary"
    ]
    if phase == "open":
        before = [value for when, value in renders if when <= last_key]
        after = [(when, value) for when, value in renders if when > last_key]
        catch_up["summary"] = settle_time(
            [(last_key, before[-1] if before else None), *after], last_key
        )
    final = result["final"]
    return Phase(
        panel=phase,
        keys=len(sent),
        typing_s=last_key - sent[0][0],
        catch_up_s=catch_up,
        worst_lag_s=max(lags),
        median_lag_s=statistics.median(lags),
        summary_updates=len(renders),
        final={**final, "problems": problems[-1][1], "statusBarOnPage": status[-1][1]},
    )


def describe(run: Run) -> str:
    lines = [f"open -> first diagnostics (cold): {run.first_diagnostics_s:.2f} s"]
    for phase in run.phases.values():
        views = ", ".join(f"{name} {value:.2f} s" for name, value in phase.catch_up_s.items())
        lines.append(
            f"Summary panel {phase.panel}: {phase.keys} keys in {phase.typing_s:.1f} s; "
            f"last key -> final: {phase.catch_up:.2f} s ({views}); "
            f"worst lag while typing {phase.worst_lag_s:.2f} s (median {phase.median_lag_s * 1000:.0f} ms); "
            f"{phase.summary_updates} Summary renders"
        )
    return "\n".join(lines)
