#!/usr/bin/env bash
# bench/issue13.sh BUILD_DIR: instructions per operation of issue 13's
# primitives (bench/issue13.ac), by callgrind, as the difference of two runs.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/translator/acc" "$here/issue13.ac" -o "$work/issue13.c"
# shellcheck disable=SC2086
cc ${CFLAGS:--O2} -I"$here/../runtime/include" "$work/issue13.c" -o "$work/issue13" \
  "$build/runtime/libac.a" -luv
ir() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/issue13" "$@" >/dev/null 2>&1
  grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}'
}
for mode in deadline queue pqueue lifo; do
  a=$(ir $mode 10000); b=$(ir $mode 110000)
  awk -v a="$a" -v b="$b" -v m=$mode 'BEGIN { printf "%-9s %.1f instructions/iteration\n", m, (b - a) / 100000 }'
done
