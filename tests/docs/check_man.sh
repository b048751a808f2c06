#!/usr/bin/env bash
# tests/docs/check_man.sh ACC BUILD_DIR ROOT: the man pages. Every option that
# `acc --help` lists has an entry in acc(1) (so a new option fails here until it is
# documented); every function and function-like macro of ac.h is listed in libac(3);
# both pages format without warnings (when groff is installed); and `cmake --install`
# puts them in share/man/man1 and man3.
set -u
acc=$1 build=$2 root=$3
man1=$root/docs/man/acc.1 man3=$root/docs/man/libac.3
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# Options of --help: the first word of each indented line that starts with '-'
# ("  -o FILE", "  -fmax-errors=N"), and the other spellings after ", " on it
# ("  -h, --help"), except those that are the first with its argument glued on
# ("-oFILE"); each cut before ' ', '=' or ','.
help=$("$acc" --help) || fail "acc --help exits with status $?"
opts=$(printf '%s\n' "$help" | awk '/^  -/ {
    n = split(substr($0, 3), part, ", ")
    for (i = 1; i <= n; i++) {
      if (part[i] !~ /^-/) break
      w = part[i]; sub(/[ =].*$/, "", w)
      if (i == 1) first = w
      else if (index(w, first) == 1 && w != first) continue
      print w
    }
  }' | sort -u)
[ -n "$opts" ] || fail "no options found in acc --help"
# The page's option entries: the first line after each .TP, '\-' read as '-'.
entries=$(awk 'tp { print; tp = 0 } /^\.TP/ { tp = 1 }' "$man1" | sed 's/\\-/-/g')
for o in $opts; do
  printf '%s\n' "$entries" | grep -qE -- "(^|[ \"])${o}([ =\"]|$)" ||
    fail "acc --help lists '$o', which has no .TP entry in docs/man/acc.1"
done
echo "acc(1): $(echo "$opts" | wc -l) options of --help checked"

# libac(3)'s lists by area: every ac_NAME( of ac.h (comments left out), as .BR NAME
missing=$(python3 - "$root/runtime/include/ac.h" "$man3" <<'PY'
import re, sys
code = re.sub(r"/\*.*?\*/|//[^\n]*", " ", open(sys.argv[1]).read(), flags=re.S)
names = {n for n in re.findall(r"\b(ac_[a-z0-9_]+)\s*\(", code) if "__" not in n}
page = open(sys.argv[2]).read()
print(" ".join(sorted(n for n in names if not re.search(r'^\.B[RI]?\s+"?' + n + r"\b", page, re.M))))
PY
) || fail "the libac(3) name check could not run"
if [ -n "$missing" ]; then
  fail "ac.h names missing from docs/man/libac.3: $missing"
else
  echo "libac(3): every function of ac.h listed"
fi

if command -v groff >/dev/null 2>&1; then
  for page in "$man1" "$man3"; do
    out=$(groff -man -ww -z "$page" 2>&1)
    [ -z "$out" ] || fail "groff warns about $(basename "$page"): $out"
  done
  echo "groff: both pages format without warnings"
else
  echo "skipped: groff is not installed (formatting check)"
fi

prefix=$(mktemp -d "${TMPDIR:-/tmp}/ac-man-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null || fail "cmake --install"
for page in share/man/man1/acc.1 share/man/man3/libac.3; do
  cmp -s "$prefix/$page" "$root/docs/man/$(basename "$page")" || fail "$page is not installed"
done
[ $failed = 0 ] && echo "installed: share/man/man1/acc.1, share/man/man3/libac.3"
exit $failed
