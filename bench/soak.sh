#!/usr/bin/env bash
# soak.sh: the sample servers (echo, chat, http_server) under clients that
# join and leave for a while (bench/soak_clients.py), sampling each server's
# resident memory (VmRSS) and open descriptors; both must stay flat. Not run
# by CI (it takes minutes); run it before a release, niced on a shared box:
#
#   nice bench/soak.sh [SECONDS [INTERVAL [WORKERS]]]
#                      (600 s, a sample every 30 s, 8 clients per server)
#
# Builds with build/ (cmake -S . -B build && cmake --build build). Verdict per
# server: descriptors when idle after the run equal those before it, and the
# RSS of the last sample at most 10% (and 2 MiB) above the first sample taken
# after a warm-up of a tenth of the run (allocator caches settle first).
# Prints a table of the samples and the verdicts; exit status 1 if one fails.
set -u
seconds=${1:-600} interval=${2:-30} workers=${3:-8}
root=$(cd "$(dirname "$0")/.." && pwd)
acc=$root/build/translator/acc libac=$root/build/runtime/libac.a
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-soak-XXXXXX")
pids=()
# shellcheck disable=SC2317 # (run by the trap)
cleanup() {
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
if [ ! -x "$acc" ] || [ ! -f "$libac" ]; then
  echo "soak.sh: build first (cmake -S . -B build && cmake --build build)"
  exit 2
fi

http_libs=$(pkg-config --libs http-parser 2>/dev/null || echo -lhttp_parser)
servers=(echo chat http_server)
declare -A port pid kind
for s in "${servers[@]}"; do
  libs=
  [ "$s" = http_server ] && libs=$http_libs
  "$acc" "$root/samples/$s.ac" -o "$work/$s.c" || exit 2
  # shellcheck disable=SC2086,SC2046
  ${CC:-cc} -O2 -g -I"$root/runtime/include" "$work/$s.c" -o "$work/$s" $libs "$libac" \
    $(pkg-config --libs libuv) || exit 2
done
"$work/echo" serve 0 >"$work/echo.log" 2>&1 &
pid[echo]=$!
"$work/chat" serve 0 >"$work/chat.log" 2>&1 &
pid[chat]=$!
"$work/http_server" 0 1 >"$work/http_server.log" 2>&1 &
pid[http_server]=$!
pids+=("${pid[@]}")
kind=([echo]=echo [chat]=chat [http_server]=http)
sleep 1
port[echo]=$(sed -n 's/^listening on //p' "$work/echo.log")
port[chat]=$(sed -n 's/^chat server on //p' "$work/chat.log")
port[http_server]=$(sed -n 's|^serving http://127.0.0.1:\([0-9]*\)/$|\1|p' "$work/http_server.log")

rss() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
fds() { find "/proc/$1/fd" -mindepth 1 -maxdepth 1 | wc -l; }

declare -A fd_before fd_after rss_warm rss_last
for s in "${servers[@]}"; do fd_before[$s]=$(fds "${pid[$s]}"); done

clients=()
for s in "${servers[@]}"; do
  python3 "$root/bench/soak_clients.py" "${kind[$s]}" "${port[$s]}" "$seconds" "$workers" \
    >"$work/$s.clients" 2>&1 &
  clients+=($!)
done

start=$(date +%s)
warm=$((seconds / 10))
printf '%6s' "t (s)"
for s in "${servers[@]}"; do printf ' %18s' "$s RSS KiB / fds"; done
echo
while :; do
  t=$(($(date +%s) - start))
  printf '%6d' "$t"
  for s in "${servers[@]}"; do
    r=$(rss "${pid[$s]}") f=$(fds "${pid[$s]}")
    printf ' %12s / %4s' "$r" "$f"
    [ -z "${rss_warm[$s]:-}" ] && [ "$t" -ge "$warm" ] && rss_warm[$s]=$r
    rss_last[$s]=$r
  done
  echo
  [ "$t" -ge "$seconds" ] && break
  sleep "$interval"
done

for c in "${clients[@]}"; do wait "$c"; done
sleep 7 # the servers close what the clients left (http_server's idle limit: 5 s)
for s in "${servers[@]}"; do fd_after[$s]=$(fds "${pid[$s]}"); done

failed=0
for s in "${servers[@]}"; do
  cat "$work/$s.clients"
  warm_kib=${rss_warm[$s]:-${rss_last[$s]}} last_kib=${rss_last[$s]}
  limit=$((warm_kib + warm_kib / 10))
  [ "$limit" -lt $((warm_kib + 2048)) ] && limit=$((warm_kib + 2048))
  verdict=flat
  if [ "${fd_after[$s]}" != "${fd_before[$s]}" ] || [ "$last_kib" -gt "$limit" ]; then
    verdict=GROWING
    failed=1
  fi
  grep -q " 0 failed$" "$work/$s.clients" || { verdict="$verdict, sessions failed"; failed=1; }
  echo "$s: fds ${fd_before[$s]} before, ${fd_after[$s]} after; RSS ${warm_kib} KiB after warm-up, ${last_kib} KiB at the end: $verdict"
done
for s in "${servers[@]}"; do
  kill -TERM "${pid[$s]}"
  wait "${pid[$s]}" || { echo "$s: exit status $? after SIGTERM"; failed=1; }
done
pids=()
[ "$failed" = 0 ] && echo "soak: flat" || echo "soak: FAILED"
exit $failed
