#!/usr/bin/env python3
"""Differential tester: random Async C programs against their plain-C twins.

    run.py --acc ACC --libac LIBAC --seeds 1-200 [--cc gcc,clang] [--jobs N]
           [--batch K] [--keep DIR] [--ci] [--features -try,-gen] [--cflags ...]
    run.py ... --minimize SEED [--keep DIR]

For each batch of K seeds: generate one .ac file and its twin (gen.py), translate
the .ac with acc, compile the translation with every --cc and the twin with the
first, run all, and compare stdout and exit status byte for byte. A failing batch
is split into its seeds; each failing seed is saved under --keep (default
difftest-failures/) and printed. Classes: acc (acc failed), cc (the translation
does not compile while the twin does), mismatch (output or status differ), crash
(a timeout or a signal in the translation), stderr (the translation wrote to
stderr: a sanitizer or a runtime debug report), twin (the generator made a bad twin:
a bug of this tester). --minimize switches features off and deletes statements
while the seed keeps failing the same way, and prints the smallest program.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen import FEATURES, KNOWN_BUGS   # noqa: E402
from program import Built, render_built   # noqa: E402

INC = os.path.join(HERE, '..', '..', 'runtime', 'include')


def parse_seeds(text):
    out = []
    for part in text.split(','):
        if '-' in part:
            a, b = part.split('-')
            out.extend(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return out


def features(args):
    feats = set(FEATURES)
    if args.ci:
        feats -= set(KNOWN_BUGS)
    for f in (args.features or '').split(','):
        if f.startswith('-'):
            feats.discard(f[1:])
        elif f.startswith('+'):
            feats.add(f[1:])
        elif f:
            feats = {x for x in f.split('+')}
    return [f for f in FEATURES if f in feats]


class Result:
    def __init__(self, cls=None, detail=''):
        self.cls, self.detail = cls, detail

    def ok(self):
        return self.cls is None

    def signature(self):
        """The failure, without names and numbers: minimisation keeps it."""
        if self.cls != 'cc':
            return self.cls
        m = re.search(r'error: (.*)', self.detail)
        msg = m.group(1) if m else ''
        return 'cc:' + re.sub(r"[‘'`][^’'`]*[’'`]|\d+", 'Q', msg)


def sh(cmd, timeout, cwd=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        return 'timeout', e.stdout or b'', e.stderr or b''


def check(args, progs, work):
    """Translate, compile and run one batch in `work`; a Result."""
    ac_text, c_text = render_built(progs)
    with open(os.path.join(work, 'prog.ac'), 'w') as f:
        f.write(ac_text)
    with open(os.path.join(work, 'twin.c'), 'w') as f:
        f.write(c_text)
    cflags = args.cflags.split()
    ccs = args.cc.split(',')
    rc, _, err = sh([args.acc, 'prog.ac', '-o', 'prog.c'], 60, work)
    if rc != 0:
        return Result('acc', f"acc exit {rc}:\n{err.decode(errors='replace')}")
    rc, _, err = sh([ccs[0]] + cflags + ['twin.c', '-o', 'twin'], 120, work)
    quiet = [f"-Wno-{w}" for w in sorted(warning_flags(err.decode(errors='replace')))]
    if rc != 0 and quiet:
        # the twin trips a warning (a false positive of the compiler on the
        # generator's text, e.g. -Wimplicit-fallthrough before a goto label):
        # that warning cannot be compared on this program, so both sides go
        # without it; every other warning still counts
        cflags = cflags + quiet + ['-Wno-unknown-warning-option']   # a gcc-only name, for clang
        rc, _, err = sh([ccs[0]] + cflags + ['twin.c', '-o', 'twin'], 120, work)
    if rc != 0:
        return Result('twin', f"twin does not compile with {ccs[0]}:\n{err.decode(errors='replace')}")
    rc, want, err = sh(['./twin'], args.timeout, work)
    if rc != 0:
        return Result('twin', f"twin exit {rc}:\n{err.decode(errors='replace')}")
    libs = args.libs.split() or ['-luv']
    for cc in ccs:
        exe = 'prog-' + os.path.basename(cc)
        rc, _, err = sh([cc] + cflags + ['-I', args.inc, 'prog.c', '-o', exe, args.libac] + libs, 120, work)
        if rc != 0 and only_unnamed_warnings(err) and '-Werror' in cflags:
            # gcc's fold of comparisons of one object's fields warns on the
            # frame's fields where the twin's locals draw nothing, with no -W
            # name to compare or silence (findings/770): the meaning is what
            # is tested, so the translation goes on without -Werror
            rc, _, err = sh([cc] + [f for f in cflags if f != '-Werror'] +
                            ['-I', args.inc, 'prog.c', '-o', exe, args.libac] + libs, 120, work)
        if rc != 0:
            if cc != ccs[0] and twin_warns_alike(args, cc, cflags, work, err):
                return Result('twin', f"the twin has the same warnings with {cc} "
                              f"(a generator bug):\n{err.decode(errors='replace')}")
            return Result('cc', f"{cc} could not compile the translation:\n{err.decode(errors='replace')}")
        rc, got, err = sh(['./' + exe], args.timeout, work)
        if rc == 'timeout' or isinstance(rc, int) and rc < 0:
            return Result('crash', f"{exe}: {rc}\n{err.decode(errors='replace')[-3000:]}")
        if got != want or rc != 0:
            return Result('mismatch', f"{exe} (status {rc}) differs from the twin:\n"
                          + diff(want, got) + err.decode(errors='replace')[-2000:])
        if err:
            return Result('stderr', f"{exe} wrote to stderr:\n" + err.decode(errors='replace')[-3000:])
    return Result()


def only_unnamed_warnings(err):
    """Are a compile's errors all warnings made errors by a bare -Werror, with no
    -W option of their own (gcc's `warning (0, ...)`, e.g. "'or' of unmatched
    not-equal tests is always 1")?"""
    lines = [l for l in err.decode(errors='replace').splitlines() if ': error: ' in l]
    return bool(lines) and all(l.endswith('[-Werror]') for l in lines)


def warning_flags(text):
    """The -W options named by a compiler's messages: clang's [-Werror,-Wfoo],
    gcc's [-Werror=foo], or [-Wfoo]."""
    return set(re.findall(r'-W(?:error=)?([\w-]+)', text)) - {'error'}


def twin_warns_alike(args, cc, cflags, work, err):
    """Is a translation's compile error under `cc` one the twin has too?

    The twin is compiled with the first compiler only; another one may warn on
    the generator's own text (clang's -Wbitwise-instead-of-logical, -Wself-assign).
    acc is at fault only for warnings the twin does not have with the same flags."""
    flags = warning_flags(err.decode(errors='replace'))
    if not flags:
        return False
    rc, _, terr = sh([cc] + [f for f in cflags if f != '-Werror'] + ['-fsyntax-only', 'twin.c'],
                     120, work)
    return rc == 0 and flags <= warning_flags(terr.decode(errors='replace'))


def diff(want, got):
    import difflib
    lines = list(difflib.unified_diff(want.decode(errors='replace').splitlines(),
                                      got.decode(errors='replace').splitlines(),
                                      'twin', 'translation', lineterm='', n=2))
    return "\n".join(lines[:60]) + "\n"


def run_progs(args, progs):
    work = tempfile.mkdtemp(prefix='difftest-')
    try:
        return check(args, progs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def save(args, progs, res, name):
    d = os.path.join(args.keep, name)
    os.makedirs(d, exist_ok=True)
    ac_text, c_text = render_built(progs)
    with open(os.path.join(d, 'prog.ac'), 'w') as f:
        f.write(ac_text)
    with open(os.path.join(d, 'twin.c'), 'w') as f:
        f.write(c_text)
    with open(os.path.join(d, 'failure.txt'), 'w') as f:
        f.write(f"{res.cls}\n{res.detail}")
    return d


def run_batch(args, feats, seeds):
    """[(seed, Result)] of the failing seeds of one batch."""
    res = run_progs(args, [Built(s, feats) for s in seeds])
    if res.ok():
        return []
    if len(seeds) == 1:
        return [(seeds[0], res)]
    return [x for s in seeds for x in run_batch(args, feats, [s])]


def campaign(args):
    feats = features(args)
    seeds = parse_seeds(args.seeds)
    batches = [seeds[i:i + args.batch] for i in range(0, len(seeds), args.batch)]
    t0 = time.time()
    fails = []
    done = 0
    with ThreadPoolExecutor(args.jobs) as ex:
        for out in ex.map(lambda b: run_batch(args, feats, b), batches):
            done += 1
            for seed, res in out:
                d = save(args, [Built(seed, feats)], res, f"seed{seed}")
                fails.append((seed, res))
                print(f"FAIL seed {seed}: {res.cls} (saved in {d})")
                print(res.detail[:args.show])
                sys.stdout.flush()
            if args.progress and done % args.progress == 0:
                print(f"... {done}/{len(batches)} batches, {len(fails)} failing seeds, "
                      f"{time.time() - t0:.0f} s", flush=True)
    dt = time.time() - t0
    by = {}
    for _, r in fails:
        by.setdefault(r.signature(), []).append(_)
    print(f"difftest: {len(seeds)} programs in {len(batches)} batches, {dt:.1f} s "
          f"({1000 * dt / max(1, len(seeds)):.0f} ms/program), compilers {args.cc}, "
          f"{len(fails)} failing")
    for sig, ss in sorted(by.items()):
        print(f"  {len(ss):5d}  {sig}  seeds {' '.join(map(str, ss[:12]))}")
    if len(feats) != len(FEATURES):
        print("  features off: " + " ".join(f for f in FEATURES if f not in feats))
    return 1 if fails else 0


# ---------------------------------------------------------------- minimising
def stmt_lists(prog):
    """Every statement list of the model, outermost first."""
    out = []

    def walk(lst):
        out.append(lst)
        for s in lst:
            for attr in ('then', 'els', 'body', 'catch', 'fin', 'middle', 'other'):
                sub = getattr(s, attr, None)
                if isinstance(sub, list):
                    walk(sub)
            for case in getattr(s, 'cases', []) or []:
                walk(case[1])
    for fn in prog.gens + prog.fns + [prog.main]:
        walk(fn.body)
    return out


def minimize(args):
    seed = int(args.minimize)
    feats = features(args)
    first = run_progs(args, [Built(seed, feats)])
    if first.ok():
        print(f"seed {seed} does not fail")
        return 0
    sig = first.signature()
    print(f"seed {seed}: {sig}; minimising features", flush=True)
    for f in list(feats):
        trial = [x for x in feats if x != f]
        r = run_progs(args, [Built(seed, trial)])
        if not r.ok() and r.signature() == sig:
            feats = trial
    print("features kept: " + " ".join(feats), flush=True)
    prog = Built(seed, feats)
    best = run_progs(args, [prog])
    changed = True
    while changed:
        changed = False
        for lst in stmt_lists(prog):
            i = 0
            while i < len(lst):
                s = lst.pop(i)
                r = run_progs(args, [prog])
                if not r.ok() and r.signature() == sig:
                    best, changed = r, True
                else:
                    lst.insert(i, s)
                    i += 1
    for lst in (prog.fns, prog.gens):      # functions nobody calls any more
        i = 0
        while i < len(lst):
            fn = lst.pop(i)
            r = run_progs(args, [prog])
            if not r.ok() and r.signature() == sig:
                best = r
            else:
                lst.insert(i, fn)
                i += 1
    d = save(args, [prog], best, f"min-seed{seed}")
    print(f"minimised: {d}")
    print(render_built([prog])[0])
    print(best.detail[:args.show])
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--acc', required=True)
    ap.add_argument('--libac', required=True)
    ap.add_argument('--seeds', default='1-100')
    ap.add_argument('--cc', default='gcc,clang')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--batch', type=int, default=10, help='programs per binary')
    ap.add_argument('--keep', default='difftest-failures')
    ap.add_argument('--ci', action='store_true', help='switch off the features of known, reported bugs')
    ap.add_argument('--features', help='-f to switch f off, +f on, or a+b+c for exactly these')
    ap.add_argument('--cflags', default=os.environ.get('DIFFTEST_CFLAGS', '-O0 -Wall -Wextra -Werror'))
    ap.add_argument('--libs', default=os.environ.get('AC_UV_LIBS', '-luv'))
    ap.add_argument('--inc', default=INC, help="ac.h's folder (default: this checkout's runtime/include)")
    ap.add_argument('--timeout', type=float, default=20)
    ap.add_argument('--show', type=int, default=3000, help='characters of each failure to print')
    ap.add_argument('--progress', type=int, default=0, help='report every N batches')
    ap.add_argument('--minimize', metavar='SEED')
    args = ap.parse_args()
    args.acc = os.path.abspath(args.acc)
    args.libac = os.path.abspath(args.libac)
    args.keep = os.path.abspath(args.keep)
    args.inc = os.path.abspath(args.inc)
    if args.minimize:
        return minimize(args)
    return campaign(args)


if __name__ == '__main__':
    sys.exit(main())
