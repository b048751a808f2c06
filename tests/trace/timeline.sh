#!/usr/bin/env bash
# tests/trace/timeline.sh ACC LIBAC CC: `acc trace` (issue 14). Runs
# tests/trace/trace_prog.ac with AC_TRACE, draws the trace with
# `acc trace t.json -o t.html`, renders the page in headless Chromium (the DOM
# after its script ran, and a screenshot) and checks both against the trace
# (check_timeline.py). Skipped (exit 77) without chromium. Also: a trace cut
# short is still drawn; a file that is not a trace is a clear error.
set -u
acc=$1 libac=$2 cc=$3
here=$(cd "$(dirname "$0")" && pwd)
inc="$here/../../runtime/include"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIPPED: chromium is not installed (apt-get install chromium)"
  exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ac-timeline-XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cd "$here" || exit 2
"$acc" trace_prog.ac -o "$work/p.c" || fail "acc"
# shellcheck disable=SC2086
"$cc" ${CFLAGS:-} -I"$inc" "$work/p.c" -o "$work/p" "$libac" ${AC_UV_LIBS:--luv} || fail "$cc"
AC_TRACE="$work/t.json" timeout 60 "$work/p" > /dev/null || fail "the program failed"
"$acc" trace "$work/t.json" -o "$work/t.html" || fail "acc trace"
grep -q '<svg id="timeline"' "$work/t.html" || fail "no picture in the page"
! grep -Eq '(src|href)="https?:' "$work/t.html" || fail "the page loads something from the network"
render() { # render PAGE: its DOM after scripts, and a screenshot
  local home="$work/home"
  mkdir -p "$home"
  HOME="$home" timeout 120 "$browser" --headless --disable-gpu --no-sandbox --no-first-run \
    --user-data-dir="$home/profile" --dump-dom "file://$1" > "$work/dom.html" 2>"$work/chromium.err" ||
    { cat "$work/chromium.err"; fail "chromium --dump-dom"; }
  HOME="$home" timeout 120 "$browser" --headless --disable-gpu --no-sandbox --no-first-run \
    --user-data-dir="$home/profile" --hide-scrollbars --window-size=1400,600 \
    --screenshot="$work/shot.png" "file://$1" > /dev/null 2>"$work/chromium.err" ||
    { cat "$work/chromium.err"; fail "chromium --screenshot"; }
}
render "$work/t.html"
python3 "$here/check_timeline.py" "$work/t.json" "$work/dom.html" "$work/shot.png" || fail "the page"
# the default output name, and a trace cut short (no closing "]", half an event)
head -c $(( $(wc -c < "$work/t.json") - 40 )) "$work/t.json" > "$work/cut.json"
"$acc" trace "$work/cut.json" || fail "acc trace on a trace cut short"
[ -s "$work/cut.html" ] || fail "no cut.html (the default output name)"
echo '{"not": "a trace"}' > "$work/bad.json"
status=0
"$acc" trace "$work/bad.json" -o "$work/bad.html" 2>"$work/err" || status=$?
[ "$status" = 1 ] && grep -q "not a trace" "$work/err" || fail "a file that is not a trace: status $status"
echo "ok"
