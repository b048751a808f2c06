#!/usr/bin/env bash
# tests/buildsys/reproducible.sh ACC: the same input gives the same bytes on any
# machine. Two copies of tests/buildsys/project at different absolute paths (of
# different lengths), the same relative invocations in each, from different
# environments (time zone, locale, umask): every output (.c, .h, depfiles) must
# be byte-identical, and none may contain the absolute path of its tree.
# Prints "N passed, M failed".
set -u
acc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-repro-XXXXXX")
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; }

a=$work/a b=$work/second/copy/of/the/tree
mkdir -p "$a" "$b"
for t in "$a" "$b"; do
  cp -r "$here/project" "$t/proj"
  mkdir -p "$t/proj/inc" "$t/proj/out"
  mv "$t/proj/x.ah" "$t/proj/inc/x.ah"   # found through -I this time
done

translate() { # translate TREE: the same relative invocations, from TREE
  cd "$1" || return 1
  "$acc" -I proj/inc -MD -MF proj/out/y.d proj/y.ac -o proj/out/y.c &&
  "$acc" -MD proj/x.ac -o proj/out/x.c &&
  "$acc" -I inc -MD proj/inc/x.ah -o proj/out/x.h &&
  "$acc" --no-line -I proj/inc proj/y.ac -o proj/out/y-noline.c &&
  (cd proj && "$acc" -Iinc -MD y.ac) # default names: y.c, y.ac.d
}

if (umask 022; TZ=UTC LC_ALL=C translate "$a") && (umask 077; TZ=Asia/Tokyo LC_ALL=C.UTF-8 LANG=fr_FR.UTF-8 translate "$b")
then ok "translations in both trees"; else bad "translations in both trees"; fi

n=0
for f in out/y.c out/y.d out/x.c out/x.c.d out/x.h out/x.h.d out/y-noline.c y.c y.ac.d; do
  n=$((n + 1))
  if ! cmp "$a/proj/$f" "$b/proj/$f"; then bad "proj/$f differs between the trees"; fi
  if grep -q -e "$work" "$a/proj/$f" "$b/proj/$f"; then bad "proj/$f names an absolute path"; fi
done
[ "$fail" = 0 ] && ok "$n outputs byte-identical between the two trees, no absolute paths in them"

# #line directives use the paths as given (relative here), both ways.
if grep -q '^#line [0-9]* "proj/y.ac"' "$a/proj/out/y.c" && grep -q '^#line [0-9]* "proj/out/y.c"' "$a/proj/out/y.c"
then ok "#line names proj/y.ac and proj/out/y.c as given"; else bad "#line names the paths as given"; fi
if grep -q '^proj/out/y.c: proj/y.ac' "$a/proj/out/y.d" && grep -q 'proj/inc/x.ah' "$a/proj/out/y.d"
then ok "the depfile names the paths as given"; else bad "the depfile names the paths as given"; fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
