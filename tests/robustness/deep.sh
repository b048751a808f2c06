#!/usr/bin/env bash
# tests/robustness/deep.sh ACC [CC LIBAC]: acc on deep and large inputs (made by
# bench/acc_speed_gen.py) finishes within a time bound with either its output
# or the located nesting diagnostic, never a crash, and its output and
# diagnostics stay in proportion to its input. Run under the ASan build too
# (the limit is chosen to keep every recursive pass inside an 8 MB stack there).
# The reproducers kept in tests/fuzz/regressions give a result, never a crash.
# With CC and LIBAC, a program of 100 nested range loops is compiled and run.
# Prints "N passed, M failed".
#
#   ACC_TIME_LIMIT  seconds per run (default 60: the inputs take one or two
#                   seconds of CPU at most; a loaded machine or ASan needs more)
set -u
acc=$1 cc=${2:-} libac=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
gen="$here/../../bench/acc_speed_gen.py"
limit=${ACC_TIME_LIMIT:-60}
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-deep-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
bad() { fail=$((fail + 1)); echo "FAIL: $1"; [ -s err ] && head -c 2000 err | sed 's/^/    /'; }

# run SHAPE SIZE WANT: WANT is "output" (exit 0, an output file) or "deep"
# (exit 1, the nesting diagnostic located at file:line:col, no output file)
run() {
  local shape=$1 size=$2 want=$3 name="$1:$2"
  python3 "$gen" "$shape" in.ac "$size"
  rm -f out.c
  timeout "$limit" "$acc" in.ac -o out.c >/dev/null 2>err
  local rc=$? inb outb errb
  inb=$(stat -c %s in.ac)
  errb=$(stat -c %s err)
  outb=0
  [ -f out.c ] && outb=$(stat -c %s out.c)
  if [ "$rc" = 124 ]; then bad "$name: no result in ${limit}s"; return; fi
  if [ "$rc" -gt 1 ] || grep -q -e 'Sanitizer' -e 'runtime error' err; then bad "$name: crashed (status $rc)"; return; fi
  if [ "$want" = output ]; then
    if [ "$rc" != 0 ] || [ "$outb" = 0 ]; then bad "$name: expected an output, got status $rc"; return; fi
    if [ "$outb" -gt $((inb * 100 + 1000000)) ]; then bad "$name: output of $outb bytes for $inb"; return; fi
  else
    if [ "$rc" != 1 ] || [ -f out.c ]; then bad "$name: expected the nesting error, got status $rc"; return; fi
    if ! grep -Eq '^in\.ac:[0-9]+:[0-9]+: error: nesting too deep \(limit [0-9]+ levels\) at this ' err; then
      bad "$name: no located nesting diagnostic"; return
    fi
    if [ "$errb" -gt 10000 ]; then bad "$name: $errb bytes of diagnostics"; return; fi
  fi
  ok "$name ($want, ${inb} bytes in)"
}

# far past the limit: the diagnostic (these crashed acc, or took minutes)
run blocks 20000 deep
run plain_blocks 20000 deep
run parens 30000 deep
run async_parens 30000 deep
run awaits 20000 deep
run ifs 5000 deep
run plain_ifs 5000 deep
# just under the limit: translated (the deepest recursion acc allows)
run blocks 990 output
run plain_blocks 990 output
run parens 990 output
run async_parens 990 output
run ifs 990 output
run awaits 990 output
# long and wide: translated, in proportion (were quadratic: 7 s for the chain)
run chain 20000 output
run chain_forward 20000 output
run long_line 1048576 output
run realistic 1048576 output
run ranges 100 output

# a line of 58 KB full of errors: 50 shown, each as an excerpt of the line
python3 "$gen" error_line in.ac 59392
timeout "$limit" "$acc" in.ac -o out.c >/dev/null 2>err
rc=$?
if [ "$rc" = 1 ] && [ "$(grep -c ': error: ' err)" = 50 ] && grep -q 'too many errors' err && [ "$(stat -c %s err)" -lt 50000 ]; then
  ok "error_line: 50 errors, $(stat -c %s err) bytes"
else
  bad "error_line: status $rc, $(stat -c %s err) bytes of diagnostics"
fi

# the kept fuzz and mutation reproducers (tests/fuzz/regressions): a result, no crash
for f in "$here"/../fuzz/regressions/*; do
  [ -e "$f" ] || continue
  cp "$f" in.ac
  rm -f out.c
  timeout "$limit" "$acc" in.ac -o out.c >/dev/null 2>err
  rc=$?
  if [ "$rc" -le 1 ] && ! grep -q -e 'Sanitizer' -e 'runtime error' err; then ok "reproducer $(basename "$f")"
  else bad "reproducer $(basename "$f"): status $rc"; fi
done

# more than 64 nested range loops (a fixed array once): translated, compiled, run
if [ -n "$cc" ] && [ -n "$libac" ]; then
  python3 "$gen" ranges ranges.ac 100
  if "$acc" ranges.ac -o ranges.c 2>err &&
     $cc -O0 ${CFLAGS:-} -w -I"$here/../../runtime/include" ranges.c -o ranges "$libac" ${LDFLAGS:-} -luv 2>err &&
     [ "$(./ranges 2>err)" = 1 ]; then
    ok "100 nested range loops run"
  else
    bad "100 nested range loops"
  fi
fi
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
