#!/usr/bin/env python3
"""Generates .ac inputs for acc's speed and robustness checks.

    acc_speed_gen.py SHAPE OUT.ac [SIZE]

Shapes (SIZE is the shape's own measure, with a default):
  realistic     SIZE bytes (default 1 MB) of ordinary async code: many async
                functions with loops, awaits, declarations, structs, try/finally
  blocks        SIZE nested blocks `{ ... }` in an async function
  plain_blocks  SIZE nested blocks in a plain function
  parens        SIZE nested parentheses in an expression of a plain function
  async_parens  SIZE nested parentheses in an expression of an async function
  awaits        one expression of SIZE awaits in an async function
  ifs           SIZE nested ifs in an async function
  plain_ifs     SIZE nested ifs in a plain function
  chain         SIZE async functions, each awaiting the next (defined before it)
  chain_forward SIZE async functions, each awaiting the next (defined after it)
  long_line     a single line of about SIZE bytes (default 1 MB) of async code
  error_line    a single line of about SIZE bytes (default 58 KB) full of errors
  ranges        SIZE nested range-for loops over a generator, in a plain function
  Shapes of SIZE bytes (default 1 MB) that were quadratic (session 6):
  locals        one async function declaring a local per line, each from an await
  trys          one async function of try/catch (int e)/finally statements
  cond_block    one async function whose declarations are all in one #ifdef group
  cond_decls    one async function, each declaration in its own #if/#else/#endif
  typedefs      a typedef'd struct and an async function using it, repeated
  shadows       async functions whose blocks redeclare the same names
  generators    generators and functions that range over them with for await
  labels        one async function of labeled statements, each with a goto
"""
import random
import sys

HEADER = "#include <ac.h>\n#include <stdio.h>\n\n"


def realistic(size):
    rng = random.Random(1)
    out = [HEADER, "typedef struct point { int x, y; } point;\n\n"]
    total = sum(len(s) for s in out)
    i = 0
    while total < size:
        n = rng.randint(2, 6)
        body = [f"async int work{i}(int n, const char *name) {{\n",
                "    int total = 0;\n",
                "    point p = { n, n * 2 };\n",
                "    char buf[64];\n",
                "    snprintf(buf, sizeof buf, \"%s-%d\", name, n);\n"]
        for k in range(n):
            kind = rng.randrange(5)
            if kind == 0:
                body.append(f"    for (int i{k} = 0; i{k} < n; i{k}++) {{\n"
                            f"        total += await step(i{k} + p.x);\n"
                            f"        if (total > 1000) break;\n    }}\n")
            elif kind == 1:
                body.append(f"    while (total < {k * 10} && n > 0) {{\n"
                            f"        await ac_sleep(0);\n        total += n--;\n    }}\n")
            elif kind == 2:
                body.append(f"    try {{\n        int v{k} = await step(p.y) * 2 + await step(total);\n"
                            f"        total += v{k};\n    }} finally {{\n        p.x++;\n    }}\n")
            elif kind == 3:
                body.append(f"    switch (n % 3) {{\n    case 0: total += await step(1); break;\n"
                            f"    case 1: total -= 1; break;\n    default: total ^= p.x;\n    }}\n")
            else:
                body.append(f"    {{\n        long arr{k}[4] = {{ 1, 2, 3, 4 }};\n"
                            f"        for (int j = 0; j < 4; j++) arr{k}[j] += await step(j);\n"
                            f"        total += (int)arr{k}[n & 3];\n    }}\n")
        if i > 0:
            body.append(f"    total += await work{i - 1}(n - 1, buf);\n")
        body.append("    return total + p.x + p.y;\n}\n\n")
        body.append(f"int helper{i}(int a, int b) {{\n"
                    f"    int r = 0;\n    for (int k = 0; k < a; k++) r += (k * b) % 7;\n"
                    f"    return r;\n}}\n\n")
        text = "".join(body)
        out.append(text)
        total += len(text)
        i += 1
    out.insert(2, "async int step(int x) {\n    await ac_sleep(0);\n    return x + 1;\n}\n\n")
    out.append("async int main(void) {\n    printf(\"%d\\n\", await work0(3, \"m\"));\n    return 0;\n}\n")
    return "".join(out)


def nested_blocks(n, is_async):
    head = "async int main(void) {\n    int x = 0;\n" if is_async else "int main(void) {\n    int x = 0;\n"
    inner = "await ac_sleep(0); x++;" if is_async else "x++;"
    return HEADER + head + "{" * n + inner + "}" * n + "\n    return x;\n}\n"


def parens(n, is_async):
    head = "async int main(void) {\n" if is_async else "int main(void) {\n"
    return HEADER + head + "    int x = 1;\n    x = " + "(" * n + "x + 1" + ")" * n + ";\n    return x;\n}\n"


def awaits(n):
    terms = " + ".join("await one()" for _ in range(n))
    return (HEADER + "async int one(void) { return 1; }\n\nasync int main(void) {\n"
            f"    int x = {terms};\n    printf(\"%d\\n\", x);\n    return 0;\n}}\n")


def ifs(n, is_async):
    head = "async int main(void) {\n" if is_async else "int main(void) {\n"
    inner = "await ac_sleep(0); x++;" if is_async else "x++;"
    lines = [HEADER, head, "    int x = 0;\n"]
    for k in range(n):
        lines.append(" " * (k % 8) + f"if (x >= {-k - 1})\n")
    lines.append(inner + "\n    return x;\n}\n")
    return "".join(lines)


