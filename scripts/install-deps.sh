#!/usr/bin/env bash
# Installs everything Kluis needs to build, run and test on Debian 12. Idempotent: packages
# already present are not fetched again. Used by demo.sh, test.sh and .ci/run alike.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config clang-format clang-tidy
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-httpserver-dev
    qt6-networkauth-dev qtkeychain-qt6-dev qcoro-qt6-dev libssl-dev libgl1-mesa-dev
    qt6-translations-l10n qt6-svg-dev
    # run
    openssl ca-certificates
    # tests: Secret Service, display, independent clients, network faults
    gnome-keyring dbus-x11 libsecret-tools xvfb xauth imagemagick curl
    python3 python3-azure time
    # tests/acceptance: a window manager, real input, the clipboard, the accessibility bus
    openbox xdotool xclip python3-pyatspi at-spi2-core
    iproute2 nftables squid util-linux
    # packages: build, check, install into a Debian 12 root (tests/packaging)
    dpkg-dev file fakeroot rpm lintian desktop-file-utils appstream debootstrap x11-utils
    help2man librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# Node.js may come from another source with its own npm; install Debian's only when absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian starts squid as a service on install; tests run their own instances.
if command -v systemctl >/dev/null 2>&1; then systemctl disable --now squid >/dev/null 2>&1 || true; fi

# The official Azure SDKs for JavaScript, used by tests/conformance as independent clients.
root=$(cd "$(dirname "$0")/.." && pwd)
node_dir="$root/tests/conformance/node"
if [ -f "$node_dir/package.json" ] && { [ ! -d "$node_dir/node_modules/@azure/identity" ] || [ ! -d "$node_dir/node_modules/@azure/arm-authorization" ]; }; then
    echo "install-deps: installing npm packages for tests/conformance"
    (cd "$node_dir" && npm install --no-audit --no-fund --no-package-lock --loglevel=error)
fi
