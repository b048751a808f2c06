#!/usr/bin/env python3
"""A unit parsed in pieces translates to the same bytes as parsed whole.

    pieces.py ACC FILE.ac... [--mutants N] [--seed S]

acc cuts a large unit at top-level boundaries and parses the pieces in
parallel (translator/src/chunk.c); ACC_PIECES=N makes it cut any unit into up
to N pieces. For every file, and N damaged copies of it (mutate.py's damage:
most then parse with errors and must fall back to one parse, some still parse
cleanly with different cuts), acc runs with ACC_PIECES=1, 2, 3 and 8: exit
status, output file and diagnostics must be byte for byte the same.
Prints "N passed, M failed".
"""
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate import mutate  # noqa: E402

PIECES = ["1", "2", "3", "8"]


def translate(acc, work, pieces, include):
    out = os.path.join(work, "out.c")
    if os.path.exists(out):
        os.unlink(out)
    env = dict(os.environ, ACC_PIECES=pieces)
    p = subprocess.run([acc, "-I", include, "in.ac", "-o", "out.c"], cwd=work, env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    data = None
    if os.path.exists(out):
        with open(out, "rb") as f:
            data = f.read()
    return p.returncode, p.stdout, p.stderr, data


def check(acc, work, text, label, include):
    with open(os.path.join(work, "in.ac"), "wb") as f:
        f.write(text)
    whole = translate(acc, work, PIECES[0], include)
    for n in PIECES[1:]:
        cut = translate(acc, work, n, include)
        if cut != whole:
            what = [k for k, a, b in zip(("status", "stdout", "stderr", "output"), whole, cut) if a != b]
            print(f"FAIL {label}: ACC_PIECES={n} differs from one piece in {', '.join(what)}")
            return False
    return True


def main():
    args = sys.argv[1:]
    mutants, seed = 0, 1
    if "--mutants" in args:
        k = args.index("--mutants"); mutants = int(args[k + 1]); del args[k:k + 2]
    if "--seed" in args:
        k = args.index("--seed"); seed = int(args[k + 1]); del args[k:k + 2]
    acc, files = os.path.abspath(args[0]), args[1:]
    rng = random.Random(seed)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as work:
        for path in files:
            with open(path, "rb") as f:
                text = f.read()
            inputs = [(text, path)] + [(mutate(text, rng), f"{path} (mutant {i})") for i in range(mutants)]
            for data, label in inputs:
                if check(acc, work, data, label, os.path.dirname(os.path.abspath(path))):
                    passed += 1
                else:
                    failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
