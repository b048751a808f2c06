#!/usr/bin/env bash
# bench/run.sh BUILD_DIR: the two figures of the core issue.
#  1. instructions per `s += await f(i)` against a plain non-inlined call
#     (valgrind --tool=callgrind counts instructions, repeatable on any load);
#  2. peak memory per spawned sleeping task for 1,000,000 tasks;
#  3. instructions per `s += await f(s, i)` when f is defined in another file
#     (declared in an .ah: a coroutine object per call) against the same file
#     (bench/cross_file/);
#  4. instructions per element of `for (int v : count_up(n))` against a
#     hand-written C iterator struct with a non-inlined next function.
set -eu
build=${1:-build}
acc="$build/translator/acc"
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CFLAGS=${CFLAGS:--O2}
for b in await_loop spawn_sleep gen_loop; do
  "$acc" "$here/$b.ac" -o "$work/$b.c"
  # shellcheck disable=SC2086
  cc $CFLAGS -I"$here/../runtime/include" "$work/$b.c" -o "$work/$b" "$build/runtime/libac.a" -luv
done
# cross_file: main.ac awaits add_same (same file) and add_other (other.ac, via other.ah)
"$acc" "$here/cross_file/main.ac" -o "$work/cross_main.c"
"$acc" "$here/cross_file/other.ac" -o "$work/cross_other.c"
"$acc" "$here/cross_file/other.ah" -o "$work/other.h"
# shellcheck disable=SC2086
cc $CFLAGS -I"$here/../runtime/include" -I"$work" "$work/cross_main.c" "$work/cross_other.c" \
  -o "$work/cross_file" "$build/runtime/libac.a" -luv
ir() { # ir PROGRAM ARGS...: instructions of one run
  local prog=$1; shift
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$work/$prog" "$@" >/dev/null 2>"$work/vg.err"
  grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}'
}
n1=100000 n2=1100000
a1=$(ir await_loop async $n1); a2=$(ir await_loop async $n2)
p1=$(ir await_loop plain $n1); p2=$(ir await_loop plain $n2)
awk -v a1="$a1" -v a2="$a2" -v p1="$p1" -v p2="$p2" -v n1=$n1 -v n2=$n2 'BEGIN {
  a = (a2 - a1) / (n2 - n1); p = (p2 - p1) / (n2 - n1)
  printf "await loop: %.2f instructions/iteration (direct await)\n", a
  printf "plain loop: %.2f instructions/iteration (non-inlined call)\n", p
  printf "ratio: %.2fx (target <= 1.5x)\n", a / p }'
"$work/spawn_sleep" 1000000
s1=$(ir cross_file same $n1); s2=$(ir cross_file same $n2)
o1=$(ir cross_file other $n1); o2=$(ir cross_file other $n2)
awk -v s1="$s1" -v s2="$s2" -v o1="$o1" -v o2="$o2" -v n1=$n1 -v n2=$n2 'BEGIN {
  s = (s2 - s1) / (n2 - n1); o = (o2 - o1) / (n2 - n1)
  printf "cross-file await: %.2f instructions/iteration (callee in another file: frame in a buffer of the caller)\n", o
  printf "same-file await:  %.2f instructions/iteration (callee frame embedded)\n", s
  printf "cross/same: %.1fx\n", o / s }'
g1=$(ir gen_loop gen $n1); g2=$(ir gen_loop gen $n2)
i1=$(ir gen_loop iter $n1); i2=$(ir gen_loop iter $n2)
awk -v g1="$g1" -v g2="$g2" -v i1="$i1" -v i2="$i2" -v n1=$n1 -v n2=$n2 'BEGIN {
  g = (g2 - g1) / (n2 - n1); i = (i2 - i1) / (n2 - n1)
  printf "generator loop: %.2f instructions/element (for (int v : count_up(n)))\n", g
  printf "iterator loop:  %.2f instructions/element (C struct + next function)\n", i
  printf "ratio: %.2fx (target <= 2x)\n", g / i }'
