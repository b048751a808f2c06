#!/usr/bin/env python3
"""Robustness: acc on damaged inputs never crashes, hangs or leaves output.

    mutate.py ACC FILE.ac... [--count N] [--seed S]

Each input is damaged N times (deterministic for a seed): bytes deleted,
duplicated, swapped, Async C keywords and C punctuation inserted. For every
mutant, acc must exit with 0 (and write the output) or 1 (and write nothing),
within 10 s, with nothing on stderr that looks like a crash or a sanitizer
report. Prints "N passed, M failed".
"""
import os
import random
import subprocess
import sys
import tempfile
import time

TOKENS = [b"await ", b"async ", b"yield ", b"yield from ", b"try ", b"catch (int e) ", b"finally ",
          b"throw ", b"for await (int v : g()) ", b"{", b"}", b"(", b")", b";", b",", b"?", b":",
          b"&&", b"||", b"=", b"*", b"[", b"]", b"\"", b"'", b"/*", b"*/", b"#if 1\n", b"#endif\n",
          b"\n", b"goto l;", b"l:", b"switch (x) {", b"case 1:", b"return", b"int x[n];", b"\\",
          b"ac_gen(int) ", b"static ", b"struct s { int a; } ", b"break;", b"continue;"]


def mutate(data, rng):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(4)
        if not data:
            op = 3
        i = rng.randrange(len(data) + 1)
        if op == 0 and data:      # delete a range
            j = min(len(data), i + rng.randint(1, 20))
            del data[i:j]
        elif op == 1 and data:    # duplicate a range
            j = min(len(data), i + rng.randint(1, 40))
            data[i:i] = data[i:j]
        elif op == 2 and len(data) > 2:  # swap two bytes
            a, b = rng.randrange(len(data)), rng.randrange(len(data))
            data[a], data[b] = data[b], data[a]
        else:                     # insert a token
            data[i:i] = rng.choice(TOKENS)
    return bytes(data)


def main():
    args = sys.argv[1:]
    count, seed = 40, 1
    if "--count" in args:
        k = args.index("--count"); count = int(args[k + 1]); del args[k:k + 2]
    if "--seed" in args:
        k = args.index("--seed"); seed = int(args[k + 1]); del args[k:k + 2]
    acc, files = args[0], args[1:]
    rng = random.Random(seed)
    passed = failed = 0
    t0 = time.time()
    with tempfile.TemporaryDirectory() as work:
        for k, path in enumerate(files):
            failed_before = failed
            with open(path, "rb") as f:
                original = f.read()
            for n in range(count):
                src = os.path.join(work, "m.ac")
                out = os.path.join(work, "m.c")
                if os.path.exists(out):
                    os.unlink(out)
                data = mutate(original, rng)
                with open(src, "wb") as f:
                    f.write(data)
                problem = None
                try:
                    r = subprocess.run([acc, "m.ac", "-o", "m.c"], cwd=work, capture_output=True, timeout=10)
                    err = r.stderr.decode("utf-8", "replace")
                    if r.returncode not in (0, 1):
                        problem = f"exit status {r.returncode}"
                    elif "Sanitizer" in err or "runtime error:" in err:
                        problem = "sanitizer report"
                    elif r.returncode == 1 and os.path.exists(out):
                        problem = "output written despite errors"
                    elif r.returncode == 0 and not os.path.exists(out):
                        problem = "no output on success"
                    elif os.listdir(work) != sorted(set(os.listdir(work)) & {"m.ac", "m.c"}) and \
                            set(os.listdir(work)) - {"m.ac", "m.c"}:
                        problem = "temporary files left behind"
                except subprocess.TimeoutExpired:
                    problem = "timeout"
                if problem:
                    failed += 1
                    keep = f"{os.path.basename(path)}.mutant{n}.ac"
                    with open(keep, "wb") as f:
                        f.write(data)
                    print(f"FAIL: {path} mutant {n}: {problem} (kept as {keep})")
                    if problem in ("exit status", "sanitizer report"):
                        print(err[-2000:])
                else:
                    passed += 1
            # progress (ctest -V / --output-on-failure shows it): a long run under ASan
            print(f"... {k + 1}/{len(files)} {os.path.basename(path)}: {count} mutants, "
                  f"{failed - failed_before} failed, {time.time() - t0:.0f} s", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
