#!/usr/bin/env bash
# Set everything up, then run every check: format, lint, types, layers, tests, committed outputs current.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
.venv/bin/ruff format --check .
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/lint-imports
.venv/bin/pytest -q
.venv/bin/rollout validate --strict processes/*.yaml
# The example project is meant to have a late step (a warning); its exact warnings are pinned by a test.
.venv/bin/rollout validate projects/*.yaml
.venv/bin/rollout check
