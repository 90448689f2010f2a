#!/usr/bin/env bash
# Measures Hotline against the worst scenario file the limits allow (issue 14's
# goals: validate <= 2 s, play <= 1 s, report output <= 10 MB; simulate's memory
# must not grow with --runs). Uses the binaries of an existing build:
#   bash scenarios/tools/measure_worst.sh [TARGET_DIR] [debug|release]
# `cargo test --no-default-features --no-run` builds both hotline and the
# generator (examples/worst_scenario.rs) in TARGET_DIR/debug.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${1:-${CARGO_TARGET_DIR:-/var/tmp/hotline-target}}"
profile="${2:-debug}"
bin="$target/$profile/hotline"
gen="$target/debug/examples/worst_scenario"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$gen" "$work/worst.ron"
measure() { /usr/bin/time -f "  %e s wall, %U s user, %M KB max RSS" "$@" 2>&1 >/dev/null | tail -1; }
echo "validate:"
measure "$bin" validate "$work/worst.ron"
"$bin" validate "$work/worst.ron" | grep -E "note:|: ok|error\(s\)" || true
for p in passive random cooperative unilateral ai; do
  echo "play --policy $p:"
  measure "$bin" play "$work/worst.ron" --headless --policy "$p" --seed 3 --save "$work/$p.save" --force
done
for p in random cooperative; do
  echo "report of the $p game:"
  measure "$bin" report "$work/$p.save" --out "$work/report-$p"
  echo "  $(du -sb "$work/report-$p" | cut -f1) bytes written"
done
for runs in 1000 10000 100000; do
  echo "simulate --runs $runs --policy passive (flagship):"
  measure "$bin" simulate scenarios/us-rok-hotline.ron --runs "$runs" --policy passive
done
