#!/usr/bin/env python3
"""tests/trace/check_timeline.py TRACE.json DOM.html SHOT.png: checks the page
`acc trace TRACE.json` made, as headless Chromium rendered it:
  - DOM.html (chromium --dump-dom, after the page's script ran): the summary line
    the script wrote counts, in the live document, the SVG elements of each kind;
    they must match what the trace holds (one row per track, one bar per step, an
    arrow per connected flow, a mark per spawn, cancel, error and timer);
  - SHOT.png (chromium --screenshot): the rows are drawn (alternating bands in the
    label column) and every task's row has a bar (a vertical run of 12+ pixels of
    one saturated colour, which only a step bar makes).
Prints what is wrong and exits 1."""
import json
import re
import struct
import sys
import zlib
from collections import Counter


def expected(trace):
    ev = json.load(open(trace))
    tracks = set()
    for e in ev:
        if e["ph"] == "M" and e["name"] not in ("thread_name", "thread_sort_index"):
            continue
        tracks.add((e["pid"], e["tid"]))
    flows = {}
    for e in ev:
        if e["ph"] in ("s", "f"):
            flows.setdefault(e["id"], set()).add(e["ph"])
    x = Counter(e.get("cat") for e in ev if e["ph"] == "X")
    i = Counter(e.get("cat") for e in ev if e["ph"] == "i")
    steps_by_tid = Counter(e["tid"] for e in ev if e["ph"] == "X" and e.get("cat") == "step")
    return {
        "rows": len(tracks), "steps": x["step"], "waits": x["wait"], "io": x["io"],
        "callbacks": x["callback"], "wake-ups": sum(1 for v in flows.values() if v == {"s", "f"}),
        "spawns": i["spawn"], "cancels": i["cancel"], "errors": i["error"], "timers": i["timer"],
    }, len(steps_by_tid)


def png_pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, w = 8, b"", 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0, "unexpected PNG format"
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev, p = [], bytearray(stride), 0
    for _ in range(h):
        f, line = raw[p], bytearray(raw[p + 1:p + 1 + stride])
        p += 1 + stride
        for k in range(stride):
            a = line[k - bpp] if k >= bpp else 0
            b = prev[k]
            c = prev[k - bpp] if k >= bpp else 0
            if f == 1:
                line[k] = (line[k] + a) & 255
            elif f == 2:
                line[k] = (line[k] + b) & 255
            elif f == 3:
                line[k] = (line[k] + (a + b) // 2) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pr = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[k] = (line[k] + pr) & 255
        rows.append([tuple(line[k:k + 3]) for k in range(0, stride, bpp)])
        prev = line
    return rows


def main(trace, dom, shot):
    problems = []
    want, task_rows = expected(trace)
    html = open(dom).read()
    m = re.search(r'<p id="summary">([^<]*)</p>', html)
    if not m or not m.group(1):
        print("check_timeline: the summary line is empty: the page's script did not run")
        return 1
    got = {k: int(v) for v, k in ((p.split()[-1], " ".join(p.split()[:-1]))
                                  for p in m.group(1).split(", "))}
    for k, v in want.items():
        if got.get(k) != v:
            problems.append(f"{k}: the page shows {got.get(k)}, the trace has {v}")

    px = png_pixels(shot)
    h, w = len(px), len(px[0])
    # the label column: the SVG starts at x = 13 (margin 12, border 1); x = 13 + 220
    # is in the labels' column, right of the text. Rows alternate grey (#f4f4f4,
    # the first) and white, 26 px each.
    col = 13 + 220
    greys, y = [], 0
    while y < h:
        if px[y][col] == (244, 244, 244):
            y0 = y
            while y < h and px[y][col] == (244, 244, 244):
                y += 1
            if y - y0 == 26:
                greys.append(y0)
        y += 1
    if len(greys) != (want["rows"] + 1) // 2 or any(b - a != 52 for a, b in zip(greys, greys[1:])):
        problems.append(f"the screenshot's grey rows start at {greys}: not {want['rows']} rows")
    rows = [(greys[0] + 26 * i, greys[0] + 26 * i + 25) for i in range(want["rows"])] if greys else []
    with_bar = 0
    for y0, y1 in rows:
        found = False
        for x in range(13 + 230, w - 14):
            run, prevc = 0, None
            for y in range(y0, y1 + 1):
                c = px[y][x]
                if max(c) - min(c) > 30 and c == prevc:
                    run += 1
                    if run >= 12:
                        found = True
                        break
                else:
                    run = 1 if max(c) - min(c) > 30 else 0
                prevc = c
            if found:
                break
        with_bar += found
    if with_bar < task_rows:
        problems.append(f"{with_bar} rows of the screenshot have a step bar; {task_rows} tasks stepped")
    for p in problems:
        print("check_timeline:", p)
    if not problems:
        print(f"check_timeline: ok: {m.group(1)}; screenshot: {len(rows)} rows, {with_bar} with bars")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
