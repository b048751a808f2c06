#!/usr/bin/env bash
# tests/install/run.sh BUILD_DIR: `cmake --install` into a scratch prefix, then
# the installed acc runs a sample with the installed header and library.
set -eu
build=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=$(mktemp -d "${TMPDIR:-/tmp}/ac-install-XXXXXX")
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/acc"
test -f "$prefix/include/ac.h"
out=$("$prefix/bin/acc" run "$root/samples/hello.ac")
diff <(echo "$out") "$root/samples/hello.out"
echo "1 passed, 0 failed"
