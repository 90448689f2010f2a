#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60) on the stable toolchain:
#   bash fuzz/run.sh [SECONDS] [TARGET...]
# Installs cargo-fuzz if it is missing. libFuzzer's instrumentation needs no
# nightly with `--sanitizer none` (cargo-fuzz 0.13 then passes no -Z flag;
# RUSTC_BOOTSTRAP=1 is set in case another version does). Seeds come from the
# shipped files (scenarios, broken fixtures, saves) plus fuzz/regressions/,
# where every input that once failed is kept. A finding fails the run and
# leaves its input in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
[ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-60}"
shift || true
targets=("$@")
((${#targets[@]})) || targets=(scenario save translation)

if ! cargo fuzz --version >/dev/null 2>&1; then
  # Pinned like cargo-deb: a new release must not change what CI runs.
  cargo install cargo-fuzz --locked --version 0.13.2
fi
export RUSTC_BOOTSTRAP=1
work="${FUZZ_WORK:-/var/tmp/hotline-fuzz}"
target_dir="$work/target"
mkdir -p "$work"

# Seed corpora, rebuilt from the shipped files each run (new finds stay in $work).
mkdir -p "$work/corpus/scenario" "$work/corpus/save" "$work/corpus/translation"
for f in ../scenarios/*.ron ../scenarios/bench/*.ron ../tests/fixtures/broken/*.ron regressions/scenario/*; do
  case "$f" in *.ko.ron) continue ;; esac
  [ -f "$f" ] && cp "$f" "$work/corpus/scenario/seed-$(basename "$f")"
done
# Translations: the shipped overlays (of other scenarios too: their ids are unknown here).
for f in ../scenarios/*.ko.ron regressions/translation/*; do
  [ -f "$f" ] && cp "$f" "$work/corpus/translation/seed-$(basename "$f")"
done
for f in ../tests/fixtures/saves/*.ron regressions/save/*; do
  [ -f "$f" ] && cp "$f" "$work/corpus/save/seed-$(basename "$f")"
done
# A fresh save of every shipped scenario, from the tests' build of hotline (a
# plain `cargo run` would resolve features anew and rebuild the dependencies).
bin="${CARGO_TARGET_DIR:-/var/tmp/hotline-target}/debug/hotline"
[ -x "$bin" ] || (cd .. && cargo test --no-default-features --no-run -q)
( cd .. && for s in scenarios/*.ron; do
    case "$s" in *.ko.ron) continue ;; esac
    "$bin" play "$s" --headless --policy cooperative --seed 3 \
      --save "$work/corpus/save/seed-$(basename "$s")" --force >/dev/null
  done )

status=0
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${seconds}s"
  mkdir -p "artifacts/$t"
  if ! cargo fuzz run "$t" "$work/corpus/$t" --sanitizer none --debug-assertions \
      --target-dir "$target_dir" -- \
      -seed="${FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
      -print_final_stats=1 -artifact_prefix="artifacts/$t/"; then
    echo "fuzz target $t FOUND A FAILURE: its input is in fuzz/artifacts/$t/" >&2
    status=1
  fi
done
exit $status
