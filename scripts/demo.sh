#!/usr/bin/env bash
# Installs what is needed, builds Kluis, starts kluis-emulator with demo data and opens Kluis
# on it. The emulator stops when the window closes. Without a display, Kluis runs under Xvfb
# and a screenshot is written instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target kluis kluis-emulator kluisctl

bin=build/release/bin
data=${KLUIS_DEMO_DIR:-$PWD/demo-data}
mkdir -p "$data"
rm -f "$data/cloud.json"
# --nat: the emulator judges every client as 203.0.113.10, the way a vault sees the public
# address of a NAT, so the firewalled demo vault refuses us until that address is allowed.
"$bin/kluis-emulator" --data-dir "$data" --seed demo --listen 127.0.0.1:8443 \
    --nat 203.0.113.10 --enable-faults &
emulator=$!
trap 'kill $emulator 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$data/cloud.json" ] && break; sleep 0.1; done
[ -s "$data/cloud.json" ] || { echo "demo: kluis-emulator did not start" >&2; exit 1; }
echo "demo: kluis-emulator is serving; cloud profile at $data/cloud.json"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    "$bin/kluis" --cloud-file "$data/cloud.json"
else
    echo "demo: no display; running Kluis under Xvfb for 8 seconds"
    Xvfb :97 -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb=$!
    trap 'kill $emulator $xvfb 2>/dev/null || true' EXIT
    sleep 1
    DISPLAY=:97 "$bin/kluis" --cloud-file "$data/cloud.json" &
    kluis=$!
    sleep 7
    DISPLAY=:97 import -window root "$data/kluis-demo.png"
    kill $kluis
    echo "demo: screenshot written to $data/kluis-demo.png"
fi
