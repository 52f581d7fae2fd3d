#!/usr/bin/env bash
# The step of action.yml: install the checkout of mlops-report-lsp that the workflow's `uses:` named
# (so `@v0.1.0` runs exactly that release) into a private virtual environment, then check the report
# with workflow annotations. Needs only the runner's python3 (3.10 or newer).
set -euo pipefail
: "${GITHUB_ACTION_PATH:?run by action.yml, which sets it}"
report="${INPUT_PATH:-reports/README.md}"
args=(check --format github)
case "${INPUT_STRICT:-false}" in
    true) args+=(--strict) ;;
    false) ;;
    *) echo "::error title=mlops-report::the input strict must be true or false, not '$INPUT_STRICT'"; exit 2 ;;
esac
venv="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/mlops-report-action"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$GITHUB_ACTION_PATH"
exec "$venv/bin/mlops-report" "${args[@]}" "$report"
