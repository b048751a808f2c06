#!/usr/bin/env bash
# run_py_twin.sh: an asyncio twin prints what its Async C program prints.
#
#   run_py_twin.sh PYTHON3 NAME.py NAME.out
#
# Runs from the twin's directory with a 60 s limit and compares its stdout
# with NAME.out (the file the .ac program's own test compares with).
set -u
py=$1 src=$2 expected=$3
cd "$(dirname "$src")" || exit 2
out=$(mktemp "${TMPDIR:-/tmp}/ac-twin-XXXXXX")
trap 'rm -f "$out"' EXIT
status=0
timeout 60 "$py" "$(basename "$src")" >"$out" </dev/null || status=$?
if ! diff -u "$expected" "$out"; then
  echo "FAIL: $src printed something else than $expected"; exit 1
fi
[ "$status" -eq 0 ] || { echo "FAIL: $src exited with $status"; exit 1; }
echo "ok: $src"
