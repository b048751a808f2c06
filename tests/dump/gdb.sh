#!/usr/bin/env bash
# gdb.sh: tools/gdb/ac-gdb.py in gdb's batch mode, on tests/dump/dump_kinds.ac
# stopped where it calls ac_dump_tasks, then on a core file of that moment:
#   - `ac tasks` prints what ac_dump_tasks prints (times masked), live and
#     from the core;
#   - `ac bt` gives main's .ac line; `ac locals` main's locals by name;
#     `ac locals TASK` a suspended task's frames (sleeper, then nap).
#
#   gdb.sh ACC CC LIBAC SRCDIR GDB      (GDB empty: SKIPPED)
set -u
acc=$1 cc=$2 libac=$3 src=$4 gdb=${5:-}
if [ -z "$gdb" ] || ! "$gdb" -batch -nx -ex 'python import gdb' >/dev/null 2>&1; then
  echo "SKIPPED: no gdb with Python"; exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-gdb-XXXXXX")
trap 'rm -rf "$work"' EXIT
ext=$src/tools/gdb/ac-gdb.py
cd "$src/tests/dump" || exit 2
"$acc" dump_kinds.ac -o "$work/k.c" || exit 1
# CFLAGS (env) as for run_program.sh, then -O0 -g: the resume functions keep
# ac__f (ac locals reads it)
# shellcheck disable=SC2086
"$cc" ${CFLAGS:-} -O0 -g -I"$src/runtime/include" -I. "$work/k.c" -o "$work/k" "$libac" ${AC_UV_LIBS:--luv} -lpthread || exit 1
# a sanitized program's core would hold its shadow memory (terabytes mapped):
# the core case runs in the plain build only
case " ${CFLAGS:-} " in
  *-fsanitize=*) gcore="echo (no core: sanitizer build)\n" ;;
  *) gcore="gcore $work/core" ;;
esac
# LeakSanitizer cannot run under ptrace
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
mask() { sed -E 's/[0-9]+\.[0-9]+ s/T s/g'; }
fail=0
"$gdb" -batch -nx -ex "source $ext" -ex 'break ac_dump_tasks' -ex "run > $work/prog.out" \
  -ex 'echo ==tasks==\n' -ex 'ac tasks' -ex 'echo ==bt==\n' -ex 'ac bt' \
  -ex 'echo ==locals==\n' -ex 'ac locals' -ex 'echo ==sleeper==\n' -ex "ac locals the sleeper" \
  -ex "$gcore" -ex 'continue' "$work/k" >"$work/live" 2>"$work/live.err" </dev/null
# the program's own dump: from its first line to the stats line
sed -n '/pending task/,/^stats:/p' "$work/prog.out" | sed '$d' >"$work/want"
sed -n '/^==tasks==$/,/^==bt==$/p' "$work/live" | sed '1d;$d' | mask >"$work/got"
if [ ! -s "$work/want" ] || ! diff -u "$work/want" "$work/got"; then
  echo "FAIL: ac tasks (live) differs from ac_dump_tasks"; cat "$work/live.err"; fail=1
fi
line=$(grep -n '^    print_masked();' dump_kinds.ac | cut -d: -f1)
if ! grep -q "^  File \"dump_kinds.ac\", line $line, in main$" "$work/live"; then
  echo "FAIL: ac bt does not give main at dump_kinds.ac:$line"; sed -n '/==bt==/,/==locals==/p' "$work/live"; fail=1
fi
for want in '^main \(dump_kinds.ac:[0-9]+\):$' '^  i = 5$' '^  ts = \{0x' '^sleeper \(dump_kinds.ac:[0-9]+\):$' \
             '^  rounds = 0$' '^nap \(dump_kinds.ac:[0-9]+\):$' '^  s = 100$'; do
  if ! grep -Eq "$want" "$work/live"; then
    echo "FAIL: ac locals: no line matching $want"; sed -n '/==locals==/,$p' "$work/live"; fail=1
  fi
done
if grep -q '^  ac__' "$work/live"; then
  echo "FAIL: ac locals shows acc's own members"; fail=1
fi
if [ -s "$work/core" ]; then
  "$gdb" -batch -nx -ex "source $ext" -ex 'echo ==tasks==\n' -ex 'ac tasks' -ex 'echo ==end==\n' \
    "$work/k" "$work/core" >"$work/core.out" 2>"$work/core.err" </dev/null
  sed -n '/^==tasks==$/,/^==end==$/p' "$work/core.out" | sed '1d;$d' | mask >"$work/got.core"
  if ! diff -u "$work/want" "$work/got.core"; then
    echo "FAIL: ac tasks (core) differs from ac_dump_tasks"; cat "$work/core.err"; fail=1
  fi
else
  echo "note: no core file (sanitizer build, or gcore failed): the core case was not run"
fi
[ $fail = 0 ] && echo "ok: ac tasks, ac bt, ac locals (live and core)"
exit $fail
