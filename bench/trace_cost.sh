#!/usr/bin/env bash
# bench/trace_cost.sh [BUILD_DIR]: what the trace hooks cost with AC_TRACE unset
# (issue 14): instructions per switch of bench/pingpong.ac (queue, future) and
# per task of bench/spawn_await.ac, by callgrind, as bench/hot.sh measures them
# (difference of two run sizes over the difference in work). Run it on a build
# without the hooks and one with them to compare; AC_TRACE=1 in the environment
# of this script measures the cost when on (the trace goes to a scratch file).
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$build" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inc="$here/../runtime/include"
for b in pingpong spawn_await; do
  "$build/translator/acc" "$here/$b.ac" -o "$work/$b.c"
  cc -O2 -I"$inc" "$work/$b.c" -o "$work/$b" "$build/runtime/libac.a" -luv -lpthread
done
if [ "${AC_TRACE:-}" != "" ]; then export AC_TRACE="$work/trace.json"; fi
ir() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>"$work/vg.err"
  grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}'
}
per() { awk -v w1="$1" -v w2="$2" -v a="$3" -v b="$4" 'BEGIN { printf "%.1f", (b - a) / (w2 - w1) }'; }
n1=100000 n2=200000
echo "ping-pong queue, instr/switch:  $(per $((2 * n1)) $((2 * n2)) "$(ir "$work/pingpong" queue $n1)" "$(ir "$work/pingpong" queue $n2)")"
echo "ping-pong future, instr/switch: $(per $((2 * n1)) $((2 * n2)) "$(ir "$work/pingpong" future $n1)" "$(ir "$work/pingpong" future $n2)")"
echo "spawn + await, instr/task:      $(per $n1 $n2 "$(ir "$work/spawn_await" $n1)" "$(ir "$work/spawn_await" $n2)")"
