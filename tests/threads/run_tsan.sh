#!/usr/bin/env bash
# run_tsan.sh: the cross-thread tests under ThreadSanitizer, in the plain build.
#
#   run_tsan.sh ACC GENERATED_DIR WORK_DIR test.ac...
#
# Builds a ThreadSanitizer libac (clang -fsanitize=thread, every runtime source)
# in WORK_DIR once (again when a source is newer), then runs each test through
# run_program.sh with it: a data race makes the program exit with 66 (TSan's
# exitcode) and write a report on stderr, and either fails the test.
set -eu
acc=$1 gen=$2; mkdir -p "$3"; work=$(cd "$3" && pwd); shift 3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v clang >/dev/null || { echo "clang not found: skipped"; exit 77; }
mkdir -p "$work"
lib="$work/libac-tsan.a"
flags="-fsanitize=thread -g -O1"
if [ ! -f "$lib" ] || [ -n "$(find "$root/runtime" "$gen/runtime" -newer "$lib" -name '*.[ch]' | head -1)" ]; then
  rm -f "$work"/*.o
  # the C sources and the translations of the .ac ones (the composites;
  # foo.ac's object is foo.ac.o: runtime/src may have a foo.c too)
  for src in "$root"/runtime/src/*.c "$gen"/runtime/*.c; do
    # shellcheck disable=SC2086
    clang $flags -std=gnu11 -Wall -Wextra -Werror=implicit-function-declaration \
      -I"$root/runtime/include" -I"$root/runtime/src" -I"$gen" \
      -c "$src" -o "$work/$(basename "$src" .c)$([ "${src#"$gen"}" != "$src" ] && echo .ac).o" &
  done
  wait
  rm -f "$lib"; ar rcs "$lib" "$work"/*.o
fi
status=0
for t in "$@"; do
  t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
  CFLAGS="$flags -Wall -Wextra -Werror" AC_UV_LIBS="-luv -lpthread" \
  TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
    bash "$here/../run_program.sh" "$acc" clang "$lib" "$t" "${t%.ac}.out" || status=1
done
exit $status
