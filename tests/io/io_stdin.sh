#!/usr/bin/env bash
# io_stdin.sh: a program that reads its stdin and writes its stdout as
# streams (ac_stream_open(0), ac_stream_open(1); tests/io/fd/number_lines.ac),
# driven through pipes: a few lines, a large input (back-pressure both
# ways, through a slow reader), stdout half-closed before the program ends,
# and stdin a regular file (not a stream: AC_EINVAL, exit status 2).
#
#   io_stdin.sh ACC CC LIBAC PROJECT_DIR
#
# CFLAGS and AC_UV_LIBS (env) as for run_program.sh (sanitizers included).
set -u
acc=$1 cc=$2 libac=$3 src=$4
inc=$src/runtime/include
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-stdin-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; [ -s "$work/err" ] && cat "$work/err"; exit 1; }

"$acc" "$src/tests/io/fd/number_lines.ac" -o "$work/p.c" 2>"$work/err" || fail "acc"
# shellcheck disable=SC2086
"$cc" ${CFLAGS:-} -I"$inc" "$work/p.c" -o "$work/p" "$libac" ${AC_UV_LIBS:--luv} 2>"$work/err" || fail "cc"

printf 'one\ntwo\nlast line without newline' | "$work/p" 2>"$work/err" | cat >"$work/out"
[ "${PIPESTATUS[1]}" -eq 0 ] || fail "exit status"
printf '1: ONE\n2: TWO\n3: LAST LINE WITHOUT NEWLINE3 lines, 33 bytes\n' | diff -u - "$work/out" || fail "three lines"
[ -s "$work/err" ] && fail "stderr"

# 200000 lines through a pipe on both sides, read slowly at first
seq 1 200000 | "$work/p" 2>"$work/err" | { sleep 0.2; cat; } >"$work/big"
[ "${PIPESTATUS[1]}" -eq 0 ] || fail "exit status (large input)"
[ "$(wc -l <"$work/big")" -eq 200001 ] || fail "large input: $(wc -l <"$work/big") lines out"
[ "$(sed -n 200000p "$work/big")" = "200000: 200000" ] || fail "line 200000: $(sed -n 200000p "$work/big")"
[ "$(tail -n 1 "$work/big")" = "200000 lines, 1288895 bytes" ] || fail "summary: $(tail -n 1 "$work/big")"
[ -s "$work/err" ] && fail "stderr (large input)"

printf 'x\n' >"$work/file"
status=0
"$work/p" <"$work/file" >"$work/out" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || fail "stdin a file: status $status"
grep -qx "stdin: EINVAL" "$work/err" || fail "stdin a file: $(cat "$work/err")"
echo "ok: io_stdin"
