#!/usr/bin/env bash
# Runs one acceptance journey (or the screenshot tour) against the built kluis:
#   tests/acceptance/run-journey.sh test_01_select_with_mouse [unittest arguments]
# KLUIS_BIN (default build/dev/bin) holds kluis, kluis-emulator and kluisctl. The journey gets
# its own D-Bus session, gnome-keyring, AT-SPI bus, home, settings, display and emulator.
# Exits 77 (CTest: skipped) when a tool it needs is missing, naming it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${KLUIS_ACCEPTANCE_INNER:-}" ]; then
    missing=()
    for tool in dbus-run-session gnome-keyring-daemon xdotool xclip xprop import curl; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    [ -n "${KLUIS_ACCEPTANCE_DISPLAY:-}" ] || for tool in Xvfb openbox; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    [ -x /usr/libexec/at-spi-bus-launcher ] || missing+=("at-spi2-core (/usr/libexec/at-spi-bus-launcher)")
    /usr/bin/python3 -c 'import pyatspi' >/dev/null 2>&1 || missing+=("python3-pyatspi")
    if ((${#missing[@]})); then
        echo "SKIPPED: the acceptance journeys need ${missing[*]} (scripts/install-deps.sh installs them)"
        exit 77
    fi
    exec dbus-run-session -- env KLUIS_ACCEPTANCE_INNER=1 "$0" "$@"
fi

HOME=$(mktemp -d)
XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
export HOME XDG_RUNTIME_DIR
atspi=
cleanup() {
    [ -n "$atspi" ] && kill "$atspi" 2>/dev/null || true
    rm -rf "$HOME" "$XDG_RUNTIME_DIR"
}
trap cleanup EXIT
# A real Secret Service for the refresh tokens of signed-in accounts (any fixed password).
eval "$(printf '%s' kluis-acceptance | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
atspi=$!
export PYTHONPATH="$here${PYTHONPATH:+:$PYTHONPATH}" PYTHONDONTWRITEBYTECODE=1
# pyatspi calls interfaces GObject now names deprecated.
export PYTHONWARNINGS=ignore::DeprecationWarning
cd "$here"
module=$1
shift
if [ "$module" = tour ]; then
    /usr/bin/python3 tour.py "$@"
else
    /usr/bin/python3 -m unittest -v "$module" "$@"
fi
