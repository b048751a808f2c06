#!/usr/bin/env python3
"""tests/docs/check_api.py ROOT: every public name of the runtime's headers has an
entry in docs/api/, and every entry names something that exists.

Public names: the identifiers spelled ac_* or AC_* (no double underscore: ac__* and
NAME__frame are the contract with generated code) in runtime/include/ac.h and every
header or .def file under runtime/include/ (comments left out), the async functions
of ac_async.def (AC_ASYNC(type, NAME, ...)), and the error codes AC_<NAME> of
AC_ERRNO_MAP (XX(NAME, "message")). A name added later fails this test until it
is documented: that is intended.

An entry is the name in backquotes in a heading of docs/api/*.md (`### \`ac_spawn\``,
several names may share one heading) or in the first cell of a table row
(`| \`AC_EPERM\` | ...`). Mentions in running text do not count. The entry of an
async function of the runtime has the line *async* under its heading, and no other
entry has it.
"""
import re
import sys
from pathlib import Path

# Names in the headers that are not part of the API a program uses (besides the
# include guards, AC_..._H).
NOT_API = set()

# Names documented ahead of the branch that declares them: not "stale" while no
# header declares them yet. Empty this set once that branch is merged.
UPCOMING = {}


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    return re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)  # string literals (#include "ac_async.def")


def async_names(include_dir):
    """The runtime's async functions: lines AC_ASYNC(T, NAME, (params)) of a .def
    file, or declarations AC_ASYNC(T) NAME(params); in a header."""
    found = set()
    for path in include_dir.rglob("*"):
        if path.suffix not in (".h", ".def"):
            continue
        code = strip_comments(path.read_text())
        found.update(re.findall(r"^\s*AC_ASYNC\(\s*[^,]+,\s*(\w+)\s*,", code, flags=re.M))
        found.update(re.findall(r"^\s*AC_ASYNC\([^)]*\)\s*(\w+)\s*\(", code, flags=re.M))
    return found


def header_names(include_dir):
    names = {}
    files = sorted(p for p in include_dir.rglob("*") if p.suffix in (".h", ".def"))
    for path in files:
        code = strip_comments(path.read_text())
        rel = path.relative_to(include_dir.parent.parent)
        for m in re.finditer(r"\b(?:ac|AC)_[A-Za-z0-9_]+", code):
            name = m.group(0)
            if ("__" in name or name in NOT_API or re.fullmatch(r"AC(_\w+)?_H", name)
                    or code[m.end():m.end() + 2] == "##"):
                continue
            names.setdefault(name, str(rel))
        for m in re.finditer(r"^\s*XX\((\w+),", code, flags=re.M):
            names.setdefault("AC_" + m.group(1), str(rel))
        for m in re.finditer(r"^\s*AC_ASYNC\(\s*[^,]+,\s*(\w+)\s*,", code, flags=re.M):
            names.setdefault(m.group(1), str(rel))
    return names


def documented_names(api_dir, marked_async):
    """The entries, and in marked_async the names whose heading is followed by the
    line *async*."""
    entries = {}
    for path in sorted(api_dir.glob("*.md")):
        lines = path.read_text().splitlines()
        for lineno, line in enumerate(lines, 1):
            if line.startswith("#"):
                cells = [line]
                following = [l for l in lines[lineno:lineno + 3] if l.strip()]
                if following and following[0].strip() == "*async*":
                    marked_async.update(re.findall(r"`((?:ac|AC)_\w+)", line))
            elif line.startswith("|"):
                cells = line.split("|")[1:2]
            else:
                continue
            for cell in cells:
                for m in re.finditer(r"`((?:ac|AC)_\w+)", cell):
                    entries.setdefault(m.group(1), f"{path.name}:{lineno}")
    return entries


def main():
    root = Path(sys.argv[1])
    names = header_names(root / "runtime" / "include")
    marked = set()
    entries = documented_names(root / "docs" / "api", marked)
    asyncs = async_names(root / "runtime" / "include")
    wrong_async = sorted((asyncs - marked) & set(entries)) + sorted(marked - asyncs - set(UPCOMING))
    missing = sorted(n for n in names if n not in entries)
    stale = sorted(n for n in entries if n not in names and n not in UPCOMING)
    for n in sorted(UPCOMING):
        if n not in names:
            print(f"note: '{n}' is documented ahead of branch {UPCOMING[n]}")
    for n in missing:
        print(f"{names[n]}: '{n}' has no entry in docs/api/ "
              f"(a heading or a table row naming it in backquotes)")
    for n in stale:
        print(f"docs/api/{entries[n]}: '{n}' is documented but no runtime header declares it")
    for n in wrong_async:
        print(f"docs/api/{entries[n]}: '{n}' is {'' if n in asyncs else 'not '}an async "
              f"function of the runtime, and its entry says otherwise (the line *async* "
              f"under its heading)")
    print(f"{len(names)} public names, {len(names) - len(missing)} documented, "
          f"{len(missing)} missing, {len(stale)} stale; {len(asyncs)} async functions, "
          f"{len(wrong_async)} marked wrongly")
    return 1 if missing or stale or wrong_async else 0


if __name__ == "__main__":
    sys.exit(main())
