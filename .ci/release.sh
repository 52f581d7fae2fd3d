#!/usr/bin/env bash
# Release and integration checks (run by .ci/test.sh; about a minute on 2 cores):
#   - build the sdist and wheel, `twine check` them, install the wheel into a clean virtual
#     environment and check the example there (catches missing package data);
#   - validate both workflows and action.yml against GitHub's schemas (check-jsonschema, offline);
#   - run action.yml's step the way the runner does, on a copy of the example;
#   - run the pre-commit hook with the real `pre-commit try-repo`.
# Tools go into their own virtual environment (.venv-release), reused between runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOOLS="$ROOT/.venv-release"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
trap 'echo "[release.sh] FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR
step() { printf '[release.sh] %s\n' "$*"; }
expect() {  # expect CODE COMMAND...: run it and fail unless it exits with CODE
    local want=$1; shift
    local got=0
    "$@" >"$work/out" 2>&1 || got=$?
    if [[ $got != "$want" ]]; then
        echo "[release.sh] FAILED: $* exited $got, expected $want:" >&2
        tail -n 30 "$work/out" >&2
        exit 1
    fi
}

start=$SECONDS
[[ -x "$TOOLS/bin/python" ]] || python3 -m venv "$TOOLS"
expect 0 "$TOOLS/bin/python" -m pip install -q --disable-pip-version-check \
    "build>=1.2" "twine>=6" "check-jsonschema>=0.33" "pre-commit>=4"

step "python -m build; twine check"
expect 0 "$TOOLS/bin/python" -m build --outdir "$work/dist"
"$TOOLS/bin/python" -m twine check --strict "$work"/dist/*
tar -tzf "$work"/dist/*.tar.gz >"$work/sdist-files"
grep -q 'mlops_report_lsp/profiles/31q-2026.toml' "$work/sdist-files"

step "the wheel in a clean virtual environment checks the example"
python3 -m venv "$work/clean"
expect 0 "$work/clean/bin/python" -m pip install -q --disable-pip-version-check "$work"/dist/*.whl
cp -r examples/report "$work/example"
version="$("$work/clean/bin/mlops-report" --version)"
[[ "$version" == "mlops-report $("$work/clean/bin/python" -c 'import mlops_report_lsp as m; print(m.__version__)')" ]]
(cd "$work" && expect 1 "$work/clean/bin/mlops-report" check example/README.md)
grep -q 'questions pass the official check' "$work/out"
step "$version: example checked (exit 1, its deliberate findings)"

readme_block() {  # the README's block marked <!-- snippet: $1 -->
    "$TOOLS/bin/python" -c 'import sys; sys.path.insert(0, "tests/editors")
from snippets import README, snippet; print(snippet(README, sys.argv[1]), end="")' "$1"
}
readme_block github-action >"$work/report.yml"

step "workflows (ours and the README's) and action.yml against GitHub's schemas"
"$TOOLS/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml "$work/report.yml"
"$TOOLS/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml

step "action.yml run as the runner does"
mkdir -p "$work/student/reports" "$work/runner"
cp examples/report/README.md "$work/student/reports/README.md"
cp -r examples/report/figures "$work/student/reports/" 2>/dev/null || true
expect 1 "$TOOLS/bin/python" .ci/run_action.py action.yml "$work/student" "$work/runner" \
    --workflow="$work/report.yml"
grep -q '^::error file=reports/README.md' "$work/out" || { cat "$work/out"; exit 1; }
expect 2 "$TOOLS/bin/python" .ci/run_action.py action.yml "$work/student" "$work/runner" strict=yes
expect 2 "$TOOLS/bin/python" .ci/run_action.py action.yml "$work/student" "$work/runner" path=missing.md

step "pre-commit: try-repo, and the README's configuration pointed at this checkout's commit"
head="$(git rev-parse HEAD)"
readme_block pre-commit | sed -e "s|repo: https://.*|repo: $ROOT|" -e "s|rev: .*|rev: $head|" \
    >"$work/student/.pre-commit-config.yaml"
(
    cd "$work/student"
    git init -q .
    git add reports .pre-commit-config.yaml
    export PRE_COMMIT_HOME="$work/pre-commit-home"
    expect 1 "$TOOLS/bin/pre-commit" try-repo "$ROOT" mlops-report --files reports/README.md
    grep -q 'mlops-report check' "$work/out" && grep -q 'Failed' "$work/out" || { cat "$work/out"; exit 1; }
    expect 1 "$TOOLS/bin/pre-commit" run --files reports/README.md
    grep -q 'questions pass the official check' "$work/out" || { cat "$work/out"; exit 1; }
)
step "done in $((SECONDS - start)) s"
