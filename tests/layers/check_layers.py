#!/usr/bin/env python3
"""check_layers.py: the runtime's file graph is layered and has no cycles
(issue 16; docs/pipeline.md, "The runtime's layers").

    check_layers.py --root RUNTIME_DIR [--known FILE] [-v] LIB_OR_OBJECTS...

Nodes: the runtime's files (RUNTIME_DIR/src/*.c, *.ac, *.h; include/ac.h,
include/ac/*.h). Edges:
  (a) symbols: file A's object has an undefined symbol that file B's object
      defines (`nm`; an object is named after its source: task.c.o is
      src/task.c, shell.c.o made by acc from src/shell.ac is src/shell.ac);
  (b) includes: A has `#include "B"` and B is a runtime header.
Each file's opening comment declares its layer, "Layer: NAME", NAME one of
LAYERS below, bottom first. The check fails, saying why, when a file declares
no layer (or an unknown one), when an edge goes to a higher layer, or when the
graph has a cycle (listed with the symbols or includes that make it), and
when a C file above the leaves defines a resume function (NAME__resume, a
hand-written state machine: issue 16 keeps them in the primitive leaves and
the core; a composite is an async function of a .ac file, whose resume acc
writes).

--known FILE: edges still to be removed ("A -> B" per line, # comments), left
out of the checks; an edge listed there that no longer exists is an error, so
the list can only shrink.
"""
import argparse
import collections
import os
import re
import subprocess
import sys

# bottom first; a file may use files of its own layer or of a lower one
LAYERS = ["base", "core", "leaves", "composite", "tools"]

LAYER_RE = re.compile(r"\bLayer:\s*([A-Za-z_]+)")
INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def opening_comment(text):
    """The file's first comment (a /* */ block or a run of // lines)."""
    s = text.lstrip()
    if s.startswith("/*"):
        end = s.find("*/")
        return s[: end + 2] if end >= 0 else s
    lines = []
    for line in s.splitlines():
        if not line.lstrip().startswith("//"):
            break
        lines.append(line)
    return "\n".join(lines)


def runtime_files(root):
    """name -> path of every runtime file (names are unique: basenames, with
    ac/ kept for the public headers' folder)."""
    files = {}
    src = os.path.join(root, "src")
    for n in sorted(os.listdir(src)):
        if n.endswith((".c", ".h", ".ac")):
            files[n] = os.path.join(src, n)
    inc = os.path.join(root, "include")
    if os.path.isfile(os.path.join(inc, "ac.h")):
        files["ac.h"] = os.path.join(inc, "ac.h")
    sub = os.path.join(inc, "ac")
    if os.path.isdir(sub):
        for n in sorted(os.listdir(sub)):
            if n.endswith(".h"):
                files["ac/" + n] = os.path.join(sub, n)
    return files


def include_edges(files):
    """(A, B) -> [why] for A's #include of runtime header B."""
    edges = collections.defaultdict(list)
    for name, path in files.items():
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        here = os.path.dirname(name)
        for inc in INCLUDE_RE.findall(text):
            # as the compiler looks: the file's folder, then include/, src/
            for cand in (os.path.normpath(os.path.join(here, inc)), inc, "ac/" + inc):
                if cand in files and cand != name:
                    edges[(name, cand)].append('#include "%s"' % inc)
                    break
    return edges


