#!/usr/bin/env bash
# Set everything up, then build the Omaolo outputs into diagrams/ and exports/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/rollout build processes/omaolo.yaml
