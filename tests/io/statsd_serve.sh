#!/usr/bin/env bash
# statsd_serve.sh: samples/statsd.ac's `serve` mode fed by another program
# (python3's socket module): 50 datagrams of random bytes, then good ones;
# the table after every 10 packets and at the end with the good metrics
# intact, a clean stop on SIGTERM (exit status 0; under AC_SANITIZE, no
# report and no leak).
#
#   statsd_serve.sh ACC CC LIBAC PROJECT_DIR
set -u
acc=$1 cc=$2 libac=$3 src=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-statsd-XXXXXX")
pid=
trap '[ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; for f in "$work"/log "$work"/err; do [ -s "$f" ] && { echo "--- $f:"; cat "$f"; }; done; exit 1; }

"$acc" "$src/samples/statsd.ac" -o "$work/s.c" 2>"$work/err" || fail "acc"
# shellcheck disable=SC2086
"$cc" ${CFLAGS:-} -I"$src/runtime/include" "$work/s.c" -o "$work/s" "$libac" ${AC_UV_LIBS:--luv} 2>"$work/err" || fail "cc"

"$work/s" serve 0 >"$work/log" 2>"$work/err" &
pid=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/log" && break; sleep 0.1; done
port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$work/log")
[ -n "$port" ] || fail "no port"
command -v python3 >/dev/null || { echo "SKIPPED: no python3 to send with"; exit 0; }
python3 - "$port" <<'PY' || fail "sender"
import random, socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
rng = random.Random(13)   # 50 datagrams of random bytes first, some over 1432 bytes
for _ in range(50):
    s.sendto(rng.randbytes(rng.randrange(0, 1600)), ("127.0.0.1", int(sys.argv[1])))
for i in range(1, 21):
    s.sendto(b"hits:1|c\nlatency:%d|ms\nbad line %d" % (i, i), ("127.0.0.1", int(sys.argv[1])))
PY
# a table every 10 packets: the last after the 70th
for _ in $(seq 100); do grep -q '^70 packets' "$work/log" && break; sleep 0.1; done
grep -q '^10 packets' "$work/log" || fail "no table after 10 packets"
grep -q '^70 packets' "$work/log" || fail "no table after 70 packets"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || fail "exit status $status"
grep -q '^SIGTERM: stopping' "$work/log" || fail "no stop message"
# the final table: the good metrics whole, the junk rejected
sed -n '/^SIGTERM: stopping/,$p' "$work/log" >"$work/end"
grep -q '^70 packets' "$work/end" || fail "final table: packets"
grep -qx '  hits                     counter 20.000' "$work/end" || fail "final table: hits"
grep -qx '  latency                  timer   count 20 min 1.000 max 20.000 mean 10.500' "$work/end" || fail "final table: latency"
grep -q '^  rejected: [0-9]* oversized packet' "$work/end" || fail "final table: oversized"
[ -s "$work/err" ] && fail "stderr"
echo "ok: statsd serve"
