#!/usr/bin/env bash
# tests/trace/trace.sh ACC LIBAC CC...: AC_TRACE (issue 14). Builds
# tests/trace/trace_prog.ac with each compiler (CFLAGS from the environment),
# runs it with AC_TRACE=file.json and checks the trace (check_trace.py): once
# to its end, once leaving by exit(3) from inside a task (the atexit path).
# Without AC_TRACE no file is written; an unwritable AC_TRACE is a warning.
# trace_loops.ac: two loops in turn write one file, valid JSON in between.
set -u
acc=$1 libac=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
inc="$here/../../runtime/include"
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-trace-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expected='workers 60
future 42
failing: EINVAL
forever: ECANCELED
echo ok'
cd "$here" || exit 2
"$acc" trace_prog.ac -o "$work/p.c" || fail "acc"
"$acc" trace_loops.ac -o "$work/loops.c" || fail "acc loops"
for cc in "$@"; do
  name=$(basename "$cc")
  # shellcheck disable=SC2086
  "$cc" ${CFLAGS:-} -I"$inc" "$work/p.c" -o "$work/p" "$libac" ${AC_UV_LIBS:--luv} || fail "$cc"
  out=$(AC_TRACE="$work/t.json" timeout 60 "$work/p") || fail "$name: the program failed"
  [ "$out" = "$expected" ] || fail "$name: printed: $out"
  python3 "$here/check_trace.py" "$work/t.json" || fail "$name: the trace"
  status=0
  out=$(AC_TRACE="$work/t2.json" timeout 60 "$work/p" exit) || status=$?
  [ "$status" = 3 ] || fail "$name: exit mode ended with $status"
  [ "$out" = "$expected" ] || fail "$name: exit mode printed: $out"
  python3 "$here/check_trace.py" "$work/t2.json" || fail "$name: the trace left by exit()"
  rm -f "$work"/*.json
  (cd "$work" && AC_TRACE= timeout 60 ./p > /dev/null) || fail "$name: without AC_TRACE"
  [ -z "$(ls "$work"/*.json 2>/dev/null)" ] || fail "$name: a trace without AC_TRACE"
  out=$(AC_TRACE="$work/no/such/dir/t.json" timeout 60 "$work/p" 2>"$work/err") ||
    fail "$name: an unwritable AC_TRACE stopped the program"
  [ "$out" = "$expected" ] || fail "$name: with an unwritable AC_TRACE it printed: $out"
  grep -q "AC_TRACE: cannot write" "$work/err" || fail "$name: no warning for an unwritable AC_TRACE"
  # two loops in turn: valid JSON between them, both in the file at the end
  # shellcheck disable=SC2086
  "$cc" ${CFLAGS:-} -I"$inc" "$work/loops.c" -o "$work/loops" "$libac" ${AC_UV_LIBS:--luv} || fail "$cc loops"
  out=$(AC_TRACE="$work/l.json" timeout 60 "$work/loops" pause "$work/l.json" "$work/l1.json") ||
    fail "$name: trace_loops failed"
  [ "$out" = "1 2" ] || fail "$name: trace_loops printed $out"
  python3 - "$work/l1.json" "$work/l.json" <<'PY' || fail "$name: two loops' trace"
import json, sys
first, last = (json.load(open(p)) for p in sys.argv[1:3])
names = lambda ev: sorted({e["args"]["name"] for e in ev if e["name"] == "thread_name"})
assert names(first) == ["Task-1 (run)", "Task-2 (child)", "loop 1 (callbacks)"], names(first)
assert names(last) == sorted(names(first) + ["Task-3 (run)", "Task-4 (child)", "loop 2 (callbacks)"]), names(last)
assert last[:len(first)] == first, "the second loop changed the first one's events"
PY
  echo "ok: $name"
done
