"""Run action.yml's composite steps the way the GitHub runner does, on a copy of the example report.

Usage: run_action.py ACTION_YML WORKSPACE RUNNER_TEMP [input=value ...] [--workflow=FILE]; exits
with the steps' code. `--workflow` takes the inputs from the `with:` of the workflow step that uses
this repository (the README's example workflow).
Each `run:` goes to a script file run with `bash --noprofile --norc -eo pipefail`, its `env:` with
`${{ inputs.* }}` replaced by the given inputs or the declared defaults, `GITHUB_ACTION_PATH` set to
the folder of action.yml and the workspace as the working directory.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from ruamel.yaml import YAML

EXPRESSION = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")


def main(action_file: str, workspace: str, runner_temp: str, *assignments: str) -> int:
    action = YAML(typ="safe").load(Path(action_file).read_text(encoding="utf-8"))
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    for assignment in list(assignments):
        if assignment.startswith("--workflow="):
            workflow = YAML(typ="safe").load(Path(assignment.split("=", 1)[1]).read_text("utf-8"))
            steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
            (ours,) = [s for s in steps if "/mlops-report-lsp@" in s.get("uses", "")]
            assignments += tuple(f"{k}={v}" for k, v in (ours.get("with") or {}).items())
            continue
        name, _, value = assignment.partition("=")
        if name not in inputs:
            raise SystemExit(f"action.yml declares no input {name!r}")
        inputs[name] = value
    assert action["runs"]["using"] == "composite", "only composite actions are run here"
    for step in action["runs"]["steps"]:
        assert step.get("shell") == "bash" and "run" in step, f"unsupported step: {step}"
        environment = {
            **os.environ,
            "GITHUB_ACTION_PATH": str(Path(action_file).resolve().parent),
            "GITHUB_WORKSPACE": workspace,
            "RUNNER_TEMP": runner_temp,
            "GITHUB_ACTIONS": "true",
        }
        for key, value in (step.get("env") or {}).items():
            environment[key] = EXPRESSION.sub(lambda m: inputs[m[1]], str(value))
        with tempfile.NamedTemporaryFile("w", suffix=".sh", dir=runner_temp, delete=False) as f:
            f.write(EXPRESSION.sub(lambda m: inputs[m[1]], step["run"]))
        code = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", f.name],
            cwd=workspace,
            env=environment,
            check=False,
        ).returncode
        if code != 0:
            return code
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
