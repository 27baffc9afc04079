#!/usr/bin/env bash
# Configures the sanitizer build shared by scripts/run-fuzz.sh and scripts/run-sanitizers.sh:
# clang, AddressSanitizer + UndefinedBehaviorSanitizer (-fno-sanitize-recover=all), -O1 -g,
# the libFuzzer targets of tests/fuzz. One build directory, so the model library is compiled
# once for both lanes. Prints the build directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${IPAM_SANITIZE_BUILD_DIR:-$root/build-sanitize}
launcher=()
if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_CXX_COMPILER=clang++ \
        -DIPAM_FUZZ=ON "${launcher[@]}" > "${TMPDIR:-/tmp}/ipam-sanitize-configure.log" 2>&1 \
        || { cat "${TMPDIR:-/tmp}/ipam-sanitize-configure.log" >&2; exit 1; }
fi
echo "$dir"
