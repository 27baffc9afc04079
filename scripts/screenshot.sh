#!/usr/bin/env bash
# Saves resources/screenshot.png: the console under Xvfb at 1440x900 on the demo data, at a
# network site under VIRTUALIZED IP ADDRESS SPACE, with one of its subnets selected (details
# pane and address map filled in). Runs in a throw-away HOME, so the real demo store and
# settings are not touched. Needs xvfb (xvfb-run) and a build (BUILD_DIR, default build/).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
if [ ! -x "$build/app/ipam-console" ]; then
    bash scripts/build.sh
fi
home=$(mktemp -d /tmp/ipam-screenshot-XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
site=${IPAM_SCREENSHOT_NODE:-"IPAM/VIRTUALIZED IP ADDRESS SPACE/Provider IP Address Space/Contoso Datacenter/Storage/Frankfurt"}
out=${1:-resources/screenshot.png}
xvfb-run -a -s "-screen 0 1440x900x24" "$build/app/ipam-console" --demo \
    --select "$site" --select-row "${IPAM_SCREENSHOT_ROW:-15}" --screenshot "$out"
echo "wrote $out"
