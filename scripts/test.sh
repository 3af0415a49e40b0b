#!/usr/bin/env bash
# Installs dependencies (and the real Request Tracker and Tryton servers the realserver tests
# run against), builds, and runs every test (unit, end-to-end, real servers) with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/realservers/install.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j2 --timeout 900
