#!/usr/bin/env bash
# Grammar tests for the Async C tree-sitter parser.
#
#   tests/grammar/run.sh [PARSE_CHECK]
#
# Builds tests/grammar/parse_check.c against the committed generated parser
# (translator/grammar/src/parser.c) and the system tree-sitter runtime
# (-ltree-sitter), unless the path of an already-built parse_check is given.
# Then:
#   - every .ac/.ah file under tests/ and samples/ of the repository, and under
#     ../shared/spec/examples when that exists, must parse with no ERROR or
#     MISSING node;
#   - except files that are meant to have syntax errors, which must FAIL to
#     parse (and, when X.expected exists next to X.ac, print exactly that,
#     run from the file's own directory). A file is meant to fail when it
#     contains the marker "parse-check: expect-error", or when it is a
#     translator diagnostics case whose expected output X.err (next to it)
#     reports a syntax error (": error: syntax error", "expected '...'",
#     "missing '...'");
#   - for tests/grammar/cases/X.ac, X.sexp must equal `parse_check --sexp X.ac`
#     and X.full.sexp must equal `parse_check --sexp-full X.ac`, whitespace
#     runs being equal to one space (so expected trees may be indented).
# Prints one line per failure and "N passed, M failed" at the end; exits 1 on
# any failure. CC and CFLAGS are honoured for the build.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
grammar_src="$root/translator/grammar/src"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); [ -n "${VERBOSE:-}" ] && echo "ok: $*"; return 0; }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# --- the parser itself -------------------------------------------------------
if grep -q '^#define LANGUAGE_VERSION 14$' "$grammar_src/parser.c"; then
  pass "parser.c is ABI 14"
else
  fail "translator/grammar/src/parser.c is not ABI 14 (LANGUAGE_VERSION)"
fi

if [ $# -ge 1 ]; then
  pc="$1"
  [ -x "$pc" ] || { echo "run.sh: $pc is not executable" >&2; exit 2; }
else
  pc="$tmp/parse_check"
  # shellcheck disable=SC2086
  if ! ${CC:-cc} -std=c11 ${CFLAGS:--O1} -I "$grammar_src" -o "$pc" \
      "$here/parse_check.c" "$grammar_src/parser.c" -ltree-sitter; then
    echo "run.sh: cannot build parse_check (is libtree-sitter-dev installed?)" >&2
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

norm() { tr -s ' \t\r\n' ' ' | sed -e 's/^ //' -e 's/ $//'; }

# --- every .ac/.ah file ------------------------------------------------------
roots=("$root/tests" "$root/samples")
[ -d "$root/../shared/spec/examples" ] && roots+=("$(cd "$root/../shared/spec/examples" && pwd)")

files="$tmp/files"
for r in "${roots[@]}"; do
  [ -d "$r" ] && find "$r" -type f \( -name '*.ac' -o -name '*.ah' \) -print0
done | sort -zu > "$files"

while IFS= read -r -d '' f; do
  rel="${f#"$root"/}"
  # known acc/grammar bugs, each named by its finding (tests/CMakeLists.txt, AC_CONFORM_PENDING)
  case "$rel" in tests/conformance/known/*) continue ;; esac
  # damaged inputs kept as regressions of the fuzz target and the robustness runs
  case "$rel" in tests/fuzz/*|tests/robustness/*) continue ;; esac
  # digraphs and pragma-only macros: acc respells them before tree-sitter reads
  # the file (translator/src/syntax.c, parser_view), this raw parse does not
  grep -q 'parse-check: parser-view' "$f" && continue
  expect_error=
  if grep -q 'parse-check: expect-error' "$f"; then
    expect_error=1
  elif [ -f "${f%.*}.err" ] &&
       grep -qE ": error: (syntax error|expected '|missing ')" "${f%.*}.err"; then
    expect_error=1
  fi
  if [ -n "$expect_error" ]; then
    out="$(cd "$(dirname "$f")" && "$pc" "$(basename "$f")")"
    rc=$?
    if [ $rc -ne 1 ]; then
      fail "$rel: expected syntax errors, parse_check exited $rc"
    elif ! grep -qE '^[^:]+:[0-9]+:[0-9]+: error: (syntax error near|missing) ' <<<"$out"; then
      fail "$rel: parse_check failed without a file:line:col: error: line"
    elif [ -f "${f%.*}.expected" ] && [ "$out" != "$(cat "${f%.*}.expected")" ]; then
      fail "$rel: errors differ from ${f%.*}.expected:"
      diff <(echo "$out") "${f%.*}.expected" | sed 's/^/    /'
    else
      pass "$rel (fails as expected)"
    fi
  else
    if out="$("$pc" "$f")"; then
      pass "$rel"
    else
      fail "$rel: syntax errors:"
      sed 's/^/    /' <<<"$out"
    fi
  fi
done < "$files"

# --- expected trees ----------------------------------------------------------
shopt -s nullglob
for exp in "$here"/cases/*.sexp; do
  case "$exp" in
    *.full.sexp) ac="${exp%.full.sexp}.ac"; mode=--sexp-full ;;
    *)           ac="${exp%.sexp}.ac";      mode=--sexp ;;
  esac
  rel="${exp#"$root"/}"
  if [ ! -f "$ac" ]; then
    fail "$rel: no matching .ac file"
    continue
  fi
  got="$("$pc" "$mode" "$ac" | norm)"
  want="$(norm < "$exp")"
  if [ "$got" = "$want" ]; then
    pass "$rel"
  else
    fail "$rel: tree differs (got, then expected):"
    echo "    $got"
    echo "    $want"
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
