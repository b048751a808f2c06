#!/usr/bin/env bash
# The translator's parser build gives the same trees as src/parser.c.
#
#   tests/grammar/same_tree.sh SAME_TREE ROOT [MORE_DIR...]
#
# Runs SAME_TREE (tests/grammar/same_tree.c) on every .ac, .ah, .c and .h
# file under ROOT and under each MORE_DIR that exists (build trees,
# node_modules and the generated parser.c left out: its 4.5 MB of tables take
# minutes to parse).
set -euo pipefail
same_tree="$1"
shift
for dir in "$@"; do
  [ -d "$dir" ] || continue
  find "$dir" \( -name 'build*' -o -name node_modules -o -name .git -o -path '*/grammar/src/parser.c' \) -prune -o \
    -type f \( -name '*.ac' -o -name '*.ah' -o -name '*.c' -o -name '*.h' \) -print
done | LC_ALL=C sort | "$same_tree" -