def chain(n):
    out = [HEADER, f"async int f{n - 1}(int x) {{ return x + 1; }}\n"]
    for k in range(n - 2, -1, -1):
        out.append(f"async int f{k}(int x) {{ return await f{k + 1}(x) + 1; }}\n")
    out.append("async int main(void) {\n    printf(\"%d\\n\", await f0(0));\n    return 0;\n}\n")
    return "".join(out)


def chain_forward(n):
    out = [HEADER] + [f"async int f{k}(int x);\n" for k in range(n)]
    for k in range(n - 1):
        out.append(f"async int f{k}(int x) {{ return await f{k + 1}(x) + 1; }}\n")
    out.append(f"async int f{n - 1}(int x) {{ return x + 1; }}\n")
    out.append("async int main(void) {\n    printf(\"%d\\n\", await f0(0));\n    return 0;\n}\n")
    return "".join(out)


def long_line(size):
    parts = [HEADER.replace("\n\n", "\n"), "async int step(int x) { return x + 1; } "]
    total = len(parts[0]) + len(parts[1])
    i = 0
    while total < size:
        s = (f"async int g{i}(int n) {{ int t = 0; for (int k = 0; k < n; k++) {{ t += await step(k); }} "
             f"if (t > 3) t -= await step(t); return t; }} ")
        parts.append(s)
        total += len(s)
        i += 1
    parts.append("async int main(void) { printf(\"%d\\n\", await g0(3)); return 0; }\n")
    return "".join(parts)


def error_line(size):
    # an await outside an async function, repeated on one line: one error each
    parts = ["#include <ac.h>\nint f(void); int g(void) { int x = 0; "]
    total = len(parts[0])
    while total < size:
        s = "x += await f(); "
        parts.append(s)
        total += len(s)
    parts.append("return x; }\n")
    return "".join(parts)


def ranges(n):
    out = [HEADER, "ac_gen(int) upto(int n) { for (int i = 0; i < n; i++) yield i; }\n\n",
           "int main(void) {\n    int s = 0;\n"]
    for k in range(n):
        out.append(f"for (int v{k} : upto(1))\n")
    out.append("s++;\n    printf(\"%d\\n\", s);\n    return 0;\n}\n")
    return "".join(out)


STEP = "async int step(int x) { await ac_sleep(0); return x; }\n"


def repeat(size, head, line, tail):
    """head, then line(i) for i = 0, 1, ... while under size bytes, then tail."""
    out, total, i = [head], len(head), 0
    while total < size - len(tail):
        text = line(i)
        out.append(text)
        total += len(text)
        i += 1
    out.append(tail)
    return "".join(out)


def one_function(size, line, opening="", closing=""):
    head = HEADER + STEP + "async int big(int n) {\n    int t = 0;\n" + opening
    return repeat(size, head, line, closing + "    return t;\n}\n")


def main():
    shape, path = sys.argv[1], sys.argv[2]
    size = int(sys.argv[3]) if len(sys.argv) > 3 else None
    gens = {
        "realistic": lambda: realistic(size or 1 << 20),
        "blocks": lambda: nested_blocks(size or 20000, True),
        "plain_blocks": lambda: nested_blocks(size or 20000, False),
        "parens": lambda: parens(size or 30000, False),
        "async_parens": lambda: parens(size or 30000, True),
        "awaits": lambda: awaits(size or 20000),
        "ifs": lambda: ifs(size or 5000, True),
        "plain_ifs": lambda: ifs(size or 5000, False),
        "chain": lambda: chain(size or 20000),
        "chain_forward": lambda: chain_forward(size or 20000),
        "long_line": lambda: long_line(size or 1 << 20),
        "error_line": lambda: error_line(size or 58 * 1024),
        "ranges": lambda: ranges(size or 100),
        "locals": lambda: one_function(size or 1 << 20, lambda i: f"    int v{i} = await step(n + {i});\n"),
        "trys": lambda: one_function(size or 1 << 20, lambda i: "    try { t += await step(1); } catch (int e) "
                                     "{ t -= e; } finally { t++; }\n"),
        "cond_block": lambda: one_function(size or 1 << 20, lambda i: f"    int v{i} = await step({i});\n"
                                           f"    t += v{i};\n", "#ifdef BIG\n", "#endif\n"),
        "cond_decls": lambda: one_function(size or 1 << 20, lambda i: f"#if X{i % 7}\n    int v{i} = await step({i});\n"
                                           f"#else\n    int v{i} = 0;\n#endif\n    t += v{i};\n"),
        "typedefs": lambda: repeat(size or 1 << 20, HEADER, lambda i: f"typedef struct S{i} {{ int a; double b; "
                                   f"char c[{i % 13 + 1}]; }} S{i};\nasync int u{i}(S{i} *p) {{ S{i} q = *p; "
                                   "await ac_sleep(0); return q.a; }\n", ""),
        "shadows": lambda: repeat(size or 1 << 20, HEADER + STEP, lambda i: f"async int f{i}(int n) {{\n    int a = n;\n"
                                  "    { int a = n + 1; { int a = n + 2; a += await step(a); n = a; } }\n"
                                  "    return a + n;\n}\n", ""),
        "generators": lambda: repeat(size or 1 << 20, HEADER, lambda i: f"async ac_gen(int) g{i}(int n) {{ for (int k = 0; "
                                     f"k < n; k++) yield k; }}\nasync int use{i}(void) {{ int t = 0; for await "
                                     f"(int v : g{i}(3)) t += v; return t; }}\n", ""),
        "labels": lambda: one_function(size or 1 << 20, lambda i: f"l{i}: t += await step({i}); "
                                       f"if (t < {i}) goto l{i};\n"),
    }
    with open(path, "w") as f:
        f.write(gens[shape]())


if __name__ == "__main__":
    main()
