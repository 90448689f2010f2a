#!/usr/bin/env bash
# Renders hotline.svg to the PNG sizes the desktop (hicolor theme) and the window use.
# Run after editing the SVG and commit the PNGs (the package build does not need librsvg).
# needs: rsvg-convert (Debian: librsvg2-bin)
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" hotline.svg -o "hotline-$size.png"
done
