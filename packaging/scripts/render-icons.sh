#!/usr/bin/env bash
# Renders the hicolor PNG sizes from packaging/icons/nl.kluis.Kluis.svg (needs rsvg-convert from
# librsvg2-bin). The PNGs are committed, so a build needs no SVG renderer; run this after
# changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../icons"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" nl.kluis.Kluis.svg -o "hicolor/${size}x${size}/apps/nl.kluis.Kluis.png"
done
