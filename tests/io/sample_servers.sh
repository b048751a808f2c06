#!/usr/bin/env bash
# sample_servers.sh: the servers of samples/ serve real clients and stop
# cleanly on SIGINT and SIGTERM: each is started in the background, talked to
# (bash's /dev/tcp, and the samples' own clients), signalled; it must exit with
# status 0, say what it did, and close the connections still open.
#
#   sample_servers.sh ACC CC LIBAC PROJECT_DIR
#
# CFLAGS and AC_UV_LIBS (env) as for run_program.sh; under AC_SANITIZE the
# programs are built with the sanitizers and a leak makes them exit non-zero.
# AC_HTTP_PARSER_LIBS (env): how to link http-parser (the HTTP samples use it);
# empty: http_server and fetch are not tried.
set -u
acc=$1 cc=$2 libac=$3 src=$4
inc=$src/runtime/include
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-servers-XXXXXX")
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*"
  for f in "$work"/*.log; do [ -f "$f" ] && { echo "--- $(basename "$f"):"; cat "$f"; }; done
  exit 1
}

build() {
  "$acc" "$src/samples/$1.ac" -o "$work/$1.c" 2>"$work/build.err" || { cat "$work/build.err"; fail "acc $1"; }
  # shellcheck disable=SC2086
  "$cc" ${CFLAGS:-} -I"$inc" "$work/$1.c" -o "$work/$1" ${2:-} "$libac" ${AC_UV_LIBS:--luv} \
    2>"$work/build.err" || { cat "$work/build.err"; fail "cc $1"; }
}

# wait_for FILE REGEX: until FILE has a line matching REGEX (10 s at most).
wait_for() {
  for _ in $(seq 100); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# expect_line FD TEXT: the next line read from FD is TEXT (5 s at most).
expect_line() {
  local got
  IFS= read -r -t 5 got <&"$1" || fail "no line on fd $1 (wanted '$2')"
  got=${got%$'\r'}
  [ "$got" = "$2" ] || fail "read '$got', wanted '$2'"
}

# stops PID with SIGNAL; its exit status must be 0
stop() {
  kill -"$2" "$1" || fail "kill -$2 $1"
  wait "$1"
  local status=$?
  [ "$status" = 0 ] || fail "$3 exited with $status after SIG$2"
}

for s in echo chat; do build "$s"; done
if [ -n "${AC_HTTP_PARSER_LIBS:-}" ]; then
  for s in http_server fetch; do build "$s" "$AC_HTTP_PARSER_LIBS"; done
fi

# --- echo: SIGTERM with one client connected --------------------------------
"$work/echo" serve 0 >"$work/echo.log" 2>&1 &
pids+=($!); pid=$!
wait_for "$work/echo.log" '^listening on' || fail "echo did not start"
port=$(sed -n 's/^listening on //p' "$work/echo.log")
exec 3<>"/dev/tcp/127.0.0.1/$port" || fail "connect to echo"
echo "ping" >&3
expect_line 3 "ping"
"$work/echo" send "$port" "one" "two words" >"$work/send.log" 2>&1 || fail "echo send"
printf 'one\ntwo words\n' | diff - "$work/send.log" >/dev/null || fail "echo send printed something else"
wait_for "$work/echo.log" '^\[2\] closed by the client' || fail "echo did not see the client leave"
stop "$pid" TERM echo
IFS= read -r -t 5 line <&3 && fail "echo left the connection open (read '$line')"
exec 3>&-
for want in '^SIGTERM: shutting down, 1 connection(s) open$' '^\[1\] cancelled by the shutdown$' '^bye$'; do
  grep -q "$want" "$work/echo.log" || fail "echo's log lacks '$want'"
done
echo "ok: echo stops on SIGTERM"

# --- chat: SIGINT with two clients talking ----------------------------------
"$work/chat" serve 0 >"$work/chat.log" 2>&1 &
pids+=($!); pid=$!
wait_for "$work/chat.log" '^chat server on' || fail "chat did not start"
port=$(sed -n 's/^chat server on //p' "$work/chat.log")
exec 4<>"/dev/tcp/127.0.0.1/$port" || fail "connect to chat"
expect_line 4 "welcome! your name?"
echo "alice" >&4
expect_line 4 "* hello alice; here: nobody else"
exec 5<>"/dev/tcp/127.0.0.1/$port" || fail "connect to chat"
expect_line 5 "welcome! your name?"
echo "bob" >&5
expect_line 5 "* hello bob; here: alice"
expect_line 4 "* bob joined"
echo "hi alice" >&5
expect_line 4 "[bob] hi alice"
stop "$pid" INT chat
expect_line 4 "* the server is shutting down"
expect_line 5 "* alice left"
expect_line 5 "* the server is shutting down"
IFS= read -r -t 5 line <&4 && fail "chat left alice's connection open (read '$line')"
exec 4>&- 5>&-
for want in '^SIGINT: closing 2 conversation(s)$' '^bye$'; do
  grep -q "$want" "$work/chat.log" || fail "chat's log lacks '$want'"
done
echo "ok: chat stops on SIGINT"

# --- http_server and fetch: SIGTERM with a keep-alive connection idle -------
if [ -z "${AC_HTTP_PARSER_LIBS:-}" ]; then
  echo "http_server and fetch not tried: libhttp-parser-dev is not installed"
  exit 0
fi
"$work/http_server" 0 >"$work/http.log" 2>&1 &
pids+=($!); pid=$!
wait_for "$work/http.log" '^serving http' || fail "http_server did not start"
port=$(sed -n 's|^serving http://127.0.0.1:\([0-9]*\)/$|\1|p' "$work/http.log")
"$work/fetch" "$port" 10 >"$work/fetch.log" 2>"$work/fetch-times.log" || fail "fetch failed"
cat >"$work/fetch.want" <<'EOF'
concurrently: 10 pages, 10 ok, 14500 bytes
one by one: 10 pages, 10 ok, 14500 bytes
concurrent run faster: True
speed-up of at least 2x: True
EOF
diff -u "$work/fetch.want" "$work/fetch.log" || fail "fetch printed something else"
exec 6<>"/dev/tcp/127.0.0.1/$port" || fail "connect to http_server"
printf 'GET /page/3 HTTP/1.1\r\nHost: localhost\r\n\r\n' >&6
expect_line 6 "HTTP/1.1 200 OK"
start=$(date +%s)
stop "$pid" TERM http_server
elapsed=$(( $(date +%s) - start ))
[ "$elapsed" -le 6 ] || fail "http_server took ${elapsed} s to stop"
exec 6>&-
for want in '^SIGTERM: finishing 1 connection(s)$' '^served 21 request(s)$'; do
  grep -q "$want" "$work/http.log" || fail "http_server's log lacks '$want'"
done
echo "ok: http_server and fetch; http_server stops on SIGTERM (fetch: $(cat "$work/fetch-times.log"))"
