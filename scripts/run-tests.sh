#!/usr/bin/env bash
# README command 2: install, build, start a private PostgreSQL on 127.0.0.1, run CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Each phase's wall time, printed at the end (also after a failure) so a CI log's tail shows
# where the 45 minutes went.
timings=()
phase() {
    local name=$1 start=$SECONDS
    shift
    "$@"
    timings+=("$name $((SECONDS - start)) s")
}
print_timings() {
    printf 'run-tests: %s\n' "${timings[@]}" "total $SECONDS s"
}
phase install bash scripts/install-deps.sh
phase build bash scripts/build.sh

pgdir=$(mktemp -d /tmp/ipam-pg-XXXXXX)
# The first free port from 55432 on (a server left over from an interrupted run keeps its own).
port=${IPAM_TEST_PG_PORT:-}
if [ -z "$port" ]; then
    for candidate in $(seq 55432 55482); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port=$candidate
            break
        fi
    done
fi
cleanup() {
    bash "$root/scripts/pg-test-server.sh" stop "$pgdir" || true
    rm -rf "$pgdir"
    print_timings
}
trap cleanup EXIT
IPAM_TEST_PG_URL=$(bash scripts/pg-test-server.sh start "$pgdir" "$port")
export IPAM_TEST_PG_URL
# With a server started here, a PostgreSQL test that cannot reach it fails instead of skipping.
export IPAM_TEST_REQUIRE_PG=1
cd "$root/build"
phase ctest ctest --output-on-failure -j2 --timeout 600
# The standing checks, with the PostgreSQL server still up: the non-GUI tests under
# AddressSanitizer + UndefinedBehaviorSanitizer, then every parser under libFuzzer.
cd "$root"
phase sanitizers bash scripts/run-sanitizers.sh
phase fuzz bash scripts/run-fuzz.sh

# The Debian package: build it from this build, lint it, run it from a temp root.
phase package bash scripts/package.sh
