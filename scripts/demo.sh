#!/usr/bin/env bash
# Installs dependencies, builds, and runs Backroom on its embedded default (demo mode).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/backroom --demo "$@"
