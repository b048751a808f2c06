#!/usr/bin/env bash
# run_cc_diagnostic.sh: mistakes that acc leaves to the C compiler (argument
# types of awaited calls, awaits of what acc cannot type) must reach the user
# in the program's terms. acc translates case.ac; the C compiler compiles the
# output (-c, -Wall -Wextra); its diagnostics must be exactly the expected
# ones, each once, at the expected .ac line, and none (notes included) may
# name generated code.
#
#   run_cc_diagnostic.sh ACC CC RUNTIME_INCLUDE_DIR case.ac
#
# Expectations are comment lines of case.ac, for compiler gcc or clang (CC's
# family, from its --version):
#   //! gcc 7 passing argument 2 of 'add'
#   //! clang 7 incompatible pointer types passing 'double \*'
# (an extended regular expression matched against the message after
# "case.ac:7:COL: error: " or "warning: "). No expectation for a compiler: it
# must compile the case without any diagnostic.
set -u
export LC_ALL=C # plain quotes in gcc's messages
acc=$1 cc=$2 inc=$3 src=$4
dir=$(cd "$(dirname "$src")" && pwd)
name=$(basename "$src")
# the compiler's family, whatever its file is called (cc, gcc-12, clang-14)
if "$cc" --version 2>/dev/null | grep -qi clang; then ccname=clang; else ccname=gcc; fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-ccdiag-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL ($ccname): $src: $*"; exit 1; }

# the .ah headers the case includes become .h files in the work directory
for ah in $(sed -n 's/^#include "\(.*\.ah\)".*/\1/p' "$src"); do
  "$acc" "$dir/$ah" -o "$work/${ah%.ah}.h" || fail "acc failed on $ah"
done
(cd "$dir" && "$acc" "$name" -o "$work/out.c") 2>"$work/acc.err" || { cat "$work/acc.err"; fail "acc failed"; }
[ -s "$work/acc.err" ] && { cat "$work/acc.err"; fail "acc printed diagnostics"; }
# unoptimised and optimised: gcc folds some expressions before it reports
for opt in -O0 -O2; do
  "$cc" -c $opt -Wall -Wextra -I"$work" -I"$dir" -I"$inc" "$work/out.c" -o "$work/out.o" 2>"$work/cc.err"

  # the diagnostics: file:line:col: kind: message (notes are checked for names)
  grep -E '^[^ ]+:[0-9]+:[0-9]+: (error|warning|note): ' "$work/cc.err" >"$work/all" || true
  grep -vE ': note: ' "$work/all" >"$work/diags" || true
  if grep -E '[A-Za-z0-9]__[A-Za-z]|\bac__' "$work/all" >"$work/generated"; [ -s "$work/generated" ]; then
    cat "$work/cc.err"; fail "$opt: a message names generated code: $(head -1 "$work/generated")"
  fi
  expected=0
  while IFS= read -r line; do
    set -- $line
    [ "$2" = "$ccname" ] || continue
    at=$3
    shift 3
    re="$*"
    expected=$((expected + 1))
    n=$(grep -cE "^$name:$at:[0-9]+: (error|warning): .*$re" "$work/diags")
    [ "$n" = 1 ] || { cat "$work/cc.err"; fail "$opt: expected one message at line $at matching /$re/, found $n"; }
  done < <(grep -E '^//! ' "$src")
  have=$(wc -l <"$work/diags")
  [ "$have" = "$expected" ] || { cat "$work/cc.err"; fail "$opt: $have diagnostics, expected $expected"; }
done
echo "ok ($ccname): $src"
