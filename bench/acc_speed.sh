#!/usr/bin/env bash
# bench/acc_speed.sh [ACC]: acc's own speed, on realistic inputs of 1, 2 and
# 4 MB (MB/s) and on the pathological shapes (deep nesting, long await chains,
# many functions, a 1 MB line, a line full of errors): seconds, exit status,
# output and diagnostics size. Inputs come from bench/acc_speed_gen.py.
#
#   ACC           default build/translator/acc
#   TIMEOUT=s     per run (default 60)
#   SHAPES="..."  "shape[:size] ..." to run instead of the default list
set -u
here=$(cd "$(dirname "$0")" && pwd)
acc=${1:-build/translator/acc}
limit=${TIMEOUT:-60}
work=$(mktemp -d "${TMPDIR:-/tmp}/acc-speed-XXXXXX")
trap 'rm -rf "$work"' EXIT
shapes=${SHAPES:-"realistic:1048576 realistic:2097152 realistic:4194304 blocks:20000 plain_blocks:20000
  parens:30000 async_parens:30000 awaits:20000 ifs:5000 plain_ifs:5000 chain:20000 long_line:1048576
  error_line:59392 ranges:100 blocks:250 ifs:250 awaits:2000"}
printf '%-22s %9s %8s %6s %9s %10s %10s\n' shape input_kB seconds exit MB/s output_kB stderr_kB
for spec in $shapes; do
  shape=${spec%%:*} size=${spec#*:}
  [ "$size" = "$spec" ] && size=
  in="$work/$shape.ac"
  python3 "$here/acc_speed_gen.py" "$shape" "$in" $size
  start=$(date +%s.%N)
  timeout "$limit" "$acc" "$in" -o "$work/out.c" 2>"$work/err" >/dev/null
  rc=$?
  end=$(date +%s.%N)
  bytes=$(stat -c %s "$in")
  outb=0
  [ -f "$work/out.c" ] && outb=$(stat -c %s "$work/out.c")
  errb=$(stat -c %s "$work/err")
  awk -v s="$shape:$size" -v b="$bytes" -v t0="$start" -v t1="$end" -v rc="$rc" -v o="$outb" -v e="$errb" \
    'BEGIN { t = t1 - t0; printf "%-22s %9.0f %8.3f %6s %9.2f %10.0f %10.0f\n", s, b / 1024, t, rc, b / 1048576 / t, o / 1024, e / 1024 }'
  rm -f "$work/out.c"
done
