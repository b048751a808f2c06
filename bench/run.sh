#!/usr/bin/env bash
# bench/run.sh BUILD_DIR: the two figures of the core issue.
#  1. instructions per `s += await f(i)` against a plain non-inlined call
#     (valgrind --tool=callgrind counts instructions, repeatable on any load);
#  2. peak memory per spawned sleeping task for 1,000,000 tasks.
set -eu
build=${1:-build}
acc="$build/translator/acc"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CFLAGS=${CFLAGS:--O2}
for b in await_loop spawn_sleep; do
  "$acc" "$here/$b.ac" -o "$work/$b.c"
  # shellcheck disable=SC2086
  cc $CFLAGS -I"$here/../runtime/include" "$work/$b.c" -o "$work/$b" "$build/runtime/libac.a" -luv
done
ir() { # instructions of one run
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/await_loop" "$1" "$2" >/dev/null 2>"$work/vg.err"
  grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}'
}
n1=100000 n2=1100000
a1=$(ir async $n1); a2=$(ir async $n2)
p1=$(ir plain $n1); p2=$(ir plain $n2)
awk -v a1="$a1" -v a2="$a2" -v p1="$p1" -v p2="$p2" -v n1=$n1 -v n2=$n2 'BEGIN {
  a = (a2 - a1) / (n2 - n1); p = (p2 - p1) / (n2 - n1)
  printf "await loop: %.2f instructions/iteration (direct await)\n", a
  printf "plain loop: %.2f instructions/iteration (non-inlined call)\n", p
  printf "ratio: %.2fx (target <= 1.5x)\n", a / p }'
"$work/spawn_sleep" 1000000
