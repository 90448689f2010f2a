#!/usr/bin/env bash
# Renders the title, board and debrief screens of the desktop app (and the solo,
# glossary and hot-reload-error screens) under Xvfb
# and checks each PNG: 1920×1080, not blank, not a single colour.
#
# usage: .ci/screenshots.sh path/to/hotline OUTPUT_DIR [SCENARIO]
# (default scenario: scenarios/us-rok-hotline.ron; a board or debrief that cannot be reached fails)
# needs: xvfb-run (xvfb, xauth), mesa-vulkan-drivers, libvulkan1, python3 (standard library only)
set -euo pipefail

bin=${1:?usage: screenshots.sh BINARY OUTPUT_DIR [SCENARIO]}
out=${2:?usage: screenshots.sh BINARY OUTPUT_DIR [SCENARIO]}
scenario=${3:-}
mkdir -p "$out"
out=$(cd "$out" && pwd)
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
# Run from the repository root, where scenarios/ is.
cd "$(dirname "$0")/.."
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

status=0
# Autosaves and reports of these runs go to a temporary folder, not the user's.
export HOTLINE_SAVE_DIR=${HOTLINE_SAVE_DIR:-$(mktemp -d)}
for screen in title board debrief solo-board solo-debrief solo-tutorial glossary reload-error console projector handover paused; do
    png="$out/$screen.png"
    rm -f "$png"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    if ! timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$bin" $scenario --screenshot "$png" --screen "$screen" --frames 8 --seed 7 >"$out/$screen.log" 2>&1; then
        echo "FAIL $screen: the app exited with an error (see $out/$screen.log)"
        tail -20 "$out/$screen.log" || true
        status=1
        continue
    fi
    secs=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo "?")
    if ! python3 - "$png" <<'PY'
import struct, sys, zlib

path = sys.argv[1]
with open(path, "rb") as f:
    data = f.read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"{path}: not a PNG")
pos, idat, ihdr = 8, b"", None
while pos < len(data):
    (length,) = struct.unpack(">I", data[pos:pos + 4])
    kind = data[pos + 4:pos + 8]
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        ihdr = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
w, h, depth, ctype, _, _, interlace = ihdr
if (w, h) != (1920, 1080):
    sys.exit(f"{path}: {w}x{h}, expected 1920x1080")
if depth != 8 or ctype not in (2, 6) or interlace:
    sys.exit(f"{path}: unexpected PNG format (depth {depth}, colour type {ctype})")
bpp = 3 if ctype == 2 else 4
raw = zlib.decompress(idat)
stride = w * bpp
prev = bytearray(stride)
colours, bright = set(), 0
pos = 0
for y in range(h):
    ftype = raw[pos]
    line = bytearray(raw[pos + 1:pos + 1 + stride])
    pos += 1 + stride
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if ftype == 1:
            line[i] = (line[i] + a) & 255
        elif ftype == 2:
            line[i] = (line[i] + b) & 255
        elif ftype == 3:
            line[i] = (line[i] + (a + b) // 2) & 255
        elif ftype == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    prev = line
    if y % 4 == 0:
        for x in range(0, w, 4):
            px = bytes(line[x * bpp:x * bpp + 3])
            colours.add(px)
            if sum(px) > 300:
                bright += 1
if len(colours) < 16:
    sys.exit(f"{path}: only {len(colours)} colour(s): blank or one colour")
if bright < 200:
    sys.exit(f"{path}: almost no light pixels ({bright} sampled): no visible text?")
print(f"{path}: {w}x{h}, {len(colours)} colours sampled, {bright} light samples")
PY
    then
        echo "FAIL $screen: $png does not look like a rendered screen"
        status=1
        continue
    fi
    echo "ok   $screen: $png (${secs}s)"
done
exit $status
