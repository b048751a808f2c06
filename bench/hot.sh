#!/usr/bin/env bash
# bench/hot.sh [BUILD_DIR]: the hot-path figures of issue 10, in one table.
#
# Instruction counts come from callgrind (valgrind --tool=callgrind), which is
# repeatable on a loaded machine; each figure is the difference between two runs
# of different sizes divided by the difference in work, so start-up cancels out.
#   ping-pong        bench/pingpong.ac (ac_queue, ac_future) vs bench/pingpong.cpp
#                    (and its lock mode: two tasks taking an ac_lock in turn)
#                    (C++20 coroutines, g++ -std=c++20 -O2, a FIFO scheduler)
#   spawn + await    bench/spawn_await.ac, batches of 1,000
#   memory           bench/spawn_sleep.ac: peak RSS growth per sleeping task, 1M tasks,
#                    measured inside the program and as (max RSS with 1M - with 1) / 1M
#   TCP echo         bench/echo_server.ac vs bench/echo_uv.c (raw libuv callbacks),
#                    driven by bench/echo_load.c: 64-byte messages, one in flight per
#                    connection; server user-space instructions per message at 50 and
#                    500 connections, and throughput (wall time, median of 3, noisy).
# ECHO=0 skips the echo rows.
set -eu
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$build" && pwd)
acc="$build/translator/acc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
CFLAGS=${CFLAGS:--O2}
inc="$here/../runtime/include"
for b in pingpong spawn_await spawn_sleep echo_server; do
  "$acc" "$here/$b.ac" -o "$work/$b.c"
  # shellcheck disable=SC2086
  cc $CFLAGS -I"$inc" "$work/$b.c" -o "$work/$b" "$build/runtime/libac.a" -luv -lpthread
done
g++ -std=c++20 -O2 "$here/pingpong.cpp" -o "$work/pingpong_cpp"
# shellcheck disable=SC2086
cc $CFLAGS "$here/echo_uv.c" -o "$work/echo_uv" -luv
# shellcheck disable=SC2086
cc $CFLAGS "$here/echo_load.c" -o "$work/echo_load"

ir() { # ir PROGRAM ARGS...: instructions of one run
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>"$work/vg.err"
  grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}'
}
per() { # per WORK1 WORK2 IR1 IR2
  awk -v w1="$1" -v w2="$2" -v a="$3" -v b="$4" 'BEGIN { printf "%.0f", (b - a) / (w2 - w1) }'
}
row() { printf '| %-44s | %12s | %12s | %-28s |\n' "$1" "$2" "$3" "$4"; }

n1=100000 n2=200000
q=$(per $((2 * n1)) $((2 * n2)) "$(ir "$work/pingpong" queue $n1)" "$(ir "$work/pingpong" queue $n2)")
qc=$(per $((2 * n1)) $((2 * n2)) "$(ir "$work/pingpong_cpp" chan $n1)" "$(ir "$work/pingpong_cpp" chan $n2)")
f=$(per $((2 * n1)) $((2 * n2)) "$(ir "$work/pingpong" future $n1)" "$(ir "$work/pingpong" future $n2)")
fc=$(per $((2 * n1)) $((2 * n2)) "$(ir "$work/pingpong_cpp" future $n1)" "$(ir "$work/pingpong_cpp" future $n2)")
lk=$(per $((2 * n1)) $((2 * n2)) "$(ir "$work/pingpong" lock $n1)" "$(ir "$work/pingpong" lock $n2)")
s=$(per $n1 $n2 "$(ir "$work/spawn_await" $n1)" "$(ir "$work/spawn_await" $n2)")
mem=$("$work/spawn_sleep" 1000000 | sed -n 's/^bytes per task: //p')
maxrss() { /usr/bin/time -f %M -o "$work/time.txt" "$@" > /dev/null; cat "$work/time.txt"; }
memx=$(awk -v a="$(maxrss "$work/spawn_sleep" 1)" -v b="$(maxrss "$work/spawn_sleep" 1000000)" \
  'BEGIN { printf "%.1f", (b - a) * 1024 / 1000000 }')

echo_ir() { # echo_ir SERVER CONNS ROUNDS: server instructions for CONNS x ROUNDS messages
  local out="$work/srv.out" pid port i
  : > "$out"
  valgrind --tool=callgrind --callgrind-out-file="$work/cg_echo.out" "$1" > "$out" 2>"$work/vg.err" &
  pid=$!
  for i in $(seq 600); do
    port=$(sed -n 's/^port //p' "$out")
    [ -n "$port" ] && break
    sleep 0.1
  done
  "$work/echo_load" "$port" "$2" "$3" 64 > /dev/null
  sleep 0.5 # the server sees every connection end
  kill -TERM $pid
  wait $pid || true
  grep -E '^(summary|totals):' "$work/cg_echo.out" | head -1 | awk '{print $2}'
}
echo_rate() { # echo_rate SERVER: messages per second, 50 connections
  local out="$work/srv.out" pid port i r
  : > "$out"
  "$1" > "$out" &
  pid=$!
  for i in $(seq 100); do
    port=$(sed -n 's/^port //p' "$out")
    [ -n "$port" ] && break
    sleep 0.05
  done
  r=$("$work/echo_load" "$port" 50 2000 64 | sed -n 's/^msgs_per_s //p')
  kill -TERM $pid
  wait $pid || true
  echo "$r"
}
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

echo "| work | Async C | peer | peer |"
echo "|---|---:|---:|---|"
row "ping-pong through ac_queue, instr/switch" "$q" "$qc" "C++20 coroutines, FIFO"
row "ping-pong, fresh ac_future, instr/switch" "$f" "$fc" "C++20, heap future"
row "lock hand-off, instr/acquire" "$lk" "" ""
row "spawn + await, batches of 1,000, instr/task" "$s" "" ""
row "memory per sleeping task (1M), bytes" "$mem" "" "peak RSS growth in the program"
row "  the same, max RSS(1M) - max RSS(1)" "$memx" "" "(the issue's method)"
if [ "${ECHO:-1}" != 0 ]; then
  for c in 50 500; do
    r1=$((2000 / c * 4)) r2=$((2000 / c * 12))
    [ $r1 -lt 10 ] && r1=10 && r2=30
    ea=$(per $((c * r1)) $((c * r2)) "$(echo_ir "$work/echo_server" $c $r1)" "$(echo_ir "$work/echo_server" $c $r2)")
    eu=$(per $((c * r1)) $((c * r2)) "$(echo_ir "$work/echo_uv" $c $r1)" "$(echo_ir "$work/echo_uv" $c $r2)")
    row "TCP echo, $c conns, user instr/message" "$ea" "$eu" "raw libuv ($(awk -v a="$ea" -v b="$eu" 'BEGIN{printf "%.2fx", a/b}'))"
  done
  ta=() tu=()
  for i in 1 2 3; do
    ta+=("$(echo_rate "$work/echo_server")")
    tu+=("$(echo_rate "$work/echo_uv")")
  done
  a=$(median3 "${ta[@]}") u=$(median3 "${tu[@]}")
  row "TCP echo, 50 conns, messages/s (wall)" "$a" "$u" "raw libuv ($(awk -v a="$a" -v b="$u" 'BEGIN{printf "%.2fx", a/b}'))"
fi
