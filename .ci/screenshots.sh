#!/usr/bin/env bash
# Renders the title, picker, board and debrief screens of the desktop app (and the solo,
# glossary and hot-reload-error screens) under Xvfb. `--screenshot` reads each
# PNG back and fails unless it is a rendered screen of the window's size
# (1920×1080 here): not blank, not a single colour, some light text.
#
# usage: .ci/screenshots.sh path/to/hotline OUTPUT_DIR [SCENARIO]
# (default scenario: scenarios/us-rok-hotline.ron; a board or debrief that cannot be reached fails)
# needs: xvfb-run (xvfb, xauth), mesa-vulkan-drivers, libvulkan1
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
for screen in title picker board debrief solo-board solo-debrief solo-tutorial glossary reload-error console projector handover paused; do
    png="$out/$screen.png"
    rm -f "$png"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    if ! timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$bin" $scenario --screenshot "$png" --screen "$screen" --frames 8 --seed 7 >"$out/$screen.log" 2>&1; then
        echo "FAIL $screen: the app exited with an error, or the PNG is not a rendered screen (see $out/$screen.log)"
        tail -20 "$out/$screen.log" || true
        status=1
        continue
    fi
    secs=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo "?")
    # The app itself read the PNG back and checked it (size of the window, not
    # blank, some light text) before exiting with success; it says what it saw.
    grep -h "colours sampled" "$out/$screen.log" || true
    echo "ok   $screen: $png (${secs}s)"
done
exit $status
