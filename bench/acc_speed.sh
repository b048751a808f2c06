#!/usr/bin/env bash
# bench/acc_speed.sh [ACC]: acc's own speed, on realistic inputs of 1, 2 and
# 4 MB (MB/s) and on the pathological shapes (deep nesting, long await chains,
# many functions, a 1 MB line, a line full of errors): seconds, exit status,
# output and diagnostics size. Inputs come from bench/acc_speed_gen.py.
# "seconds" is wall time, "cpu" user+system time of every thread and process
# (acc parses a large unit in pieces, one thread each, and lowers it in one
# process per core: translator/src/chunk.c, jobs.c); MB/s is from the wall
# time, so it means something only on an idle machine (PIECES=1 JOBS=1 in
# the environment, as ACC_PIECES/ACC_JOBS, measure one core).
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
  parens:30000 async_parens:30000 awaits:20000 ifs:5000 plain_ifs:5000 chain:20000 chain_forward:20000 long_line:1048576
  error_line:59392 ranges:100 blocks:250 ifs:250 awaits:2000
  locals trys cond_block cond_decls typedefs shadows generators labels"}
printf '%-22s %9s %8s %8s %6s %9s %10s %10s\n' shape input_kB seconds cpu exit MB/s output_kB stderr_kB
for spec in $shapes; do
  shape=${spec%%:*} size=${spec#*:}
  [ "$size" = "$spec" ] && size=
  in="$work/$shape.ac"
  python3 "$here/acc_speed_gen.py" "$shape" "$in" $size
  ACC_PIECES=${PIECES:-${ACC_PIECES:-}} ACC_JOBS=${JOBS:-${ACC_JOBS:-}} \
    /usr/bin/time -o "$work/time" -f "%e %U %S" timeout "$limit" "$acc" "$in" -o "$work/out.c" 2>"$work/err" >/dev/null
  rc=$?
  sig=$(sed -n 's/^Command terminated by signal //p' "$work/time")
  [ -n "$sig" ] && rc="sig$sig"
  read -r wall user sys < <(tail -1 "$work/time")
  bytes=$(stat -c %s "$in")
  outb=0
  [ -f "$work/out.c" ] && outb=$(stat -c %s "$work/out.c")
  errb=$(stat -c %s "$work/err")
  awk -v s="$shape:$size" -v b="$bytes" -v w="$wall" -v u="$user" -v y="$sys" -v rc="$rc" -v o="$outb" -v e="$errb" \
    'BEGIN { t = w; if (t < 0.01) t = 0.01; printf "%-22s %9.0f %8.2f %8.2f %6s %9.2f %10.0f %10.0f\n", s, b / 1024, w, u + y, rc, b / 1048576 / t, o / 1024, e / 1024 }'
  rm -f "$work/out.c"
done
