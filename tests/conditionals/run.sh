#!/usr/bin/env bash
# tests/conditionals/run.sh ACC LIBAC FIRST LAST [CC...]: programs FIRST..LAST of
# gen.py, each translated once and compiled with -DA, -DB, both and neither by
# each compiler (-Wall -Wextra -Werror), run, and compared with its plain-C
# twin compiled the same way. Prints "N runs, M failed".
set -u
acc=$1 libac=$2 first=$3 last=$4; shift 4
ccs=("$@"); [ ${#ccs[@]} = 0 ] && ccs=(cc)
here=$(cd "$(dirname "$0")" && pwd)
inc=$here/../../runtime/include
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-cond-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
runs=0 failed=0
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }
for seed in $(seq "$first" "$last"); do
  python3 "$here/gen.py" "$seed" . || { fail "seed $seed: generator"; continue; }
  if ! "$acc" "p$seed.ac" -o "p$seed.c" 2>err; then fail "seed $seed: acc"; cat err; continue; fi
  for d in "" "-DA" "-DB" "-DA -DB"; do
    # shellcheck disable=SC2086
    gcc $d -w "p${seed}_twin.c" -o twin || { fail "seed $seed: twin ($d)"; continue; }
    ./twin > want
    for cc in "${ccs[@]}"; do
      runs=$((runs + 1))
      # shellcheck disable=SC2086
      if ! $cc $d -Wall -Wextra -Werror ${CFLAGS:-} -I"$inc" "p$seed.c" -o prog "$libac" ${AC_UV_LIBS:--luv} 2>err; then
        fail "seed $seed: $cc $d could not compile"; head -5 err; continue
      fi
      timeout 20 ./prog > got 2>err || { fail "seed $seed: $cc $d exited $?"; head -5 err; continue; }
      cmp -s want got || { fail "seed $seed: $cc $d prints something else than its twin"; diff want got | head -5; }
    done
  done
  echo "... seed $seed: $runs runs so far, $failed failed, ${SECONDS}s"   # progress
done
echo "$runs runs, $failed failed"
[ "$failed" = 0 ]
