#!/usr/bin/env python3
"""Random async functions with preprocessor conditionals (#ifdef, #ifndef, #if,
#elif, #else) around awaits, declarations (one name with different types in
exclusive branches, or in one branch only), loops and ifs, and __LINE__ prints.

    gen.py SEED DIR   writes DIR/pSEED.ac and its plain-C twin DIR/pSEED_twin.c
                      (async and await removed; ac_sleep(0) dropped)

run.sh translates each program once, compiles it with -DA, -DB, both and
neither, with each compiler, and compares its output with the twin's."""
import os
import random
import sys


def gen(seed):
    R = random.Random(seed)
    out = []
    names = []   # declared names in current scope chain
    counter = [0]
    def ind(d): return '    ' * d
    def cond():
        return R.choice(['#ifdef A', '#ifndef B', '#if defined(A) && !defined(B)', '#if defined(B) || defined(A)', '#ifdef B'])
    def expr(vis):
        v = R.choice(vis) if vis else 'x'
        k = R.randint(1, 9)
        return R.choice([f'await tw({v})', f'({v} + {k})', f'await tw({v} + {k})', f'({v} * {k} + await tw({k}))'])
    def stmts(d, vis, depth, n):
        for _ in range(n):
            c = R.random()
            if c < 0.25 and depth < 3:
                # conditional
                out.append(cond())
                bvis = list(vis)
                # decl with a shared name in branches
                counter[0] += 1
                nm = f'v{counter[0]}'
                both = R.random() < 0.5
                t1, t2 = R.choice(['int', 'long', 'short']), R.choice(['int', 'long', 'unsigned'])
                out.append(f'{ind(d)}{t1} {nm} = {expr(vis)} % 100;')
                stmts(d, vis + [nm], depth + 1, R.randint(0, 2))
                if R.random() < 0.3:
                    out.append(R.choice(['#elif defined(B)', '#elif !defined(A)']))
                    out.append(f'{ind(d)}{t2} {nm} = {expr(vis)} % 100;' if both else f'{ind(d)};')
                    stmts(d, vis + ([nm] if both else []), depth + 1, R.randint(0, 2))
                out.append('#else')
                out.append(f'{ind(d)}{t2} {nm} = {expr(vis)} % 100;' if both else f'{ind(d)};')
                stmts(d, vis + ([nm] if both else []), depth + 1, R.randint(0, 2))
                out.append('#endif')
                if both:
                    vis.append(nm)
                    out.append(f'{ind(d)}x = (x + (int){nm}) % 1000;')
            elif c < 0.45 and depth < 3:
                out.append(f'{ind(d)}for (int i{d} = 0; i{d} < 2; i{d}++) {{')
                stmts(d + 1, vis + [f'i{d}'], depth + 1, R.randint(1, 3))
                out.append(f'{ind(d)}}}')
            elif c < 0.6 and depth < 3:
                out.append(f'{ind(d)}if ({expr(vis)} % 3 != 1) {{')
                stmts(d + 1, list(vis), depth + 1, R.randint(1, 2))
                out.append(f'{ind(d)}}} else {{')
                stmts(d + 1, list(vis), depth + 1, R.randint(0, 2))
                out.append(f'{ind(d)}}}')
            elif c < 0.8:
                out.append(f'{ind(d)}x = ({expr(vis)} + x) % 1000;')
            else:
                v = R.choice(vis)
                out.append(f'{ind(d)}printf("%d %ld\\n", __LINE__, (long){v});')
    body = []
    out.append('#include <stdio.h>')
    out.append('async int tw(int x) { await ac_sleep(0); return (2 * x + 1) % 1000; }')
    out.append('async int main(void) {')
    out.append('    int x = 1;')
    stmts(1, ['x'], 0, R.randint(3, 8))
    out.append('    printf("end %d\\n", x);')
    out.append('    return 0;')
    out.append('}')
    return '\n'.join(out) + '\n'

def main():
    seed, out = int(sys.argv[1]), sys.argv[2]
    src = gen(seed)
    with open(os.path.join(out, f'p{seed}.ac'), 'w') as f:
        f.write(src)
    twin = src.replace('async int', 'int').replace('await ac_sleep(0);', '').replace('await ', '')
    with open(os.path.join(out, f'p{seed}_twin.c'), 'w') as f:
        f.write(twin)


if __name__ == '__main__':
    main()
