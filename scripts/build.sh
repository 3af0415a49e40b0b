#!/usr/bin/env bash
# Configures and builds Backroom into build/ (incremental; ccache when available).
set -euo pipefail
cd "$(dirname "$0")/.."
# Let ccache share objects between clones of the repository (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBACKROOM_GUI=ON -DBACKROOM_BENCH=ON "$@" > build.log 2>&1 || { cat build.log; exit 1; }
cmake --build build -j"$(nproc)" >> build.log 2>&1 || { tail -60 build.log; exit 1; }
