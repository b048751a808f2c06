#!/usr/bin/env bash
# strict_header.sh: <ac.h> and acc's output under strict ISO C.
#
#   strict_header.sh ACC LIBAC CC...
#
# For each compiler, with -std=c11 and -std=c17 -Wpedantic -Wall -Wextra -Werror
# and no feature macro: a plain C file that includes only <ac.h> compiles, links
# and runs; strict/features.ac (the dialect's constructs) translated by acc
# compiles, links and runs; in GNU mode ac.h's copy of the error list matches
# the installed libuv's; and acc's output for every program of the suite
# (tests/translate, tests/io, samples, tests/conformance) is -Wpedantic-clean
# C11 (with -D_DEFAULT_SOURCE for the POSIX calls the programs make; programs
# that use GNU C extensions themselves are skipped). AC_UV_LIBS (env): how to
# link libuv; AC_CONFORM_CFLAGS (env): more flags (-fsanitize=... when libac
# is sanitized).
set -u
acc=$1 libac=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
inc=$(cd "$here/../../runtime/include" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-strict-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
# shellcheck disable=SC2086
libs="$libac ${AC_UV_LIBS:--luv}"

try() { # what, command...
  local what=$1; shift
  if ! "$@" >"$work/out" 2>&1; then
    echo "FAIL: $what:"; cat "$work/out"; fail=1
  else
    echo "ok: $what"
  fi
}

cd "$here/strict" || exit 2
if ! "$acc" features.ac -o "$work/features.c" 2>"$work/acc.err"; then
  echo "FAIL: acc could not translate strict/features.ac:"; cat "$work/acc.err"; exit 1
fi
for cc in "$@"; do
  ccname=$(basename "$cc")
  for std in c11 c17; do
    flags="-std=$std -Wpedantic -Wall -Wextra -Werror -I$inc ${AC_CONFORM_CFLAGS:-}"
    # shellcheck disable=SC2086
    try "$ccname -std=$std: a C file including only <ac.h>" \
      "$cc" $flags header_only.c -o "$work/header_only" $libs
    [ -x "$work/header_only" ] && try "$ccname -std=$std: it runs" "$work/header_only"
    # shellcheck disable=SC2086
    try "$ccname -std=$std: translated features.ac" \
      "$cc" $flags "$work/features.c" -o "$work/features" $libs
    [ -x "$work/features" ] && try "$ccname -std=$std: it runs" "$work/features"
    rm -f "$work/header_only" "$work/features"
  done
  # shellcheck disable=SC2086
  try "$ccname: AC_ERRNO_MAP is libuv's UV_ERRNO_MAP" \
    "$cc" -std=gnu11 -Wall -Wextra -Werror -I"$inc" -fsyntax-only errno_map.c
done
# acc's own constructs must be ISO C: no statement expressions, empty
# initialisers, zero-length arrays, __typeof__, labels at the end of a block...
root=$(cd "$here/../.." && pwd)
n=0
for src in "$root"/tests/translate/*.ac "$root"/tests/io/*.ac "$root"/samples/*.ac \
           "$root"/tests/conformance/*.ac; do
  [ -f "$src" ] || continue
  if grep -qE '\?:|__attribute__|typeof|\(\{|__extension__|\basm\b|__FUNCTION__|__PRETTY_FUNCTION__' "$src"; then
    continue   # the program itself is GNU C
  fi
  name=$(basename "$src" .ac)
  if ! (cd "$(dirname "$src")" && "$acc" "$name.ac" -o "$work/pedantic.c") 2>"$work/acc.err"; then
    continue   # translation errors are other tests' business
  fi
  for cc in "$@"; do
    if ! "$cc" -std=c11 -D_DEFAULT_SOURCE -Wpedantic -Wall -Wextra -Werror -fsyntax-only \
         -I"$inc" -I"$here" -I"$(dirname "$src")" "$work/pedantic.c" >"$work/out" 2>&1; then
      echo "FAIL: $(basename "$cc") -std=c11 -Wpedantic: acc's output for ${src#"$root"/}:"
      head -20 "$work/out"; fail=1
    fi
  done
  n=$((n + 1))
  [ $((n % 25)) = 0 ] && echo "... $n programs checked with -std=c11 -Wpedantic, ${SECONDS}s"   # progress
done
echo "ok: acc's output for $n programs checked with -std=c11 -Wpedantic"
exit $fail
