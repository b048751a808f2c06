#!/usr/bin/env bash
# bench/multicore.sh BUILD_DIR: the multicore figures (issue 15). The echo
# (echo_server_mc.ac + echo_load.c) and HTTP keep-alive (http_server_mc.ac +
# http_load.c) servers on 1 and 2 worker loops (SO_REUSEPORT, and the hand-off
# mode), the servers pinned with taskset, the load generator given the CPUs
# left (with 2 CPUs and 2 server threads there is none left: it then shares
# them). Wall-clock throughput, median of RUNS (default 3), and the server's
# CPU time per 1,000 messages (utime + stime from /proc): the throughput shows
# what this machine gives, the CPU time how much work sharding adds.
set -eu
build=${1:-build}
runs=${RUNS:-3} conns=${CONNS:-64} rounds=${ROUNDS:-3000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
srv_pid=
trap '[ -n "$srv_pid" ] && kill "$srv_pid" 2>/dev/null; rm -rf "$work"' EXIT
ncpu=$(nproc)
for p in echo_server_mc http_server_mc; do
  "$build/translator/acc" "$here/$p.ac" -o "$work/$p.c"
  cc -O2 -I"$here/../runtime/include" "$work/$p.c" -o "$work/$p" "$build/runtime/libac.a" -luv -lpthread
done
cc -O2 "$here/echo_load.c" -o "$work/echo_load"
cc -O2 "$here/http_load.c" -o "$work/http_load"
clk=$(getconf CLK_TCK)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# one SERVER LOAD THREADS MODE: prints "rate cpu_ms_per_1000"
one() {
  local server=$1 load=$2 n=$3 mode=$4 srv_cpus load_cpus port t0 t1 out rate count
  srv_cpus=$(seq -s, 0 $((n - 1)))
  if [ "$n" -lt "$ncpu" ]; then load_cpus=$(seq -s, "$n" $((ncpu - 1))); else load_cpus=$(seq -s, 0 $((ncpu - 1))); fi
  : >"$work/port" # here: the child's redirection may come after the test below
  taskset -c "$srv_cpus" "$work/$server" "$n" "$mode" pin >"$work/port" &
  srv_pid=$!
  for _ in $(seq 600); do [ -s "$work/port" ] && break; sleep 0.05; done
  port=$(awk '{print $2}' "$work/port")
  t0=$(cpu_ticks $srv_pid)
  out=$(taskset -c "$load_cpus" "$work/$load" "$port" "$conns" "$rounds")
  t1=$(cpu_ticks $srv_pid)
  kill -TERM $srv_pid; wait $srv_pid 2>/dev/null || true; srv_pid=
  rate=$(printf '%s\n' "$out" | awk '/_per_s/ {print $2}')
  count=$(printf '%s\n' "$out" | awk 'NR == 1 {print $2}')
  awk -v r="$rate" -v c="$count" -v d=$((t1 - t0)) -v hz="$clk" \
    'BEGIN { printf "%d %.3f\n", r, d * 1000 / hz / c * 1000 }'
}

# ir SERVER LOAD THREADS ROUNDS: the server's instructions (callgrind, every
# thread) for one load of CONNS x ROUNDS messages, and that message count.
ir() {
  local server=$1 load=$2 n=$3 r=$4 port count
  : >"$work/port"
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
    "$work/$server" "$n" reuseport >"$work/port" 2>"$work/vg.err" &
  srv_pid=$!
  for _ in $(seq 600); do [ -s "$work/port" ] && break; sleep 0.05; done
  port=$(awk '{print $2}' "$work/port")
  count=$("$work/$load" "$port" "$conns" "$r" | awk 'NR == 1 {print $2}')
  kill -TERM $srv_pid; wait $srv_pid 2>/dev/null || true; srv_pid=
  echo "$(grep -E '^(summary|totals):' "$work/cg.out" | head -1 | awk '{print $2}') $count"
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

if command -v valgrind >/dev/null && [ "${CALLGRIND:-1}" != 0 ]; then
  printf '%-6s %-8s %20s\n' load threads "instructions/msg"
  for kind in echo http; do
    for n in 1 2; do
      read -r i1 m1 < <(ir "${kind}_server_mc" "${kind}_load" "$n" 200)
      read -r i2 m2 < <(ir "${kind}_server_mc" "${kind}_load" "$n" 1200)
      awk -v k="$kind" -v n="$n" -v i1="$i1" -v i2="$i2" -v m1="$m1" -v m2="$m2" \
        'BEGIN { printf "%-6s %-8s %20.0f\n", k, n, (i2 - i1) / (m2 - m1) }'
    done
  done
fi
printf '%-6s %-9s %-8s %12s %16s\n' load mode threads "per second" "server ms/1000"
for kind in echo http; do
  for mode in reuseport handoff; do
    for n in 1 2; do
      : >"$work/rates"; : >"$work/cpus"
      for _ in $(seq "$runs"); do
        one "${kind}_server_mc" "${kind}_load" "$n" "$mode" >"$work/one"
        awk '{print $1}' "$work/one" >>"$work/rates"
        awk '{print $2}' "$work/one" >>"$work/cpus"
      done
      printf '%-6s %-9s %-8s %12s %16s\n' "$kind" "$mode" "$n" "$(median <"$work/rates")" "$(median <"$work/cpus")"
    done
  done
done
