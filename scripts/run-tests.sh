#!/usr/bin/env bash
# README command 2: install, build, start a private PostgreSQL on 127.0.0.1, run CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

pgdir=$(mktemp -d /tmp/ipam-pg-XXXXXX)
port=${IPAM_TEST_PG_PORT:-55432}
trap 'bash scripts/pg-test-server.sh stop "$pgdir"; rm -rf "$pgdir"' EXIT
export IPAM_TEST_PG_URL=$(bash scripts/pg-test-server.sh start "$pgdir" "$port")
# With a server started here, a PostgreSQL test that cannot reach it fails instead of skipping.
export IPAM_TEST_REQUIRE_PG=1
cd build
ctest --output-on-failure -j2 --timeout 600
