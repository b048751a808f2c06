"""Assemble generated programs into one Async C file and one plain-C twin.

Several programs (one per seed) go into one pair of files, each under its own
prefix `pSEED_`, so that a batch costs one compile and one link per compiler.
"""
import random

from gen import FEATURES, Gen, one_fn
from model import Render


class Built:
    """A generated program: its model (fns, gens, main) and file-scope text."""

    def __init__(self, seed, feats):
        self.seed = seed
        self.feats = feats
        self.P = f"p{seed}_"
        g = Gen(seed, feats, self.P)
        self.fns, self.gens, self.main = g.program()
        self.head = "\n".join(g.file_scope()) + "\n\n"

    def render(self):
        """(ac text, c text) of this program's part of a batch."""
        one_ac, one_c = one_fn(self.P)
        texts = []
        for mode, one in (('ac', one_ac), ('c', one_c)):
            r = Render(mode)
            for fn in self.gens + self.fns:
                r.prototype(fn)
            r.out.append("")
            for fn in self.gens:
                r.function(fn)
            for fn in reversed(self.fns):
                r.function(fn)
            r.function(self.main)
            texts.append(f"/* seed {self.seed} */\n" + self.head + one + "\n" + "\n".join(r.out) + "\n")
        if 'digraphs' in self.feats:
            texts[0] = digraphs(texts[0], random.Random(self.seed))
        return texts[0], texts[1]


DIGRAPHS = {'[': '<:', ']': ':>', '{': '<%', '}': '%>'}


def digraphs(text, rng):
    """text with about a third of its brackets and braces spelled as digraphs
    (C95), outside strings, character constants, comments and directives."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2) + 2
            out.append(text[i:j])
            i = j
        elif c == '#' and (i == 0 or text[i - 1] == '\n'):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(text[i:j])
            i = j
        else:
            out.append(DIGRAPHS[c] if c in DIGRAPHS and rng.random() < 0.35 else c)
            i += 1
    return "".join(out)


# A task that overwrites the C stack on every loop pass, so a value the
# translation wrongly keeps in the resume function's stack (not in the frame)
# is garbage after an await instead of surviving by luck.
SCRIBBLER = """static int ac_dt_stop;
static int ac_dt_scribble(void) {
    volatile unsigned char junk[8192];
    for (int i = 0; i < 8192; i++)
        junk[i] = (unsigned char) (i * 37 + 11);
    return junk[ac_dt_stop];
}
async void ac_dt_scribbler(void) {
    while (!ac_dt_stop) {
        ac_dt_stop = ac_dt_scribble() == 1000;
        await ac_sleep(0);
    }
}
"""


def render_batch(seeds, feats=FEATURES):
    """One .ac file and its twin running the programs of `seeds` in order."""
    return render_built([Built(s, feats) for s in seeds])


def render_built(progs):
    ac = ["#include <stdio.h>", "#include <ac.h>", ""]
    c = ["#include <stdio.h>", "", "int ac_dt_err;", ""]
    if any(f in b.feats for b in progs for f in ('arr_elide', 'arr_elide_struct', 'elide_struct_value')):
        # int m[][2] = {1, 2, 3}: valid C that -Wall (-Wmissing-braces) flags
        for out in (ac, c):
            out.insert(0, '#pragma GCC diagnostic ignored "-Wmissing-braces"')
    mains = []
    for b in progs:
        a, t = b.render()
        ac.append(a)
        c.append(t)
        mains.append((b.seed, b.main.name))
    ac.append(SCRIBBLER)
    ac.append("async int main(void) {")
    ac.append("    ac_task *scribbler = ac_spawn(ac_dt_scribbler());")
    c.append("int main(void) {")
    for s, m in mains:
        ac.append(f'    printf("== seed {s}\\n");')
        ac.append(f"    await {m}();")
        c.append(f'    printf("== seed {s}\\n");')
        c.append(f"    {m}();")
    ac.append("    ac_dt_stop = 1;")
    ac.append("    await scribbler;")
    ac.append("    ac_release(scribbler);")
    for out in (ac, c):
        out.append("    return 0;")
        out.append("}")
    return "\n".join(ac) + "\n", "\n".join(c) + "\n"


if __name__ == '__main__':
    import sys
    a, t = render_batch([int(x) for x in sys.argv[1:]] or [1])
    print(a)
    print("/* ======== twin ======== */")
    print(t)
