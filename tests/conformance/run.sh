#!/usr/bin/env bash
# run.sh: one C conformance program against its plain-C twin.
#
#   run.sh ACC CC LIBAC NAME.ac plain|asan
#
# NAME.ac is translated by acc and compiled; the same file is also compiled as
# plain C with -include twin.h (async and await removed). Both are compiled
# with -std=c11 -Wpedantic -Wall -Wextra -Werror (and, for "asan", with
# AddressSanitizer + UndefinedBehaviorSanitizer, run with
# detect_stack_use_after_return=1), run, and must print the same lines and
# exit with status 0 (conform.h: every ASSERT held).
# AC_UV_LIBS (env): how to link libuv. AC_CONFORM_CFLAGS (env): more flags,
# e.g. -DAC_KNOWN_BUG_<finding> to turn on the cases of a fixed finding.
set -u
acc=$1 cc=$2 libac=$3 src=$4 mode=$5
here=$(cd "$(dirname "$0")" && pwd)
inc=$(cd "$here/../../runtime/include" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-conform-XXXXXX")
trap 'rm -rf "$work"' EXIT
name=$(basename "$src" .ac)
cd "$(dirname "$src")" || exit 2

cflags="-std=c11 -Wpedantic -Wall -Wextra -Werror -O1 -g -I$inc -I$here -I. ${AC_CONFORM_CFLAGS:-}"
run_env=()
if [ "$mode" = asan ]; then
  cflags="$cflags -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
  run_env=(env ASAN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=1:abort_on_error=0
           UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1)
fi

if ! "$acc" "$name.ac" -o "$work/$name.c" 2>"$work/acc.err"; then
  echo "FAIL: acc could not translate $src:"; cat "$work/acc.err"; exit 1
fi
# shellcheck disable=SC2086
if ! "$cc" $cflags "$work/$name.c" -o "$work/translated" "$libac" ${AC_UV_LIBS:--luv} -lm 2>"$work/cc.err"; then
  echo "FAIL: $cc ($mode) could not compile the translation of $src:"; cat "$work/cc.err"; exit 1
fi
# shellcheck disable=SC2086
if ! "$cc" $cflags -include "$here/twin.h" -x c "$name.ac" -x none -o "$work/twin" -lm 2>"$work/cc.err"; then
  echo "FAIL: $cc ($mode) could not compile the plain-C twin of $src:"; cat "$work/cc.err"; exit 1
fi

for prog in twin translated; do
  status=0
  timeout 60 "${run_env[@]}" "$work/$prog" >"$work/$prog.out" 2>"$work/$prog.err" </dev/null || status=$?
  if [ "$status" != 0 ] || [ -s "$work/$prog.err" ]; then
    echo "FAIL: the $prog of $src ($cc, $mode) exited with $status; failed checks and last lines:"
    grep '^FAIL' "$work/$prog.out" | head -20; tail -n 3 "$work/$prog.out"
    echo "--- stderr:"; head -c 6000 "$work/$prog.err"; exit 1
  fi
done
if ! diff -u "$work/twin.out" "$work/translated.out" >"$work/diff"; then
  echo "FAIL: $src ($cc, $mode): the translation prints something else than its twin:"
  cat "$work/diff"; exit 1
fi
echo "ok: $src ($cc, $mode): $(tail -n 1 "$work/translated.out")"
