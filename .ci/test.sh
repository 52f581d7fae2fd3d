#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine (run as root) and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    if ! command -v nvim >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
    fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"

if [ -f .ci/vscode.sh ]; then
    bash .ci/vscode.sh
fi

echo "== lint"
bash .ci/lint

echo "== tests"
.venv/bin/python -m pytest -q
echo "== slow tests"
.venv/bin/python -m pytest -q -m slow || test $? -eq 5
bash .ci/py310