def object_source(obj, files):
    """The runtime file an object (archive member or path) was compiled from."""
    base = os.path.basename(obj)
    for suffix in (".o", ".obj"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
    if base in files:
        return base
    stem = os.path.splitext(base)[0]
    if stem + ".ac" in files:  # translated by acc at build time
        return stem + ".ac"
    return None


def nm_symbols(inputs):
    """[(object name, defined set, undefined set)] from `nm` of archives/objects."""
    out = []
    for path in inputs:
        res = subprocess.run(["nm", "-A", path], capture_output=True, text=True)
        if res.returncode != 0:
            sys.exit("check_layers: nm %s failed: %s" % (path, res.stderr.strip()))
        per = collections.OrderedDict()
        archive = path.endswith(".a")
        for line in res.stdout.splitlines():
            # "lib.a:member.o:0000 T sym", "obj.o:0000 T sym", "...:         U sym"
            if not line.startswith(path + ":"):
                continue
            rest = line[len(path) + 1:]
            obj = path
            if archive:
                obj, _, rest = rest.partition(":")
            p = rest.split()
            d, u = per.setdefault(obj, (set(), set()))
            if len(p) == 3 and p[1] in "TDBRVWCGSI":
                d.add(p[2])
            elif len(p) == 2 and p[0] == "U":
                u.add(p[1])
        out.extend((o, d, u) for o, (d, u) in per.items())
    return out


# a hand-written state machine may live in these layers only
MACHINE_LAYERS = ("core", "leaves")


def hand_written_machines(inputs, files, layers):
    """Errors for the resume functions (NAME__resume) that a C file of a
    layer above the leaves defines."""
    errors = []
    for obj, d, _ in nm_symbols(inputs):
        src = object_source(obj, files)
        if src is None or src.endswith(".ac") or layers.get(src) in MACHINE_LAYERS or src not in layers:
            continue
        for sym in sorted(x for x in d if x.endswith("__resume")):
            errors.append("%s (%s) defines %s: a hand-written state machine above the leaves "
                          "(write the composite in a .ac file, over primitive leaves)"
                          % (src, layers[src], sym))
    return errors


def symbol_edges(inputs, files):
    edges = collections.defaultdict(list)
    defs = {}
    unknown = []
    objs = []
    for obj, d, u in nm_symbols(inputs):
        src = object_source(obj, files)
        if src is None:
            unknown.append(obj)
            continue
        objs.append((src, u))
        for s in d:
            defs[s] = src
    for src, u in objs:
        for s in sorted(u):
            dst = defs.get(s)
            if dst is not None and dst != src:
                edges[(src, dst)].append(s)
    return edges, unknown


def declared_layers(files):
    layers, errors = {}, []
    for name, path in files.items():
        with open(path, encoding="utf-8", errors="replace") as f:
            m = LAYER_RE.search(opening_comment(f.read()))
        if m is None:
            errors.append("%s: its opening comment declares no layer (\"Layer: %s\")"
                          % (name, "|".join(LAYERS)))
        elif m.group(1) not in LAYERS:
            errors.append("%s: unknown layer '%s' (one of %s)" % (name, m.group(1), ", ".join(LAYERS)))
        else:
            layers[name] = m.group(1)
    return layers, errors


def cycles(nodes, edges):
    """Strongly connected components of more than one file (Tarjan, iterative)."""
    succ = collections.defaultdict(set)
    for a, b in edges:
        succ[a].add(b)
    index, low, on, stack, out = {}, {}, set(), [], []
    counter = 0
    for root in sorted(nodes):
        if root in index:
            continue
        work = [(root, iter(sorted(succ[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(succ[w]))))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def read_known(path):
    known = set()
    if path is None:
        return known
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            a, sep, b = line.partition("->")
            if not sep:
                sys.exit("check_layers: %s: not 'A -> B': %s" % (path, line))
            known.add((a.strip(), b.strip()))
    return known


def why(edge, sym, inc):
    parts = []
    if edge in sym:
        parts.append(" ".join(sym[edge]))
    if edge in inc:
        parts.append(" ".join(inc[edge]))
    return "; ".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", required=True, help="the runtime folder (src/, include/)")
    ap.add_argument("--known", help="edges still to be removed, left out of the checks")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the graph")
    ap.add_argument("inputs", nargs="+", help="the static library or objects")
    args = ap.parse_args()

    files = runtime_files(args.root)
    layers, errors = declared_layers(files)
    sym, unknown = symbol_edges(args.inputs, files)
    inc = include_edges(files)
    for obj in unknown:
        errors.append("%s: an object of no runtime source" % obj)
    errors.extend(hand_written_machines(args.inputs, files, layers))
    known = read_known(args.known)
    edges = set(sym) | set(inc)
    for e in sorted(known - edges):
        errors.append("%s -> %s: listed in %s but no longer an edge: remove the line"
                      % (e[0], e[1], args.known))
    edges -= known
    rank = {n: i for i, n in enumerate(LAYERS)}
    for a, b in sorted(edges):
        if a in layers and b in layers and rank[layers[b]] > rank[layers[a]]:
            errors.append("%s (%s) -> %s (%s): an edge to a higher layer: %s"
                          % (a, layers[a], b, layers[b], why((a, b), sym, inc)))
    for comp in cycles(files, edges):
        lines = ["a cycle of %d files: %s" % (len(comp), " ".join(comp))]
        members = set(comp)
        for a, b in sorted(edges):
            if a in members and b in members:
                lines.append("    %s -> %s: %s" % (a, b, why((a, b), sym, inc)))
        errors.append("\n".join(lines))
    if args.verbose:
        for layer in LAYERS:
            print("%s: %s" % (layer, " ".join(sorted(n for n in layers if layers[n] == layer))))
        for a, b in sorted(edges | known):
            print("  %s -> %s%s: %s" % (a, b, " (known)" if (a, b) in known else "", why((a, b), sym, inc)))
    for e in errors:
        print("check_layers: " + e)
    if errors:
        print("check_layers: %d problem(s)" % len(errors))
        return 1
    print("check_layers: %d files, %d edges (%d known, still to remove): layered, no cycle"
          % (len(files), len(edges) + len(known), len(known)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
