#!/usr/bin/env python3
"""A unit parsed in pieces, or lowered in several processes, translates to
the same bytes as parsed and lowered in one.

    pieces.py ACC FILE.ac... [--mutants N] [--seed S]

acc cuts a large unit at top-level boundaries and parses the pieces in
parallel (translator/src/chunk.c), and lowers its functions ahead in several
processes (translator/src/jobs.c); ACC_PIECES=N and ACC_JOBS=N make it do so
for any unit. For every file, and N damaged copies of it (mutate.py's damage:
most then parse with errors and must fall back to one parse and one process,
some still parse cleanly with different cuts), acc runs with one piece and
one process, then with 2, 3 and 8 pieces and 2 and 3 processes: exit status,
output file and diagnostics must be byte for byte the same.
Prints "N passed, M failed".
"""
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mutate import mutate  # noqa: E402

# (ACC_PIECES, ACC_JOBS); the first is the reference
VARIANTS = [("1", "1"), ("2", "1"), ("8", "1"), ("1", "2"), ("3", "3")]


def translate(acc, work, variant, include):
    out = os.path.join(work, "out.c")
    if os.path.exists(out):
        os.unlink(out)
    env = dict(os.environ, ACC_PIECES=variant[0], ACC_JOBS=variant[1])
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
    whole = translate(acc, work, VARIANTS[0], include)
    for v in VARIANTS[1:]:
        cut = translate(acc, work, v, include)
        if cut != whole:
            what = [k for k, a, b in zip(("status", "stdout", "stderr", "output"), whole, cut) if a != b]
            print(f"FAIL {label}: ACC_PIECES={v[0]} ACC_JOBS={v[1]} differs from one piece, one process,"
                  f" in {', '.join(what)}")
            keep = os.environ.get("PIECES_KEEP")  # a folder for the failing inputs
            if keep:
                os.makedirs(keep, exist_ok=True)
                name = label.replace("/", "_").replace(" ", "_").strip("._")
                with open(os.path.join(keep, name + ".ac"), "wb") as f:
                    f.write(text)
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
