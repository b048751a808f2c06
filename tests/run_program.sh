#!/usr/bin/env bash
# run_program.sh: translate one .ac program, compile it, run it, compare stdout.
#
#   run_program.sh ACC CC LIBAC file.ac expected.out
#
# CFLAGS (env) are the C compiler's flags (the suite passes -Wall -Wextra -Werror);
# AC_UV_LIBS (env) how to link libuv. The program runs with a 60 s limit, in a
# scratch directory, from the .ac file's own directory, so that #line paths and
# messages are the file's name as given.
set -u
acc=$1 cc=$2 libac=$3 src=$4 expected=$5
inc=$(cd "$(dirname "$0")/../runtime/include" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-test-XXXXXX")
trap 'rm -rf "$work"' EXIT
name=$(basename "$src" .ac)
cd "$(dirname "$src")" || exit 2
if ! "$acc" "$name.ac" -o "$work/$name.c" 2>"$work/acc.err"; then
  echo "FAIL: acc could not translate $src:"; cat "$work/acc.err"; exit 1
fi
# A program that parses HTTP (samples/https.ac) links http-parser too.
extra=
if grep -q '^#include <http_parser.h>' "$name.ac"; then
  [ -n "${AC_HTTP_PARSER_LIBS:-}" ] || { echo "SKIPPED: $src needs libhttp-parser-dev"; exit 0; }
  extra=$AC_HTTP_PARSER_LIBS
fi
# shellcheck disable=SC2086
if ! "$cc" ${CFLAGS:-} -I"$inc" -I. "$work/$name.c" -o "$work/$name" "$libac" ${AC_UV_LIBS:--luv} $extra 2>"$work/cc.err"; then
  echo "FAIL: $cc could not compile the translation of $src:"; cat "$work/cc.err"; exit 1
fi
status=0
timeout 60 "$work/$name" >"$work/stdout" 2>"$work/stderr" </dev/null || status=$?
if ! diff -u "$expected" "$work/stdout" >"$work/diff"; then
  echo "FAIL: $src printed something else:"; cat "$work/diff"; echo "--- stderr:"; cat "$work/stderr"; exit 1
fi
want=0
[ -f "${expected%.out}.status" ] && want=$(cat "${expected%.out}.status")
if [ "$status" != "$want" ]; then
  echo "FAIL: $src exited with $status, expected $want; stderr:"; cat "$work/stderr"; exit 1
fi
if [ -s "$work/stderr" ] && [ ! -f "${expected%.out}.stderr-ok" ]; then
  echo "FAIL: $src wrote to stderr:"; cat "$work/stderr"; exit 1
fi
echo "ok: $src ($cc)"
