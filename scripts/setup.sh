#!/usr/bin/env bash
# Install what rollout needs on Debian/Ubuntu: system packages, then a virtual environment in .venv.
# Usage: scripts/setup.sh [--dev]   (--dev adds the test tools, LibreOffice for the deck test and Node.js with
# bpmn.io's BPMN reader and linter, pinned in package-lock.json, for the BPMN test)
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

# libvoikko1 and voikko-fi: Voikko's Finnish dictionary, which tells where Finnish words break.
packages=(graphviz fonts-liberation2 python3-venv python3-pip libvoikko1 voikko-fi)
if [ "${1:-}" = "--dev" ]; then packages+=(libreoffice-impress-nogui poppler-utils); fi

# Node.js may come from Debian (nodejs + npm) or from elsewhere with npm inside: look for the commands.
if [ "${1:-}" = "--dev" ] && ! { command -v node && command -v npm; } >/dev/null; then packages+=(nodejs npm); fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then "$python" -m venv .venv; fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "--dev" ]; then
  .venv/bin/python -m pip install -q -e ".[dev]" --config-settings editable_mode=compat
else
  .venv/bin/python -m pip install -q -e . --config-settings editable_mode=compat
fi
# Byte-compile once: start-up stays fast even where PYTHONDONTWRITEBYTECODE is set.
.venv/bin/python -m compileall -q -j 0 .venv/lib rollout >/dev/null 2>&1 || true
if [ "${1:-}" = "--dev" ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
