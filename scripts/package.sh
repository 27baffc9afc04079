#!/usr/bin/env bash
# Builds the Debian package (build/ipam-console_*.deb) with CPack, checks it with lintian and
# appstreamcli, then unpacks it into a temporary root and runs the installed programs from
# there (no LD_LIBRARY_PATH, a fresh store), and removes that root again.
#   scripts/package.sh            build + check
#   scripts/package.sh --no-build check the package already in build/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${IPAM_BUILD_DIR:-$root/build}
cd "$root"

if [ "${1:-}" != "--no-build" ]; then
    [ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build" -j"$(nproc)" --target ipamctl ipam-console ipam_manpages
    rm -f "$build"/ipam-console_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
fi
deb=$(ls "$build"/ipam-console_*.deb)
echo "package: $deb"
dpkg-deb -f "$deb" Package Version Depends Recommends

# Plugins that no linker sees: without them the programs start and fail.
depends=$(dpkg-deb -f "$deb" Depends)
for plugin in libqt6sql6-sqlite libqt6sql6-psql libqt6svg6; do
    grep -q "$plugin" <<<"$depends" || { echo "package: Depends lacks $plugin" >&2; exit 1; }
done

appstreamcli validate --no-net resources/packaging/io.github.ipamconsole.IpamConsole.metainfo.xml
if command -v lintian >/dev/null; then
    # Errors fail the build; warnings are listed.
    lintian --fail-on error --tag-display-limit 0 "$deb"
else
    echo "package: lintian not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi

tmp=$(mktemp -d /tmp/ipam-package-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
dpkg -x "$deb" "$tmp/root"
for file in usr/bin/ipamctl usr/bin/ipam-console usr/share/man/man1/ipamctl.1.gz \
            usr/share/man/man1/ipam-console.1.gz usr/share/bash-completion/completions/ipamctl \
            usr/share/zsh/vendor-completions/_ipamctl usr/share/applications/ipam-console.desktop \
            usr/share/metainfo/io.github.ipamconsole.IpamConsole.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/ipam-console.svg \
            usr/share/icons/hicolor/48x48/apps/ipam-console.png \
            usr/share/doc/ipam-console/copyright usr/share/doc/ipam-console/changelog.gz; do
    [ -e "$tmp/root/$file" ] || { echo "package: missing /$file" >&2; exit 1; }
done
run() { mkdir -p -m 0700 "$tmp/runtime"; env -u LD_LIBRARY_PATH XDG_RUNTIME_DIR="$tmp/runtime" HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" "$@"; }
run "$tmp/root/usr/bin/ipamctl" --version
# A real command on a fresh store: the SQLite driver loads and the schema is created.
run "$tmp/root/usr/bin/ipamctl" --db "$tmp/check.sqlite" space list >/dev/null
run env QT_QPA_PLATFORM=offscreen "$tmp/root/usr/bin/ipam-console" --version
zcat "$tmp/root/usr/share/man/man1/ipamctl.1.gz" | grep -q '^\.SH EXIT STATUS'
echo "package: OK ($(du -h "$deb" | cut -f1))"
