#!/usr/bin/env bash
# hostile.sh: a sample server under attack by hostile peers (hostile.py):
# random bytes, lines longer than any buffer, huge and negative
# Content-Length, many clients with long names, slow clients, resets
# mid-write. It must keep serving a well-behaved client after each attack,
# then exit with status 0 on SIGTERM (with attackers still connected), and
# write nothing to stderr: built with the suite's CFLAGS, so under
# AC_SANITIZE an ASan/UBSan report or a leak fails the test. `fetch` is the
# other way round: the client against a hostile server.
#
#   hostile.sh ACC CC LIBAC PROJECT_DIR SAMPLE      (echo, chat, http_server, fetch)
#
# CFLAGS, AC_UV_LIBS, AC_HTTP_PARSER_LIBS (env) as for tests/io/sample_servers.sh.
set -u
acc=$1 cc=$2 libac=$3 src=$4 sample=$5
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-hostile-XXXXXX")
pid=
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*"
  for f in "$work"/*.log "$work"/*.err; do [ -s "$f" ] && { echo "--- $(basename "$f"):"; tail -c 4000 "$f"; }; done
  exit 1
}

libs=
case $sample in
  http_server | fetch)
    if [ -z "${AC_HTTP_PARSER_LIBS:-}" ]; then
      echo "SKIPPED: $sample needs http-parser (apt-get install libhttp-parser-dev)"
      exit 0
    fi
    libs=$AC_HTTP_PARSER_LIBS ;;
esac
"$acc" "$src/samples/$sample.ac" -o "$work/$sample.c" 2>"$work/build.err" || fail "acc $sample"
# shellcheck disable=SC2086
"$cc" ${CFLAGS:-} -I"$src/runtime/include" "$work/$sample.c" -o "$work/$sample" $libs "$libac" \
  ${AC_UV_LIBS:--luv} 2>"$work/build.err" || fail "cc $sample"

if [ "$sample" = fetch ]; then
  timeout 60 python3 "$here/hostile.py" fetch "$work/fetch" || fail "fetch against a hostile server"
  exit 0
fi

# The server, with short time limits so that slow clients are dropped quickly.
case $sample in
  echo) args=(serve 0 2) ready='^listening on' kind=echo ;;
  chat) args=(serve 0 3) ready='^chat server on' kind=chat ;;
  http_server) args=(0 10 2 3) ready='^serving http' kind=http ;;
  *) fail "unknown sample $sample" ;;
esac
"$work/$sample" "${args[@]}" >"$work/server.log" 2>"$work/server.err" &
pid=$!
for _ in $(seq 100); do
  grep -q "$ready" "$work/server.log" 2>/dev/null && break
  sleep 0.1
done
port=$(grep "$ready" "$work/server.log" | grep -o '[0-9]*/*$' | tr -d /)
[ -n "$port" ] || fail "$sample did not start"

# The attacks; the attacker stays connected (its held connections) until the
# server has exited after SIGTERM.
python3 -u "$here/hostile.py" "$kind" "$port" "$pid" >"$work/attack.log" 2>"$work/attack.err" &
attacker=$!
for _ in $(seq 600); do
  grep -q "served after every attack" "$work/attack.log" && break
  kill -0 "$attacker" 2>/dev/null || break
  sleep 0.1
done
cat "$work/attack.log"
grep -q "served after every attack" "$work/attack.log" || { kill "$attacker" 2>/dev/null; fail "an attack succeeded"; }
kill -0 "$pid" 2>/dev/null || fail "$sample died"

start=$(date +%s)
kill -TERM "$pid"
wait "$pid"
status=$?
pid=
kill "$attacker" 2>/dev/null
wait "$attacker" 2>/dev/null
[ "$status" = 0 ] || fail "$sample exited with $status after SIGTERM"
[ $(($(date +%s) - start)) -le 5 ] || fail "$sample took over 5 s to stop"
[ -s "$work/server.err" ] && fail "$sample wrote to stderr"
echo "ok: $sample kept serving through every attack and stopped cleanly on SIGTERM"
