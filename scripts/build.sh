#!/usr/bin/env bash
# Configures and builds into ./build (Release). With ccache installed (install-deps.sh does),
# a rebuild after a pull or in a second clone compiles only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
