#!/usr/bin/env bash
# Regenerate the Async C parser (src/parser.c, src/grammar.json,
# src/node-types.json, src/tree_sitter/*.h) from grammar.js.
#
#   translator/grammar/regenerate.sh
#
# Needs node + npm (tree-sitter-c is an npm dev dependency, installed without
# running its build scripts) and the tree-sitter CLI 0.22 (ABI 14). The CLI
# defaults to shared/tools/tree-sitter next to the repository; set
# TREE_SITTER=/path/to/tree-sitter to use another one.
# The generated src/ is committed, so building the translator needs none of
# this: run it only after editing grammar.js.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [ ! -d node_modules/tree-sitter-c ]; then
  npm install --ignore-scripts --no-audit --no-fund
fi

TREE_SITTER="${TREE_SITTER:-../../../shared/tools/tree-sitter}"
# --no-bindings: only src/ is wanted (no Cargo.toml, binding.gyp, bindings/).
# --abi 14: the Debian runtime we link against (libtree-sitter 0.20) reads ABI 13-14.
"$TREE_SITTER" generate --no-bindings --abi 14

grep -q '^#define LANGUAGE_VERSION 14$' src/parser.c || {
  echo "regenerate.sh: src/parser.c is not ABI 14" >&2
  exit 1
}
echo "regenerate.sh: src/ regenerated"
