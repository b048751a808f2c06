#!/usr/bin/env bash
# tests/buildsys/run.sh MODE BUILD_DIR [GENERATOR]: builds tests/buildsys/project
# (x.ac defines an async function, x.ah declares it, y.ac awaits it and prints a
# macro of x.ah) in a scratch copy, the way a user of Async C would:
#
#   package   cmake --install BUILD_DIR into a scratch prefix, then the project's
#             CMakeLists.txt uses find_package(ac CONFIG) + ac_target_sources
#   subdir    the project's CMakeLists.txt uses add_subdirectory(<this source tree>)
#   make      cmake --install BUILD_DIR, then the project's Makefile (pattern rule
#             %.c: %.ac with acc -MD, pkg-config with PKG_CONFIG_PATH at the prefix)
#
# GENERATOR (CMake modes): "Unix Makefiles" (default) or Ninja.
# Each mode: build, run, compare with expected.out; build again (nothing to
# do); edit x.ah (the macro y.ac prints), rebuild: y.ac is translated again and
# the output changes, x.ac (which does not include x.ah) is neither translated
# nor compiled again. CC, CFLAGS and LDFLAGS from the environment are passed to
# the nested builds (the sanitized test suite passes -fsanitize there).
# Prints "N passed, M failed".
set -u
mode=$1 build=$(cd "$2" && pwd) gen=${3:-Unix Makefiles}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-buildsys-XXXXXX")
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; [ -f "$work/log" ] && sed 's/^/    /' "$work/log" | tail -40; }
finish() { echo "$pass passed, $fail failed"; [ "$fail" = 0 ]; exit; }
mtime() { stat -c %Y.%y "$1" 2>/dev/null; }

src=$work/src bld=$work/build prefix=$work/prefix
cp -r "$here/project" "$src"
export CC=${CC:-cc}

if [ "$mode" != subdir ]; then
  if cmake --install "$build" --prefix "$prefix" >"$work/log" 2>&1; then ok "cmake --install into a scratch prefix"
  else bad "cmake --install"; finish; fi
fi

case $mode in
  package|subdir)
    if [ "$mode" = package ]; then how=(-DCMAKE_PREFIX_PATH="$prefix")
    else how=(-DAC_SOURCE_DIR="$root"); fi
    build_it() { cmake --build "$bld" -j2 >"$work/log" 2>&1; }
    run_it() { "$bld/demo"; }
    xc=$bld/ac/x.c yc=$bld/ac/y.c xo=$bld/CMakeFiles/demo.dir/ac/x.c.o
    if cmake -S "$src" -B "$bld" -G "$gen" "${how[@]}" -DCMAKE_BUILD_TYPE=Debug >"$work/log" 2>&1
    then ok "configure ($mode, $gen)"; else bad "configure ($mode, $gen)"; finish; fi
    ;;
  make)
    export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
    if [ "$(pkg-config --variable=acc ac)" = "$prefix/bin/acc" ] &&
       pkg-config --cflags ac | grep -q -- "-I$prefix/include" &&
       pkg-config --libs ac | grep -q -- "-L$prefix/lib -lac"
    then ok "pkg-config ac: acc, --cflags, --libs"; else bad "pkg-config ac"; finish; fi
    build_it() { make -C "$src" >"$work/log" 2>&1; }
    run_it() { LD_LIBRARY_PATH=$prefix/lib "$src/demo"; }
    xc=$src/x.c yc=$src/y.c xo=$src/x.o
    ;;
  *) echo "usage: $0 package|subdir|make BUILD_DIR [GENERATOR]" >&2; exit 2 ;;
esac

if build_it; then ok "first build"; else bad "first build"; finish; fi
if diff <(run_it 2>&1) "$src/expected.out" >"$work/log"; then ok "the program prints expected.out"
else bad "the program's output"; fi

build_it
if grep -Eq 'translating|Building C|Linking|acc -MD| -c | -o demo' "$work/log"
then bad "a second build does nothing"; else ok "a second build does nothing"; fi

before_xc=$(mtime "$xc") before_xo=$(mtime "$xo") before_yc=$(mtime "$yc")
sleep 1.1   # a newer timestamp, whatever the file system's resolution
sed -i 's/#define GREETING "hello"/#define GREETING "hello again"/' "$src/x.ah"
if build_it; then ok "build after editing x.ah"; else bad "build after editing x.ah"; finish; fi
cp "$work/log" "$work/rebuild.log"
if [ "$(run_it 2>&1)" = "hello again 42" ]; then ok "the edit of x.ah shows in the output"
else bad "the edit of x.ah shows in the output (got: $(run_it 2>&1))"; fi
if [ "$(mtime "$yc")" != "$before_yc" ] &&
   grep -Eq 'translating y\.ac|acc -MD y\.ac' "$work/rebuild.log"
then ok "y.ac (includes x.ah) is translated again"
else bad "y.ac (includes x.ah) is translated again"; fi
if [ "$(mtime "$xc")" = "$before_xc" ] && [ "$(mtime "$xo")" = "$before_xo" ] &&
   ! grep -Eq 'translating x\.ac|acc -MD x\.ac|x\.c\.o|-o x\.o' "$work/rebuild.log"
then ok "x.ac (does not include x.ah) is neither translated nor compiled again"
else cp "$work/rebuild.log" "$work/log"; bad "x.ac (does not include x.ah) is neither translated nor compiled again"; fi

# Touching the .ac that does not include the header rebuilds only it.
before_yc=$(mtime "$yc")
sleep 1.1
touch "$src/x.ac"
build_it
if grep -Eq 'translating x\.ac|acc -MD x\.ac' "$work/log" && [ "$(mtime "$yc")" = "$before_yc" ]
then ok "touching x.ac translates x.ac only"; else bad "touching x.ac translates x.ac only"; fi

finish
