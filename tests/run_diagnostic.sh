#!/usr/bin/env bash
# run_diagnostic.sh: acc on a bad input must print exactly the expected
# diagnostics, exit 1 when they include an error (0 for warnings only), and on
# error leave no output file behind.
#
#   run_diagnostic.sh ACC case.ac expected.err
set -u
acc=$1 src=$2 expected=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-diag-XXXXXX")
trap 'rm -rf "$work"' EXIT
name=$(basename "$src")
cp "$src" "$work/$name"
# the .ah headers the case includes sit next to it
for ah in $(sed -n 's/^#include "\(.*\.ah\)".*/\1/p' "$src"); do cp "$(dirname "$src")/$ah" "$work/$ah"; done
cd "$work" || exit 2
status=0
"$acc" "$name" -o out.c 2>stderr >stdout || status=$?
if ! diff -u "$expected" stderr; then echo "FAIL: diagnostics differ for $src"; exit 1; fi
want=0
grep -q ': error: ' "$expected" && want=1
if [ "$status" != "$want" ]; then echo "FAIL: exit status $status, expected $want"; exit 1; fi
if [ "$want" = 1 ] && ls -A | grep -v -e '\.ah$' | grep -qv -e "^$name\$" -e '^stderr$' -e '^stdout$'; then
  echo "FAIL: acc left files behind on error:"; ls -A; exit 1
fi
if [ "$want" = 0 ] && [ ! -s out.c ]; then echo "FAIL: no output for a warning-only input"; exit 1; fi
echo "ok: $src"
