#!/usr/bin/env bash
# Screenshots of the real Kluis against kluis-emulator's demo, in English, Dutch, German and
# French, at 1280x800 under Xvfb with openbox, driven with the mouse and the keyboard as the
# acceptance journeys drive it (tests/acceptance/tour.py): the main window, each tab, each
# dialog, the diagnosis and the failure pane, into docs/screenshots/{en,nl,de,fr}/.
# Needs a dev build (kluis, kluis-emulator in build/dev/bin, or set KLUIS_BIN) and the packages
# of the acceptance suite (scripts/install-deps.sh).
# Usage: scripts/screenshots.sh [LANGUAGE...]   (en nl de fr; all four when none is given)
# KLUIS_SCREENSHOT_DIR writes elsewhere (e.g. a temporary directory to look at first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export KLUIS_BIN=${KLUIS_BIN:-$root/build/dev/bin}
out=$(realpath -m "${KLUIS_SCREENSHOT_DIR:-$root/docs/screenshots}")
status=0
"$root/tests/acceptance/run-journey.sh" tour "$out" "$@" || status=$?
[ "$status" -ne 77 ] || echo "screenshots: the desktop tools are missing (scripts/install-deps.sh)" >&2
exit "$status"
