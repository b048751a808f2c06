#!/usr/bin/env bash
# warnings.sh: acc's output adds no warnings to its plain-C twin's, with the
# extra warning flags strict projects use (finding 139).
#
#   warnings.sh ACC CC...
#
# For each tests/conformance/NAME.ac and each compiler: counts the warnings of
# each -W flag for the twin (-include twin.h) and for the translation; fails
# when the translation has more of any kind.
set -u
acc=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
inc=$(cd "$here/../../runtime/include" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-warnings-XXXXXX")
trap 'rm -rf "$work"' EXIT
W="-std=c11 -Wpedantic -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes
   -Wcast-qual -Wundef -Wredundant-decls -Wnested-externs -Wold-style-definition
   -Wmissing-declarations -Wwrite-strings -Wpointer-arith -Wcast-align -Wvla"
fail=0
counts() { grep -o '\[-W[^]=]*' "$1" | sort | uniq -c | awk '{print $2, $1}'; }
cd "$here" || exit 2
for src in *.ac; do
  name=${src%.ac}
  "$acc" "$src" -o "$work/$name.c" || { echo "FAIL: acc $src"; fail=1; continue; }
  for cc in "$@"; do
    # shellcheck disable=SC2086
    "$cc" $W -I"$inc" -I. -fsyntax-only -include twin.h -x c "$src" 2>"$work/twin.err"
    # shellcheck disable=SC2086
    "$cc" $W -I"$inc" -I. -fsyntax-only "$work/$name.c" 2>"$work/acc.err"
    counts "$work/twin.err" >"$work/twin.n"
    counts "$work/acc.err" >"$work/acc.n"
    extra=$(join -a 2 -e 0 -o 0,1.2,2.2 "$work/twin.n" "$work/acc.n" | awk '$3 > $2 {print $1 " twin " $2 ", translated " $3}')
    if [ -n "$extra" ]; then
      echo "FAIL: $src ($(basename "$cc")): warnings the twin does not have:"
      echo "$extra" | sed 's/^/  /'
      fail=1
    fi
  done
done
[ $fail = 0 ] && echo "ok: no warning of acc's own"
exit $fail
