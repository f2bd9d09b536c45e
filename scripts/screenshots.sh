#!/usr/bin/env bash
# Screenshots of the Kluis window, each dialog and the failure pane, in English, Dutch, German and French, at
# 1280x800 under Xvfb, into docs/screenshots/{en,nl,de,fr}/. Needs a dev build (kluis-emulator and
# kluis-screenshot-tour in build/dev/bin, or set KLUIS_BIN), Xvfb and ImageMagick's import.
# Usage: scripts/screenshots.sh [LANGUAGE...]   (en nl de fr; all four when none is given)
# KLUIS_SCREENSHOT_DIR writes elsewhere (e.g. a temporary directory to look at first).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${KLUIS_BIN:-$root/build/dev/bin}
out=${KLUIS_SCREENSHOT_DIR:-$root/docs/screenshots}
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(en nl de fr)
for lang in "${languages[@]}"; do
    case "$lang" in
    en | nl | de | fr) ;;
    *) echo "unknown language: $lang (en, nl, de or fr)" >&2; exit 2 ;;
    esac
done
work=$(mktemp -d)
emulator_pid=
xvfb_pid=
cleanup() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$bin/kluis-emulator" --data-dir "$work/emulator" --listen 127.0.0.1:0 --in-memory \
    --seed demo --nat 203.0.113.10 >"$work/emulator.log" 2>&1 &
emulator_pid=$!
for _ in $(seq 1 300); do [ -s "$work/emulator/cloud.json" ] && break; sleep 0.1; done
[ -s "$work/emulator/cloud.json" ] || { echo "kluis-emulator did not start" >&2; exit 1; }

display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
sleep 1

for lang in "${languages[@]}"; do
    mkdir -p "$out/$lang"
    case "$lang" in
    nl) locale=nl_NL.UTF-8 language=nl ;;
    de) locale=de_DE.UTF-8 language=de ;;
    fr) locale=fr_FR.UTF-8 language=fr ;;
    *) locale=en_US.UTF-8 language=en ;;
    esac
    # Fresh settings per run: nothing from the user's own Kluis configuration.
    export XDG_CONFIG_HOME="$work/config-$lang"
    # The file dialog opens in the working directory: show the emulator's folder, not ours.
    coproc TOUR { cd "$work/emulator" && DISPLAY=$display LANG=$locale LANGUAGE=$language QT_QPA_PLATFORM=xcb \
        "$bin/kluis-screenshot-tour" "$work/emulator/cloud.json" 2>"$work/tour-$lang.log"; }
    tour_pid=$TOUR_PID
    while read -r -u "${TOUR[0]}" kind name; do
        [ "$kind" = shot ] || continue
        DISPLAY=$display import -window root -depth 8 +dither -colors 128 "PNG8:$out/$lang/$name.png"
        echo "$lang/$name.png"
        echo next >&"${TOUR[1]}"
    done
    wait "$tour_pid" || { echo "the tour failed ($lang):" >&2; cat "$work/tour-$lang.log" >&2; exit 1; }
done
