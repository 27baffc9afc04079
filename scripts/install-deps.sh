#!/usr/bin/env bash
# Installs what IPAM Console needs from Debian 12's archive. Idempotent; run as root.
set -euo pipefail
packages=(cmake g++ make python3 clang-format
          qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev
          postgresql postgresql-contrib libpq-dev xvfb xauth fonts-dejavu-core imagemagick
          # the console keeps a typed VMM password in the Secret Service (keyring)
          qtkeychain-qt6-dev
          # the fuzz and sanitizer lanes (llvm: the symbolizer)
          clang libclang-rt-14-dev llvm ccache
          # packaging, translations and completion: the .deb (dpkg-dev for dpkg-shlibdeps,
          # lintian, appstream), Qt Linguist's lupdate/lrelease and Qt's own translations,
          # and the shells whose completion is tested
          qt6-tools-dev qt6-l10n-tools qt6-translations-l10n dpkg-dev lintian appstream
          bash-completion zsh man-db)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: need root to install: ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
