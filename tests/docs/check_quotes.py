#!/usr/bin/env python3
"""tests/docs/check_quotes.py ROOT [--fix]: code the docs quote is the code the suite runs,
and their links lead somewhere.

In docs/*.md and docs/api/*.md, a fenced code block right after a marker line

    <!-- quote: PATH -->           the whole file PATH (relative to ROOT)
    <!-- quote: PATH:FIRST-LAST --> lines FIRST..LAST of it, without the
                                    indentation they share

must be exactly that text. In docs/tutorial.md every fenced block except shell
commands (```sh) must have such a marker, so each program shown is a file that
tests/docs builds and runs (docs/examples/NAME.ac with NAME.out).

Every relative link [text](path) of README.md, docs/*.md and docs/api/*.md names a
file or folder that exists (the #anchor is not checked).

--fix rewrites each quoted block from its file (after editing a quoted file).
"""
import re
import sys
import textwrap
from pathlib import Path

MARKER = re.compile(r"<!-- quote: (\S+?)(?::(\d+)-(\d+))? -->")
ALL_QUOTED = {"tutorial.md"}


def blocks(lines):
    """(index of the opening fence, info string, body lines) for each fenced block."""
    i = 0
    while i < len(lines):
        m = re.match(r"^```(\S*)", lines[i])
        if m:
            start, info = i, m.group(1)
            i += 1
            body = []
            while i < len(lines) and lines[i] != "```":
                body.append(lines[i])
                i += 1
            yield start, info, body
        i += 1


def check(root, doc, fix=False):
    errors = 0
    lines = doc.read_text().splitlines()
    fixes = []
    for start, info, body in blocks(lines):
        prev = lines[start - 1] if start > 0 else ""
        m = MARKER.fullmatch(prev.strip())
        where = f"{doc.relative_to(root)}:{start + 1}"
        if not m:
            if doc.name in ALL_QUOTED and info != "sh":
                print(f"{where}: a code block with no '<!-- quote: PATH -->' marker")
                errors += 1
            continue
        path = root / m.group(1)
        if not path.is_file():
            print(f"{where}: quotes {m.group(1)}, which does not exist")
            errors += 1
            continue
        text = path.read_text().splitlines()
        if m.group(2):
            first, last = int(m.group(2)), int(m.group(3))
            text = textwrap.dedent("\n".join(text[first - 1:last])).split("\n")
        if body != text and fix:
            fixes.append((start + 1, start + 1 + len(body), text))
            print(f"{where}: rewritten from {m.group(0)[12:-4]}")
        elif body != text:
            print(f"{where}: the block differs from {m.group(0)[12:-4]}")
            for k, (a, b) in enumerate(zip(body, text)):
                if a != b:
                    print(f"  first difference, line {k + 1} of the block:\n"
                          f"    doc:  {a}\n    file: {b}")
                    break
            else:
                print(f"  the block has {len(body)} lines, the file {len(text)}")
            errors += 1
    for first, end, text in reversed(fixes):
        lines[first:end] = text
    if fixes:
        doc.write_text("\n".join(lines) + "\n")
    return errors


def check_links(root, page):
    errors = 0
    text = page.read_text()
    for m in re.finditer(r"\]\(([^)\s]+)\)", text):
        target = m.group(1).split("#")[0]
        if not target or re.match(r"[a-z]+:", target):
            continue
        if not (page.parent / target).exists():
            line = text.count("\n", 0, m.start()) + 1
            print(f"{page.relative_to(root)}:{line}: a link to {target}, which does not exist")
            errors += 1
    return errors


def main():
    root = Path(sys.argv[1])
    fix = "--fix" in sys.argv[2:]
    docs = sorted((root / "docs").glob("*.md")) + sorted((root / "docs" / "api").glob("*.md"))
    errors = sum(check(root, d, fix) for d in docs)
    pages = [root / "README.md"] + docs
    errors += sum(check_links(root, p) for p in pages)
    print(f"{len(docs)} pages checked for quotes, {len(pages)} for links, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
