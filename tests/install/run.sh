#!/usr/bin/env bash
# tests/install/run.sh BUILD_DIR: `cmake --install` into a scratch prefix (one the
# loader does not search), then what a user of that prefix does:
#   - the installed files: ac.h and ac/internal.h (ac.h alone compiles), the
#     tree-sitter grammar folder with its queries, the gdb commands;
#   - the installed acc runs a sample with the installed header and library;
#   - README's Makefile example (the block after <!-- makefile-example -->)
#     builds a program that runs with no LD_LIBRARY_PATH (its rpath), while
#     the same link without the rpath cannot start: the README's warning holds;
#   - the static route (libac.a + pkg-config --static libuv) gives a program
#     with no run-time dependency on the prefix;
#   - share/ac/gdb/ac.gdb's ac-stack prints the .ac stack, and
#     share/ac/gdb/ac-gdb.py's ac bt / ac tasks / ac locals work (when gdb is
#     there).
# Prints a line per check and "N passed, M failed".
set -u
build=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(mktemp -d "${TMPDIR:-/tmp}/ac-install-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; [ -s "$prefix/log" ] && sed 's/^/    /' "$prefix/log" | head -30; }
check() { # check NAME CMD...
  local name=$1; shift
  if "$@" >"$prefix/log" 2>&1; then ok "$name"; else bad "$name"; fi
}
cc=${CC:-cc}
cflags=${CFLAGS:-}
ldflags=${LDFLAGS:-}

echo "== cmake --install into $prefix"
if ! cmake --install "$build" --prefix "$prefix/usr" >"$prefix/log" 2>&1; then
  bad "cmake --install"; echo "$pass passed, $fail failed"; exit 1
fi
p=$prefix/usr
lib=$p/lib
export PKG_CONFIG_PATH=$lib/pkgconfig

echo "== the installed files"
check "bin/acc, include/ac.h, include/ac/internal.h, libac" test -x "$p/bin/acc" -a -f "$p/include/ac.h" -a -f "$p/include/ac/internal.h" -a -f "$lib/libac.a" -a -e "$lib/libac.so"
check "the installed ac.h compiles alone (-std=c11 -Wpedantic)" bash -c "printf '#include <ac.h>\nint main(void) { return ac_done(0); }\n' > '$prefix/h.c' && $cc -std=c11 -Wpedantic -Wall -Wextra -Werror -fsyntax-only -I'$p/include' '$prefix/h.c'"
check "ac/internal.h refuses to be included alone" bash -c "printf '#include <ac/internal.h>\n' > '$prefix/i.c' && ! $cc -fsyntax-only -I'$p/include' '$prefix/i.c'"
g=$p/share/ac/tree-sitter-ac
check "share/ac/tree-sitter-ac: parser, the three queries as in the repository, tree-sitter.json" bash -c "test -f '$g/src/parser.c' -a -f '$g/src/tree_sitter/parser.h' -a -f '$g/tree-sitter.json' && for q in highlights locals tags; do cmp '$g/queries/'\$q.scm '$root/translator/grammar/queries/'\$q.scm || exit 1; done"
check "share/ac/gdb/ac.gdb defines ac-stack, ac-locals, ac-task" bash -c "for c in ac-stack ac-locals ac-task; do grep -q \"^define \$c\" '$p/share/ac/gdb/ac.gdb' || exit 1; done"

echo "== the installed acc"
check "acc run: samples/hello.ac" bash -c "'$p/bin/acc' run '$root/samples/hello.ac' | diff - '$root/samples/hello.out'"

echo "== README's Makefile example, from a prefix the loader does not search"
proj=$prefix/proj
mkdir -p "$proj"
cp "$root/samples/hello.ac" "$proj/"
# the block after the marker, up to the closing fence
awk '/<!-- makefile-example -->/ { on = 1; next } on && /^```make/ { next } on && /^```/ { exit } on' \
  "$root/README.md" > "$proj/Makefile"
check "the README has the Makefile example" grep -q 'rpath' "$proj/Makefile"
check "make builds it" env CC="$cc" CFLAGS="$cflags" LDFLAGS="$ldflags" make -C "$proj"
check "the program runs with no LD_LIBRARY_PATH (rpath)" bash -c "env -u LD_LIBRARY_PATH '$proj/app' | diff - '$root/samples/hello.out'"
check "it uses the prefix's libac.so" bash -c "env -u LD_LIBRARY_PATH ldd '$proj/app' | grep -q '$lib/libac.so'"
check "without the rpath the same link cannot start (what the README warns about)" bash -c "$cc $ldflags '$proj/hello.o' \$(pkg-config --libs ac) -o '$prefix/norpath' && ! env -u LD_LIBRARY_PATH '$prefix/norpath' 2>'$prefix/err' && grep -q 'libac.so' '$prefix/err'"
check "the static route: no run-time dependency on the prefix" bash -c "$cc $ldflags '$proj/hello.o' \$(pkg-config --variable=libdir ac)/libac.a \$(pkg-config --libs --static libuv) -o '$prefix/static' && ! ldd '$prefix/static' | grep -q libac && env -u LD_LIBRARY_PATH '$prefix/static' | diff - '$root/samples/hello.out'"

if command -v gdb >/dev/null 2>&1; then
  echo "== gdb with share/ac/gdb/ac.gdb"
  cat > "$prefix/g.ac" <<'AC'
#include <stdio.h>
#include <ac.h>

async int inner(int x) {
    int y = x * 2;
    await ac_sleep(0);
    printf("%d\n", y);
    return y;
}

async int main(void) {
    int r = await inner(21);
    return r == 42 ? 0 : 1;
}
AC
  check "ac-stack shows the .ac frames, ac-locals the locals" bash -c "cd '$prefix' && '$p/bin/acc' g.ac -o g.c && $cc -g -O0 $cflags -I'$p/include' g.c -o g '$lib/libac.a' $ldflags \$(pkg-config --libs --static libuv) && gdb -batch -ex 'source $p/share/ac/gdb/ac.gdb' -ex 'break g.ac:7' -ex run -ex ac-stack -ex ac-locals ./g > gdb.out 2>&1; grep -q 'File \"g.ac\", line 12, in main' gdb.out && grep -q 'File \"g.ac\", line 6, in inner' gdb.out && grep -q 'x = 21, y = 42' gdb.out"
  check "share/ac/gdb/ac-gdb.py: ac bt gives the .ac frames of the running task, ac tasks the tree, ac locals the locals" bash -c "cd '$prefix' && gdb -batch -ex 'source $p/share/ac/gdb/ac-gdb.py' -ex 'break g.ac:7' -ex run -ex 'ac bt' -ex 'ac tasks' -ex 'ac locals' ./g > gdb2.out 2>&1; grep -q 'File \"g.ac\", line 12, in main' gdb2.out && grep -q 'File \"g.ac\", line 7, in inner' gdb2.out && grep -q '^1 pending task' gdb2.out && grep -q '^  y = 42' gdb2.out"
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
