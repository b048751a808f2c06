#!/usr/bin/env bash
# run.sh ACC LIBAC FIRST LAST: expression differential test for seeds FIRST..LAST.
# Each program is translated by ACC, compiled by gcc and clang at -Wall -Wextra
# -Werror (minus the warnings random expressions provoke in plain C too), run,
# and compared with its plain-C twin compiled by gcc. Only counts and sums of
# the calls are printed, so C's unspecified orders cannot make a difference;
# && || ?: , and unevaluated operands decide which calls happen.
# Prints one line per failing seed and a summary; exit 1 on any failure.
set -u
acc=$(realpath "$1") libac=$(realpath "$2") first=$3 last=$4
here=$(cd "$(dirname "$0")" && pwd)
inc=$here/../../runtime/include
quiet="-Wno-unused-value -Wno-int-in-bool-context -Wno-unknown-warning-option -Wno-constant-logical-operand
 -Wno-tautological-compare -Wno-pointer-bool-conversion -Wno-parentheses -Wno-logical-not-parentheses -Wno-self-assign"
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-exprfuzz-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
ok=0 skipped=0 failed=0
for seed in $(seq "$first" "$last"); do
  python3 "$here/gen.py" "$seed" > p.ac
  sed -e 's/\basync //g; s/\bawait //g; s/if (x \& 1) ac_sleep(0); //' -e 's/^#include <ac.h>//' p.ac > twin.c
  # shellcheck disable=SC2086
  if ! gcc -Wall -Wextra -Werror $quiet twin.c -o twin 2>/dev/null || ! clang -Wall -Wextra -Werror $quiet twin.c -o twin2 2>/dev/null; then
    skipped=$((skipped + 1)); continue   # the random program warns as plain C
  fi
  ./twin > want.txt
  bad=
  if ! "$acc" p.ac -o p.c 2>acc.err; then bad="acc failed"; fi
  for cc in gcc clang; do
    [ -n "$bad" ] && break
    # shellcheck disable=SC2086
    if ! $cc -Wall -Wextra -Werror $quiet -I"$inc" p.c -o p.$cc "$libac" ${AC_UV_LIBS:--luv} 2>cc.err; then bad="$cc failed"; break; fi
    ./p.$cc > got.txt 2>/dev/null
    cmp -s want.txt got.txt || bad="$cc output differs"
  done
  if [ -n "$bad" ]; then echo "seed $seed: $bad"; failed=$((failed + 1)); cp p.ac "$here/failed-$seed.ac" 2>/dev/null; else ok=$((ok + 1)); fi
done
echo "expr_fuzz: $ok compared, $skipped skipped (twin warns), $failed failed"
[ "$failed" = 0 ]
