#!/usr/bin/env python3
"""selftest.py CC: check_layers.py fails where it must (issue 16).

Builds small fake runtimes (a folder with src/ and include/, objects compiled
by CC) and runs the checker on them: a clean one passes; a symbol cycle, an
include cycle, an edge to a higher layer, a file with no layer and a stale
--known line each fail, naming what is wrong; the object acc's C makes for a
runtime .ac file counts as that .ac file."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "check_layers.py")
CC = sys.argv[1] if len(sys.argv) > 1 else "cc"


def source(layer, body, includes=()):
    head = "/*\n * fake file\n *\n * Layer: %s\n */\n" % layer if layer else "/* fake file, no layer */\n"
    return head + "".join('#include "%s"\n' % i for i in includes) + body


def run(files, known=None, generated=None):
    """Writes files {name: text} (src/ unless ac.h), compiles the .c ones,
    runs the checker on the objects: (exit code, output)."""
    with tempfile.TemporaryDirectory() as d:
        os.makedirs(os.path.join(d, "src"))
        os.makedirs(os.path.join(d, "include", "ac"))
        objs = []
        for name, text in files.items():
            sub = "include" if name == "ac.h" else "src"
            path = os.path.join(d, sub, name)
            with open(path, "w") as f:
                f.write(text)
        for name in files:
            if name.endswith(".c"):
                obj = os.path.join(d, name + ".o")
                subprocess.run([CC, "-c", "-I", os.path.join(d, "include"), os.path.join(d, "src", name),
                                "-o", obj], check=True)
                objs.append(obj)
        for name, text in (generated or {}).items():
            # as acc's output for src/NAME.ac: NAME.c, compiled to NAME.c.o
            os.makedirs(os.path.join(d, "gen"), exist_ok=True)
            path = os.path.join(d, "gen", name + ".c")
            with open(path, "w") as f:
                f.write(text)
            obj = os.path.join(d, name + ".c.o")
            subprocess.run([CC, "-c", "-I", os.path.join(d, "include"), path, "-o", obj], check=True)
            objs.append(obj)
        args = [sys.executable, CHECK, "--root", d]
        if known is not None:
            kpath = os.path.join(d, "known.txt")
            with open(kpath, "w") as f:
                f.write(known)
            args += ["--known", kpath]
        res = subprocess.run(args + objs, capture_output=True, text=True)
        return res.returncode, res.stdout + res.stderr


failures = 0


def expect(what, files, code, *needles, known=None, generated=None):
    global failures
    rc, out = run(files, known, generated)
    missing = [n for n in needles if n not in out]
    if rc != code or missing:
        failures += 1
        print("FAIL %s: exit %d (want %d), missing %r\n%s" % (what, rc, code, missing, out))
    else:
        print("ok   %s" % what)


HDR = {"ac.h": source("base", "int ac_lo(void);\nint ac_hi(void);\n")}
LOW = source("core", "int ac_lo(void) { return 1; }\n", ["ac.h"])
HIGH = source("composite", "int ac_hi(void) { return ac_lo() + 1; }\n", ["ac.h"])

expect("a layered graph passes", dict(HDR, **{"lo.c": LOW, "hi.c": HIGH}), 0, "layered, no cycle")
expect("a resume function in a leaf passes",
       dict(HDR, **{"lo.c": LOW, "leaf.c": source("leaves", "int ac_x__resume(void *f, void *t) { (void)f; (void)t; return ac_lo(); }\n", ["ac.h"])}),
       0, "layered, no cycle")
expect("a hand-written resume function above the leaves fails",
       dict(HDR, **{"lo.c": LOW, "hi.c": source("composite", "int ac_x__resume(void *f, void *t) { (void)f; (void)t; return ac_lo(); }\n", ["ac.h"])}),
       1, "hi.c (composite) defines ac_x__resume: a hand-written state machine above the leaves")

expect("a symbol cycle fails, with its symbols",
       dict(HDR, **{"lo.c": source("core", "int ac_lo(void) { return ac_hi() - 1; }\n", ["ac.h"]),
                    "hi.c": source("core", "int ac_hi(void) { return ac_lo() + 1; }\n", ["ac.h"])}),
       1, "a cycle of 2 files: hi.c lo.c", "hi.c -> lo.c: ac_lo", "lo.c -> hi.c: ac_hi")

expect("an edge to a higher layer fails",
       dict(HDR, **{"lo.c": source("core", "int ac_lo(void) { return ac_hi() - 1; }\n", ["ac.h"]),
                    "hi.c": source("composite", "int ac_hi(void) { return 2; }\n", ["ac.h"])}),
       1, "lo.c (core) -> hi.c (composite): an edge to a higher layer: ac_hi")

expect("an include cycle fails",
       dict(HDR, **{"a.h": source("core", "", ["b.h"]), "b.h": source("core", "", ["a.h"]),
                    "lo.c": LOW}),
       1, "a cycle of 2 files: a.h b.h", '#include "a.h"')

expect("a file without a layer fails", dict(HDR, **{"lo.c": LOW, "hi.c": source(None, "int ac_hi(void) { return 2; }\n")}),
       1, "hi.c: its opening comment declares no layer")

expect("a known edge is left out",
       dict(HDR, **{"lo.c": source("core", "int ac_lo(void) { return ac_hi() - 1; }\n", ["ac.h"]),
                    "hi.c": HIGH}),
       0, "1 known", known="lo.c -> hi.c  # to remove\n")

expect("a stale known edge fails", dict(HDR, **{"lo.c": LOW, "hi.c": HIGH}), 1,
       "lo.c -> hi.c: listed in", known="lo.c -> hi.c\n")

# a runtime .ac file: its object (made from acc's C) is the .ac file's node
AC = source("composite", "async void ac_shell(void) { }\n")
expect("an .ac file's object is that file",
       dict(HDR, **{"lo.c": LOW, "shell.ac": AC}), 0, "layered, no cycle",
       generated={"shell": "int ac_lo(void);\nint ac_sh(void) { return ac_lo(); }\n"})
expect("an edge up to an .ac file fails",
       dict(HDR, **{"lo.c": source("core", "int ac_sh(void);\nint ac_lo(void) { return ac_sh(); }\n"),
                    "shell.ac": AC}), 1, "lo.c (core) -> shell.ac (composite): an edge to a higher layer: ac_sh",
       generated={"shell": "int ac_sh(void) { return 1; }\n"})

sys.exit(1 if failures else 0)
