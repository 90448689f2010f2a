#!/usr/bin/env bash
# Renders the title, picker, board and debrief screens of the desktop app (and the solo,
# glossary and hot-reload-error screens, the Host and Join forms) under Xvfb, in English
# at 1920×1080, and the main screens in Korean at 1280×720 and 1920×1080; then the
# networked windows mid-turn (.ci/net-screenshots.sh). `--screenshot` reads each
# PNG back and fails unless it is a rendered screen of the window's size: not
# blank, not a single colour, some light text; and unless every text of the frame
# shows: each glyph in the loaded fonts, none cut off or drawn over another.
#
# usage: .ci/screenshots.sh path/to/hotline OUTPUT_DIR [SCENARIO]
# (default scenario: scenarios/us-rok-hotline.ron; a board or debrief that cannot be reached fails)
# needs: xvfb-run (xvfb, xauth), Xvfb, mesa-vulkan-drivers, libvulkan1
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

# shot NAME SCREEN [WINDOW LANG]: one run of the app, its PNG and log named NAME.
shot() {
    local name=$1 screen=$2 size=${3:-} lang=${4:-en}
    local png="$out/$name.png" start secs
    rm -f "$png"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    if ! HOTLINE_WINDOW=$size timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$bin" $scenario --screenshot "$png" --screen "$screen" --frames 8 --seed 7 --lang "$lang" \
        >"$out/$name.log" 2>&1; then
        echo "FAIL $name: the app exited with an error, the PNG is not a rendered screen, or its text does not all show (see $out/$name.log)"
        tail -20 "$out/$name.log" || true
        status=1
        return
    fi
    secs=$(echo "$(date +%s.%N) - $start" | bc 2>/dev/null || echo "?")
    # The app itself read the PNG back and checked it (size of the window, not
    # blank, some light text) and the text of the frame (every glyph in the
    # fonts, nothing cut off) before exiting with success; it says what it saw.
    grep -h "colours sampled" "$out/$name.log" || true
    echo "ok   $name: $png (${secs}s)"
}

# English at the screenshot size (1920×1080).
for screen in title picker board debrief solo-board solo-debrief solo-tutorial glossary reload-error console projector handover paused host-setup join-setup; do
    shot "$screen" "$screen"
done
# Korean, at the laptop size the app opens with and at full HD, UI scale 1.0:
# Hangul glyphs, and labels that fit (issue 10); the projector in both languages.
for size in 1280x720 1920x1080; do
    for screen in title picker board console projector-both debrief host-setup join-setup; do
        shot "ko-$screen-$size" "$screen" "$size" ko
    done
done
# Solo play in Korean: the partner AI's reasons and the turn's why, the
# planner's hindsight in the debrief, the glossary.
for screen in solo-board solo-debrief glossary; do
    shot "ko-$screen" "$screen" 1920x1080 ko
done
# Networked windows: a host, two teams and the projector, mid-turn, in English and Korean.
bash .ci/net-screenshots.sh "$bin" "$out" || status=1
exit $status
