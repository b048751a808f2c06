#!/usr/bin/env bash
# tests/fuzz/run.sh: a short libFuzzer run of acc (fuzz_acc.c), and the crash
# reproducers kept in tests/fuzz/regressions/.
#
#   run.sh SOURCE_DIR WORK_DIR [FUZZ_ACC]
#
# Without FUZZ_ACC (the main build is not a clang -DAC_FUZZ=ON build), it
# configures WORK_DIR/fuzz-build with clang and builds the target there. Prints
# "SKIPPED: ..." and exits 0 when clang with libFuzzer is not available.
# FUZZ_SECONDS (default 30) bounds the run.
set -u
src=$1 work=$2 fuzzer=${3:-}
seconds=${FUZZ_SECONDS:-30}
mkdir -p "$work"
if [ -z "$fuzzer" ]; then
  if ! command -v clang >/dev/null 2>&1; then echo "SKIPPED: no clang"; exit 0; fi
  probe="$work/probe"
  printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; return (int)n & 0; }\n' > "$probe.c"
  if ! clang -fsanitize=fuzzer,address,undefined "$probe.c" -o "$probe" >/dev/null 2>&1; then
    echo "SKIPPED: clang has no libFuzzer"; exit 0
  fi
  gen=()
  command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)
  if ! cmake -S "$src" -B "$work/fuzz-build" "${gen[@]}" -DCMAKE_C_COMPILER=clang -DAC_FUZZ=ON \
       -DAC_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$work/configure.log" 2>&1 ||
     ! cmake --build "$work/fuzz-build" --target fuzz_acc >"$work/build.log" 2>&1; then
    cat "$work/configure.log" "$work/build.log" 2>/dev/null | tail -30
    echo "FAIL: could not build fuzz_acc"; exit 1
  fi
  fuzzer="$work/fuzz-build/translator/fuzz_acc"
fi
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# 1. every kept reproducer runs clean
regs=("$src"/tests/fuzz/regressions/*)
if [ -e "${regs[0]}" ]; then
  if ! "$fuzzer" -timeout=10 "${regs[@]}" >"$work/regressions.log" 2>&1; then
    tail -40 "$work/regressions.log"; echo "FAIL: a kept reproducer fails again"; exit 1
  fi
  echo "ok: ${#regs[@]} reproducers"
fi

# 2. a short run from the repository's .ac and .ah files, with the dictionary
seeds="$work/seeds" corpus="$work/corpus"
rm -rf "$seeds" "$corpus"
mkdir -p "$seeds" "$corpus"
(cd "$src" && find . -path ./build -prune -o \( -name '*.ac' -o -name '*.ah' \) -type f -print) |
  while read -r f; do cp "$src/$f" "$seeds/$(echo "${f#./}" | tr / _)"; done
echo "... fuzz_acc: running ${seconds}s from $(ls "$seeds" | wc -l) seed files"   # progress
if ! "$fuzzer" -dict="$src/tests/fuzz/acc.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
     -artifact_prefix="$work/" -print_final_stats=1 "$corpus" "$seeds" >"$work/fuzz.log" 2>&1; then
  tail -60 "$work/fuzz.log"
  echo "FAIL: the fuzzer found a crash, leak or hang: reproducer in $work (crash-*, leak-*, timeout-*)"
  exit 1
fi
grep -E '^stat::number_of_executed_units|^Done' "$work/fuzz.log"
echo "ok: fuzz_acc ran ${seconds}s"
