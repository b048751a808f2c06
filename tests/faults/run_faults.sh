#!/usr/bin/env bash
# run_faults.sh: the out-of-memory sweep (issue 11). Each program of
# tests/faults is linked with failmalloc.c (every malloc/calloc/realloc/
# aligned_alloc/mmap of the program and of libac goes through it) and run once
# per N with allocation N failing: in mode "from" every allocation from the
# Nth on fails, in mode "once" only the Nth. N goes from 1 to the number of
# allocations of a run without faults (+2). Every run must end cleanly:
#   ok     exit 0, or exit 1 with "Error: ENOMEM" (the error escaped main), and
#          nothing else on stderr than the runtime's own reports
# and never: a signal, a timeout (hang), a sanitizer report (leak, bad access,
# undefined behaviour), another exit status.
#
#   run_faults.sh ACC CC LIBAC [PROGRAM...]      (default: every tests/faults/*.ac)
#
# FAULT_SLICE=K runs only every Kth N (CI: a short sweep); FAULT_MODES="from once";
# FAULT_DEBUG="0 1" also sweeps with AC_DEBUG=1 (every handle then allocates its
# debug record: more allocations to fail); the default is AC_DEBUG unset.
# CFLAGS as in run_program.sh (the ASan build passes -fsanitize=address,...).
# Prints one line per program (N range, outcomes) and exits 1 if a run failed.
set -u
acc=$(realpath "$1") cc=$2 libac=$(realpath "$3")
shift 3
here=$(cd "$(dirname "$0")" && pwd)
inc="$here/../../runtime/include"
slice=${FAULT_SLICE:-1}
modes=${FAULT_MODES:-from once}
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-faults-XXXXXX")
trap 'rm -rf "$work"' EXIT
progs=("$@")
[ ${#progs[@]} -eq 0 ] && progs=("$here"/*.ac)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
wrap=-Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=aligned_alloc,--wrap=posix_memalign,--wrap=mmap
failed=0

# classify OUT ERR STATUS: prints ok or why the run is not clean.
classify() {
  local err=$2 status=$3
  if [ "$status" = 124 ]; then echo hang; return; fi
  if [ "$status" -gt 128 ]; then echo "signal $((status - 128))"; return; fi
  if grep -qE 'Sanitizer|runtime error:' "$err"; then echo sanitizer; return; fi
  # the runtime's own lines: a traceback and the error, connection handler
  # failures, reports (an error never read, a coroutine never awaited: the
  # error at an await ended the code that would have), warnings; the
  # programs' "refused N" note
  if grep -vqE '^(Traceback|  File |Error: |ac: |[^ :]+:[0-9]+: warning: |refused [0-9]+$)' "$err"; then
    echo "stderr"; return
  fi
  if [ "$status" = 0 ]; then echo ok; return; fi
  if [ "$status" = 1 ] && grep -q '^Error: ENOMEM' "$err"; then echo ok; return; fi
  echo "status $status"
}

for src in "${progs[@]}"; do
  name=$(basename "$src" .ac)
  (cd "$(dirname "$src")" && "$acc" "$name.ac" -o "$work/$name.c") || { echo "FAIL: acc $src"; exit 1; }
  # shellcheck disable=SC2086
  "$cc" ${CFLAGS:--O1 -g} -I"$inc" -I"$(dirname "$src")" "$work/$name.c" "$here/failmalloc.c" \
    "$libac" $wrap ${AC_UV_LIBS:--luv} -lpthread -o "$work/$name" || { echo "FAIL: $cc $src"; exit 1; }
  for dbg in ${FAULT_DEBUG:-unset}; do
    if [ "$dbg" = unset ]; then unset AC_DEBUG; else export AC_DEBUG=$dbg; fi
    AC_FAIL_COUNT="$work/count" timeout 60 "$work/$name" >"$work/out" 2>"$work/err"
    status=$?
    if [ "$status" != 0 ]; then
      echo "FAIL: $name without faults exited with $status:"; cat "$work/err"; failed=1; continue
    fi
    total=$(cat "$work/count")
    for mode in $modes; do
      runs=0 oks=0 enomem=0 refused=0 bad=""
      for ((n = 1; n <= total + 2; n += slice)); do
        AC_FAIL_AT=$n AC_FAIL_MODE=$mode timeout 30 "$work/$name" >"$work/out" 2>"$work/err"
        status=$?
        verdict=$(classify "$work/out" "$work/err" "$status")
        runs=$((runs + 1))
        if [ "$verdict" = ok ]; then
          oks=$((oks + 1))
          grep -q ENOMEM "$work/out" "$work/err" && enomem=$((enomem + 1))
          grep -q '^refused' "$work/err" && refused=$((refused + 1))
        else
          bad="$bad N=$n:$verdict"
          echo "FAIL: $name AC_DEBUG=$dbg $mode N=$n: $verdict"; sed 's/^/  | /' "$work/err" | head -30
          failed=1
        fi
      done
      # echo.ac is the test of issue 11.1: some run must have failed while accepting
      if [ "$name" = echo ] && [ "$mode" = once ] && [ "$refused" = 0 ]; then
        bad="$bad no-refused-connection"; failed=1
        echo "FAIL: echo: no run failed an allocation while accepting"
      fi
      echo "$name (AC_DEBUG $dbg): $total allocations, mode $mode, $runs runs: $oks clean ($enomem ended with ENOMEM, $refused with a refused connection)${bad:+, failed:$bad}"
    done
  done
done
exit $failed
