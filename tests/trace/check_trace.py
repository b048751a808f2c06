#!/usr/bin/env python3
"""tests/trace/check_trace.py TRACE.json: checks the trace tests/trace/trace_prog.ac
wrote with AC_TRACE (tests/trace/trace.sh): valid JSON in the Chrome trace-event
array form; a named track per task; step, wait and callback slices that never
overlap on a track; every flow ("s") ending ("f") at the start of a step or
callback slice, and starting inside a slice of its own track; the instants
(spawn, timer, cancel, error); an I/O wait. Prints what is wrong and exits 1."""
import collections
import json
import sys

EPS = 0.002  # the ts are printed in microseconds with 3 decimals


def main(path):
    problems = []

    def want(cond, msg):
        if not cond:
            problems.append(msg)

    with open(path) as f:
        ev = json.load(f)
    want(isinstance(ev, list) and ev, "not a non-empty JSON array")
    for e in ev:
        for k in ("ph", "pid", "tid"):
            want(k in e, f"event without {k}: {e}")
    names = {e["tid"]: e["args"]["name"] for e in ev if e["ph"] == "M" and e["name"] == "thread_name"}
    by_name = {v.split(" (")[0]: k for k, v in names.items()}
    for n in ("Task-1", "waiter", "setter", "failing", "forever"):
        want(n in by_name, f"no track named {n}: {sorted(names.values())}")
    want(any(v.startswith("loop ") for v in names.values()), "no loop track")

    slices = collections.defaultdict(list)
    for e in ev:
        if e["ph"] == "X":
            want(e["dur"] >= 0, f"negative duration: {e}")
            slices[e["tid"]].append(e)
        want(e["ph"] not in ("B", "E"), "B/E events: the trace uses complete slices")
    for tid, xs in slices.items():
        if tid not in names:
            problems.append(f"slices on track {tid} without a thread_name")
        xs.sort(key=lambda e: (e["ts"], e["dur"]))
        for a, b in zip(xs, xs[1:]):
            want(b["ts"] >= a["ts"] + a["dur"] - EPS,
                 f"overlapping slices on {names.get(tid)}: {a} and {b}")
    steps = [e for e in ev if e["ph"] == "X" and e["cat"] == "step"]
    for n in ("Task-1", "waiter", "setter", "failing", "forever"):
        want(any(s["tid"] == by_name.get(n) for s in steps), f"no step of {n}")
    want(all("trace_prog.ac:" in s["args"]["at"] for s in steps), "a step without its .ac place")
    want(any(s["args"].get("waits") == "ac_sleep" for s in steps), "no step suspended in ac_sleep")
    ends = {s["args"]["end"] for s in steps if s["tid"] == by_name.get("failing")}
    want("failed: EINVAL" in ends, f"failing's last step: {ends}")
    ends = {s["args"]["end"] for s in steps if s["tid"] == by_name.get("forever")}
    want("cancelled" in ends, f"forever's last step: {ends}")

    # flows: one s and one f per id, f at the start of a slice of its track,
    # s inside a slice of its track
    flows = collections.defaultdict(dict)
    for e in ev:
        if e["ph"] in ("s", "f"):
            want(e["ph"] not in flows[e["id"]], f"flow {e['id']}: two '{e['ph']}' events")
            flows[e["id"]][e["ph"]] = e
    want(len(flows) >= 10, f"only {len(flows)} flows")

    def inside(e, start_only):
        for x in slices.get(e["tid"], []):
            if start_only and abs(x["ts"] - e["ts"]) <= EPS:
                return x
            if not start_only and x["ts"] - EPS <= e["ts"] <= x["ts"] + x["dur"] + EPS:
                return x
        return None

    task_to_task = via_loop = 0
    loops = {t for t, v in names.items() if v.startswith("loop ")}
    for fid, fl in flows.items():
        if "s" not in fl or "f" not in fl:
            problems.append(f"flow {fid} does not connect: {fl}")
            continue
        s, f = fl["s"], fl["f"]
        want(f["ts"] >= s["ts"] - EPS, f"flow {fid} goes back in time")
        want(f.get("bp") == "e", f"flow {fid}: f without bp=e")
        want(inside(s, False) is not None, f"flow {fid} starts outside a slice: {s}")
        end = inside(f, True)
        want(end is not None and end["cat"] in ("step", "callback"),
             f"flow {fid} ends at no step or callback start: {f}")
        if s["tid"] not in loops and f["tid"] not in loops and s["tid"] != f["tid"]:
            task_to_task += 1
        if s["tid"] not in loops and f["tid"] in loops:
            via_loop += 1
    want(any(fl.get("s", {}).get("tid") == by_name.get("setter") and
             fl.get("f", {}).get("tid") == by_name.get("waiter") for fl in flows.values()),
         "no wake arrow from setter to waiter (the future)")
    want(task_to_task >= 5, f"{task_to_task} task-to-task arrows")
    want(via_loop >= 3, f"{via_loop} arrows from tasks to callbacks (ac_gather's)")

    inst = collections.Counter(e["cat"] for e in ev if e["ph"] == "i")
    want(inst["spawn"] >= 8, f"spawn instants: {inst['spawn']}")
    want(inst["timer"] >= 5, f"timer instants: {inst['timer']}")
    want(any(e["ph"] == "i" and e["cat"] == "cancel" and e["tid"] == by_name.get("forever")
             for e in ev), "no cancel instant on forever's track")
    want(any(e["ph"] == "i" and e["cat"] == "error" and e["args"]["error"] == "EINVAL" and
             e["tid"] == by_name.get("failing") for e in ev), "no error instant on failing's track")
    io = [e for e in ev if e["ph"] == "X" and e["cat"] == "io"]
    want(any(e["name"].startswith("ac_read") for e in io), f"no I/O wait slice: {io}")
    want(any(e["ph"] == "X" and e["cat"] == "wait" and e["name"] == "ac_sleep" for e in ev),
         "no ac_sleep wait slice")

    for p in problems:
        print("check_trace:", p)
    if not problems:
        print(f"check_trace: ok: {len(ev)} events, {len(names)} tracks, {len(steps)} steps, "
              f"{len(flows)} flows, instants {dict(inst)}, {len(io)} I/O waits")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
