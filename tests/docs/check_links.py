#!/usr/bin/env python3
"""tests/docs/check_links.py ROOT: every relative link of the Markdown a user reads
leads somewhere, its #anchor included.

Pages: README.md, CHANGELOG.md, bench/README.md, docs/*.md and docs/api/*.md.
A link [text](path#anchor), [text](#anchor) or a reference definition
[label]: path#anchor must name a file or folder that exists (relative to the
page), and when it has an anchor and names a Markdown page, a heading of that
page must have that anchor, spelled as GitHub makes it: the heading's text in
lower case, punctuation other than '-' and '_' dropped, spaces made '-', and
'-1', '-2', ... after repeated headings. Links inside fenced code blocks and
code spans are not links. External links (http:, mailto:, ...) are not checked:
the suite runs offline.
"""
import re
import sys
from pathlib import Path

LINK = re.compile(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+(\S+)", re.M)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def prose(text):
    """The text with fenced code blocks and code spans blanked out (same offsets)."""
    out = []
    fence = None
    for line in text.split("\n"):
        m = re.match(r"^\s*(```+|~~~+)", line)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            out.append(" " * len(line))
        elif m:
            fence = m.group(1)
            out.append(" " * len(line))
        else:
            out.append(re.sub(r"(`+)(.+?)\1", lambda c: " " * len(c.group(0)), line))
    return "\n".join(out)


def slug(heading):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)   # a link: its text
    text = re.sub(r"<[^>]+>", "", text).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(page, cache={}):
    if page not in cache:
        found, seen = set(), {}
        fence = None
        for line in page.read_text().split("\n"):
            m = re.match(r"^\s*(```+|~~~+)", line)
            if fence:
                if m and m.group(1)[0] == fence[0]:
                    fence = None
                continue
            if m:
                fence = m.group(1)
                continue
            h = HEADING.match(line)
            if h:
                s = slug(h.group(2))
                n = seen.get(s, 0)
                seen[s] = n + 1
                found.add(s if n == 0 else f"{s}-{n}")
            for a in re.finditer(r"<a\s+(?:name|id)=\"([^\"]+)\"", line):
                found.add(a.group(1))
        cache[page] = found
    return cache[page]


def check(root, page):
    errors = 0
    raw = page.read_text()
    text = prose(raw)
    targets = [m for m in LINK.finditer(text)] + [m for m in REFDEF.finditer(text)]
    for m in targets:
        target = m.group(1).strip("<>")
        if re.match(r"[a-zA-Z][a-zA-Z+.-]*:", target):
            continue
        path, _, anchor = target.partition("#")
        dest = (page.parent / path) if path else page
        line = text.count("\n", 0, m.start()) + 1
        where = f"{page.relative_to(root)}:{line}"
        if not dest.exists():
            print(f"{where}: a link to {path}, which does not exist")
            errors += 1
        elif anchor and dest.is_file() and dest.suffix == ".md" and anchor not in anchors(dest):
            print(f"{where}: a link to {target}: {dest.relative_to(root)} has no heading "
                  f"with the anchor #{anchor}")
            errors += 1
    return errors


def main():
    root = Path(sys.argv[1]).resolve()
    pages = [root / "README.md", root / "CHANGELOG.md", root / "bench" / "README.md"]
    pages += sorted((root / "docs").glob("*.md")) + sorted((root / "docs" / "api").glob("*.md"))
    pages = [p for p in pages if p.exists()]
    errors = sum(check(root, p) for p in pages)
    print(f"{len(pages)} pages checked for links and anchors, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
