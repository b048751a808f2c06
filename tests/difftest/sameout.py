#!/usr/bin/env python3
"""Do two builds of acc translate the difftest corpus to the same bytes?

    sameout.py --old ACC --new ACC --seeds 1-2000 [--batch 10] [--jobs N] [--ci]

Renders the programs of each batch exactly as run.py does (same seeds, features
and batching), translates them with both translators and compares output and
diagnostics byte for byte. A refactoring of acc that claims "output identical" is
checked with it; so is the carry-over of a differential campaign to a newer acc:
programs whose translation did not change need not be compiled and run again.
Prints each differing batch's seeds, and exits 1 if any differ.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from program import Built, render_built   # noqa: E402
from run import features, parse_seeds      # noqa: E402


def translate(acc, work, name):
    p = subprocess.run([acc, 'prog.ac', '-o', name], cwd=work,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    out = b''
    if os.path.exists(os.path.join(work, name)):
        with open(os.path.join(work, name), 'rb') as f:
            out = f.read()
    return p.returncode, out, p.stderr


def same(args, feats, seeds):
    work = tempfile.mkdtemp(prefix='sameout-')
    try:
        ac_text, _ = render_built([Built(s, feats) for s in seeds])
        with open(os.path.join(work, 'prog.ac'), 'w') as f:
            f.write(ac_text)
        a = translate(args.old, work, 'old.c')
        b = translate(args.new, work, 'new.c')
        # the output file name appears in #line directives: make them comparable
        a = (a[0], a[1].replace(b'old.c', b'X.c'), a[2])
        b = (b[0], b[1].replace(b'new.c', b'X.c'), b[2])
        return a == b
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--old', required=True)
    ap.add_argument('--new', required=True)
    ap.add_argument('--seeds', required=True)
    ap.add_argument('--batch', type=int, default=10)
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--ci', action='store_true')
    ap.add_argument('--features')
    args = ap.parse_args()
    args.old, args.new = os.path.abspath(args.old), os.path.abspath(args.new)
    feats = features(args)
    seeds = parse_seeds(args.seeds)
    batches = [seeds[i:i + args.batch] for i in range(0, len(seeds), args.batch)]
    with ThreadPoolExecutor(args.jobs) as ex:
        results = list(ex.map(lambda b: same(args, feats, b), batches))
    differ = [b for b, ok in zip(batches, results) if not ok]
    for b in differ:
        print(f"differs: seeds {b[0]}-{b[-1]}")
    print(f"sameout: {len(seeds)} programs in {len(batches)} batches, "
          f"{len(differ)} batches translate differently")
    return 1 if differ else 0


if __name__ == '__main__':
    sys.exit(main())
