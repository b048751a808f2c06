#!/usr/bin/env python3
"""tests/docs/check_pipeline.py ROOT: docs/pipeline.md names every source file of the
translator and the runtime, and each file says what it is.

Every file of translator/src and runtime/src (.c and .h) must appear in
docs/pipeline.md as `NAME` (its tables of passes and of the runtime's files, with a
role each), and must open with a comment that starts with its own name
("/* NAME: what it is"), as the style asks. A new file fails here until both are
written.
"""
import re
import sys
from pathlib import Path


def main():
    root = Path(sys.argv[1])
    doc = (root / "docs" / "pipeline.md").read_text()
    errors = 0
    files = sorted((root / "translator" / "src").glob("*.[ch]"))
    files += sorted((root / "runtime" / "src").glob("*.[ch]"))
    for f in files:
        rel = f.relative_to(root)
        if f"`{f.name}`" not in doc and f"`{rel}`" not in doc:
            print(f"docs/pipeline.md does not name {rel}")
            errors += 1
        head = f.read_text()[:400]
        if not re.match(r"/\*\s*\**\s*" + re.escape(f.name) + r":", head):
            print(f"{rel} does not open with a comment '/* {f.name}: what it is'")
            errors += 1
    print(f"{len(files)} source files checked, {errors} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
