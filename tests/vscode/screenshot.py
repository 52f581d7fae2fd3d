"""Take docs/screenshot.png: the real workbench with the example report, squiggles, Problems and a hover.

Usage (after `bash .ci/vscode.sh`): python tests/vscode/screenshot.py [--out docs/screenshot.png]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from vscode_harness import REPO, make_workspace, missing_tools, vscode_session

SUITE = Path(__file__).resolve().parent / "screenshot_suite"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1100)
    parser.add_argument(
        "--checklist",
        type=Path,
        help="a repository folder (e.g. tests/group_repos/NAME): hover on a checklist item instead",
    )
    parser.add_argument(
        "--summary", action="store_true", help="show the Summary panel instead of a hover"
    )
    args = parser.parse_args()

    tools, problems = missing_tools()
    if tools is None:
        print("cannot take the screenshot:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="mlops-shot-") as tmp:
        root = Path(tmp)
        ready, done = root / "ready.json", root / "done"
        env = {"MLOPS_SCREENSHOT_READY": str(ready), "MLOPS_SCREENSHOT_DONE": str(done)}
        if args.checklist:
            env["MLOPS_SCREENSHOT_SCENE"] = "checklist"
        elif args.summary:
            env["MLOPS_SCREENSHOT_SCENE"] = "summary"
        with vscode_session(tools, root, env=env) as session:
            installed = session.install_extension()
            workspace = make_workspace(root, workspace_python=False, repository=args.checklist)
            session.start_server()
            session.open_browser(
                session.workbench_url(workspace, SUITE, development_path=installed),
                args.width,
                args.height,
            )
            deadline = time.monotonic() + 180
            while not ready.exists():
                if time.monotonic() > deadline:
                    print(
                        "the workbench was not arranged in time\n" + session.logs(), file=sys.stderr
                    )
                    return 1
                time.sleep(0.5)
            time.sleep(1.0)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            assert session.driver is not None
            session.driver.save_screenshot(str(args.out))
            done.touch()
            session.wait_exit_code(timeout=30)
            print(f"wrote {args.out} ({ready.read_text()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
