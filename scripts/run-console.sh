#!/usr/bin/env bash
# README command 1: install, build, open the console on the embedded SQLite store with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec ./build/app/ipam-console --demo "$@"
