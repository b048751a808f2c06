#!/usr/bin/env bash
# tests/docs/shout_serve.sh ACC CC LIBAC ROOT [BUILD_DIR]: the tutorial's server
# as the tutorial runs it: `shout serve 0`; a client (bash's /dev/tcp) gets its
# lines back in capitals, SIGTERM stops the server with status 0 and its count.
# With BUILD_DIR (and no sanitizer in CFLAGS) it is built as the tutorial says:
# installed into a prefix (cmake --install), PATH and PKG_CONFIG_PATH set as its
# section 1 says, then the two build commands of its section 4, read from
# docs/tutorial.md. Otherwise it is built from the build tree (CFLAGS, AC_UV_LIBS
# from the environment as for run_program.sh).
set -u
acc=$1 cc=$2 libac=$3 root=$4 build=${5:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-shout-XXXXXX")
trap 'kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; echo "--- server output:"; cat "$work/out"; exit 1; }

touch "$work/out"
if [ -n "$build" ] && [[ "${CFLAGS:-}" != *sanitize* ]]; then
  # The commands of the tutorial's block that starts with "acc docs/examples/shout.ac",
  # but the last (which serves on port 8000), run from a folder where docs/ is ROOT's.
  cmds=$(awk '/^```sh$/ { blk = ""; inb = 1; next }
              /^```$/ && inb { if (blk ~ /^acc docs\/examples\/shout\.ac/) printf "%s", blk; inb = 0; next }
              inb { blk = blk $0 "\n" }' "$root/docs/tutorial.md" | sed '$d')
  [ "$(printf '%s\n' "$cmds" | wc -l)" = 2 ] || fail "the tutorial's build commands: '$cmds'"
  cmake --install "$build" --prefix "$work/prefix" >/dev/null || fail "cmake --install"
  ln -s "$root/docs" "$work/docs"
  (cd "$work" && export PATH="$work/prefix/bin:$PATH" PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" &&
   eval "$cmds") || fail "the tutorial's commands failed: $cmds"
  echo "built with the tutorial's commands from an installed prefix"
else
  "$acc" "$root/docs/examples/shout.ac" -o "$work/shout.c" || fail "acc"
  # shellcheck disable=SC2086
  "$cc" ${CFLAGS:-} -I"$root/runtime/include" "$work/shout.c" -o "$work/shout" "$libac" \
    ${AC_UV_LIBS:--luv} || fail "cc"
fi
"$work/shout" serve 0 >"$work/out" 2>&1 &
pid=$!
for _ in $(seq 100); do
  grep -q '^listening on' "$work/out" && break
  sleep 0.1
done
port=$(sed -n 's/^listening on 127.0.0.1:\([0-9]*\)$/\1/p' "$work/out")
[ -n "$port" ] || fail "no 'listening on' line"

exec 3<>"/dev/tcp/127.0.0.1/$port" || fail "cannot connect to port $port"
printf 'hello\nasync c\n' >&3
read -r -t 10 a <&3 || fail "no first answer"
read -r -t 10 b <&3 || fail "no second answer"
exec 3>&-
[ "$a" = HELLO ] && [ "$b" = "ASYNC C" ] || fail "answers '$a' '$b'"

sleep 0.2                                   # the handler has counted both lines
kill -TERM "$pid"
wait "$pid"
status=$?
[ "$status" = 0 ] || fail "exit status $status after SIGTERM"
grep -qx 'stopped after 2 lines' "$work/out" || fail "no 'stopped after 2 lines'"
echo "shout: served, stopped on SIGTERM"
