#!/usr/bin/env bash
# Renders assets/pipewright.svg to every size the platforms ask for, next to it in assets/icon/:
#   pipewright-<N>.png (16 … 1024), pipewright.ico (Windows), pipewright.icns (macOS).
# The rendered files are committed, so a build needs none of these tools; run this after changing the SVG.
# Tools (Debian): apt-get install librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "render-icons: $tool is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
mkdir -p icon
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" pipewright.svg --output "icon/pipewright-$size.png"
done
icotool --create --output icon/pipewright.ico icon/pipewright-{16,24,32,48,64,128}.png --raw=icon/pipewright-256.png
# png2icns knows 16, 32, 48, 128, 256, 512 and 1024
png2icns icon/pipewright.icns icon/pipewright-{16,32,48,128,256,512,1024}.png >/dev/null
ls -l icon
