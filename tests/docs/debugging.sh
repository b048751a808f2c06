#!/usr/bin/env bash
# tests/docs/debugging.sh ACC CC LIBAC ROOT: what docs/debugging.md says, run on
# docs/examples/debug.ac: gdb breakpoints on .ac lines, locals as frame members,
# ac_print_stack called from gdb, a suspended task's frame; the async traceback of
# `debug fail`; AC_DEBUG's reports of `debug leak` and `debug block` name .ac lines.
# CFLAGS (env) as for run_program.sh, then -g -O0. The gdb part is skipped (said
# so) when gdb is not installed.
set -u
acc=$1 cc=$2 libac=$3 root=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-debugging-XXXXXX")
trap 'rm -rf "$work"' EXIT
failed=0
check() {  # check WHAT FILE REGEX...: each regex (grep -E) matches a line of FILE
  local what=$1 file=$2
  shift 2
  for re in "$@"; do
    if ! grep -Eq -- "$re" "$file"; then
      echo "FAIL: $what: no line matching '$re' in:"; cat "$file"; failed=1; return
    fi
  done
  echo "ok: $what"
}

cp "$root/docs/examples/debug.ac" "$work/"
cd "$work" || exit 2
"$acc" debug.ac -o debug.c || exit 1
# shellcheck disable=SC2086
"$cc" ${CFLAGS:-} -g -O0 -I"$root/runtime/include" debug.c -o debug "$libac" \
  ${AC_UV_LIBS:--luv} || exit 1

if command -v gdb >/dev/null 2>&1; then
  gdb -batch -ex 'break debug.ac:15' -ex run -ex 'bt 2' -ex 'print ac__f->id' \
      -ex 'print *ac__f' -ex up -ex 'print ac__f->total' ./debug >gdb1.out 2>&1
  check "gdb: a breakpoint on an .ac line, the backtrace, locals as frame members" gdb1.out \
    '^Breakpoint 1, fetch__resume .* at .*debug\.ac:15$' \
    '^#1 .* in fetch_all__resume .* at .*debug\.ac:21$' \
    '^\$1 = 1$' '^\$2 = \{ac__state = 1, ac__ret = -?[0-9]+, id = 1, delay_ms = 100, ' \
    '^21[[:space:]]+total \+= await fetch\(i\);$' '^\$3 = 0$'
  gdb -batch -ex 'break debug.ac:35' -ex run -ex 'call ac_print_stack(ac__f->t)' \
      -ex 'print ((fetch_all__frame *)((char *)ac__f->t + 64))->ac__sub.fetch.delay_ms' \
      ./debug >gdb2.out 2>&1
  check "gdb: ac_print_stack and a suspended task's frame" gdb2.out \
    "^Stack for task 'Task-2'" '^  File "debug\.ac", line 12, in fetch$' '^\$1 = 100$'
else
  echo "skipped: gdb is not installed"
fi

./debug fail >fail.out 2>&1
echo "status $?" >>fail.out
check "debug fail: the async traceback, status 1" fail.out \
  '^Traceback \(most recent call last\):$' '^  File "debug\.ac", line 39, in main$' \
  '^  File "debug\.ac", line 21, in fetch_all$' '^  File "debug\.ac", line 14, in fetch$' \
  "^Error: EINVAL: no page 3$" '^status 1$'

AC_DEBUG=1 ./debug leak >leak.out 2>&1
check "AC_DEBUG=1 debug leak: reports with their .ac lines" leak.out \
  "^debug\.ac:43: warning: .*Task-3.*never read" "^debug\.ac:41: warning: .*fetch.*"

AC_DEBUG=1 ./debug block >block.out 2>&1
check "AC_DEBUG=1 debug block: the step that blocked the loop" block.out \
  "^debug\.ac:28: warning: .*blocked the loop for 0\.[2-9][0-9]* s"
exit $failed
