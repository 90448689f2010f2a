#!/usr/bin/env bash
# Networked windows in CI's screenshots: real processes on 127.0.0.1 under one
# Xvfb per set — a host window (the facilitator's), a US team window, a ROK team
# window and a projector seat window — in English and in Korean. The US window's
# seat is a bot (`--policy cooperative --say LINE`): in turn 1 it calls the
# hotline, says the line and presses Done; nobody plays ROK, so turn 1 stays in
# progress. Each window takes its screenshot a few frames after it sees that
# (`--screenshot-mid-turn`: a team done, another planning), reads it back and
# checks it as every screenshot is (png_check: the window's size, not blank,
# light text; layout_check: every glyph in the fonts, nothing cut off), and
# prints what its seat saw ("net shot: seat rok, turn 1, hotline open, 1 line(s)
# said, …"). This script fails unless every window passed, both teams' windows
# show the hotline line open with the US line in it, and the projector received
# no line (it may know that the hotline was called: that is public).
#
# Nothing here sleeps a fixed time: it waits for log lines and exits, each
# under a deadline (a hang, not a timing check).
#
# usage: .ci/net-screenshots.sh path/to/hotline OUTPUT_DIR
# needs: Xvfb, mesa-vulkan-drivers, libvulkan1
set -euo pipefail

bin=${1:?usage: net-screenshots.sh BINARY OUTPUT_DIR}
out=${2:?usage: net-screenshots.sh BINARY OUTPUT_DIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
cd "$(dirname "$0")/.."
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"
export HOTLINE_SAVE_DIR=${HOTLINE_SAVE_DIR:-$(mktemp -d)}
# The laptop size the app opens with.
export HOTLINE_WINDOW=1280x720
unset WAYLAND_DISPLAY
# Seconds a set may take: only a hang reaches it.
DEADLINE=${NET_SHOTS_DEADLINE:-150}

status=0
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

fail() {
    echo "FAIL $*"
    status=1
}

# wait_line FILE PATTERN PID: until FILE holds PATTERN; false if PID ended first or the deadline passed.
wait_line() {
    local file=$1 pattern=$2 pid=$3 start=$SECONDS
    until grep -q -- "$pattern" "$file" 2>/dev/null; do
        if ! kill -0 "$pid" 2>/dev/null; then
            grep -q -- "$pattern" "$file" 2>/dev/null && return 0
            return 1
        fi
        ((SECONDS - start < DEADLINE)) || return 1
        sleep 0.1
    done
}

# wait_exit PID: its exit code (124 when the deadline passed; it is then killed).
wait_exit() {
    local pid=$1 start=$SECONDS
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS - start >= DEADLINE)); then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            return 124
        fi
        sleep 0.1
    done
    local code=0
    wait "$pid" || code=$?
    return $code
}

# set LANG PREFIX LINE: the four windows of one exercise in LANG.
run_set() {
    local lang=$1 prefix=$2 line=$3
    local started=$SECONDS
    # A display of our own: Xvfb picks a free number and writes it to fd 3.
    local dfile
    dfile=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$dfile" >"$out/${prefix}xvfb.log" 2>&1 &
    local xvfb=$!
    pids+=("$xvfb")
    local start=$SECONDS
    until [ -s "$dfile" ]; do
        ((SECONDS - start < 30)) || { fail "${prefix}set: Xvfb did not start"; return; }
        sleep 0.05
    done
    export DISPLAY=":$(head -1 "$dfile")"
    # A free UDP port: the host says when it cannot listen, and the next one is tried.
    local port code host hostlog
    code="CI-$RANDOM"
    for _ in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 40000))
        hostlog="$out/${prefix}host.log"
        "$bin" host scenarios/us-rok-hotline.ron --seed 3 --port "$port" --code "$code" --lang "$lang" \
            --screenshot "$out/${prefix}host.png" --screenshot-mid-turn >"$hostlog" 2>&1 &
        host=$!
        pids+=("$host")
        # It prints where to join (in its language), or exits when the port is taken.
        wait_line "$hostlog" "127.0.0.1:$port" "$host" && break
        if kill -0 "$host" 2>/dev/null || ! grep -q "$port" "$hostlog"; then
            fail "${prefix}host did not start (see $hostlog)"
            tail -20 "$hostlog"
            return
        fi
    done
    local -A seat_pid
    local seat
    for seat in projector rok us; do
        local args=(join "127.0.0.1:$port" --code "$code" --seat "$seat" --lang "$lang"
            --screenshot "$out/${prefix}$seat.png" --screenshot-mid-turn)
        [ "$seat" = us ] && args+=(--policy cooperative --say "$line")
        "$bin" "${args[@]}" >"$out/${prefix}$seat.log" 2>&1 &
        seat_pid[$seat]=$!
        pids+=("${seat_pid[$seat]}")
    done
    for seat in projector rok us; do
        local log="$out/${prefix}$seat.log" rc=0
        wait_exit "${seat_pid[$seat]}" || rc=$?
        if [ $rc -ne 0 ] || ! grep -q "colours sampled" "$log"; then
            fail "${prefix}$seat: exit $rc; the window did not show a rendered, readable screen (see $log)"
            tail -20 "$log" || true
            continue
        fi
        grep -h "net shot:\|colours sampled" "$log"
        case $seat in
            us | rok) grep -q "net shot: seat $seat, turn 1, hotline open, 1 line(s) said" "$log" ||
                fail "${prefix}$seat: the hotline line is not open on the team's screen, or the US line is not in it" ;;
            projector) grep -q "net shot: seat projector, turn 1, .* 0 line(s) said" "$log" ||
                fail "${prefix}projector: not turn 1, or it received a hotline line" ;;
        esac
    done
    # The host's window goes on after its screenshot (the exercise is its own).
    if wait_line "$hostlog" "colours sampled" "$host"; then
        grep -h "net shot:\|colours sampled" "$hostlog"
        grep -q "net shot: seat facilitator, turn 1" "$hostlog" || fail "${prefix}host: not turn 1"
    else
        fail "${prefix}host: the window did not show a rendered, readable screen (see $hostlog)"
        tail -20 "$hostlog" || true
    fi
    kill "$host" "$xvfb" 2>/dev/null || true
    wait "$host" "$xvfb" 2>/dev/null || true
    rm -f "$dfile"
    echo "done ${prefix}set ($lang): $((SECONDS - started)) s"
}

run_set en net- "Patching the Busan port systems tonight; call at 0600"
run_set ko ko-net- "부산항 시스템은 오늘 밤 패치합니다. 06시에 통화합시다"
exit $status
