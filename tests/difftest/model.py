"""The program model of the differential tester and its two renderings.

A program is a list of functions whose bodies are trees of the node classes
below. `Render(mode='ac')` prints it as Async C (async functions, await, try,
generators); `Render(mode='c')` prints the plain-C twin of the same program:
awaits become plain calls, `await ac_sleep(0)` disappears, a task is a direct
call, a generator fills an array, and try/catch/finally/throw become an error
code (`ac_dt_err`) plus gotos, with each `finally` copied onto every way out of
its `try` (break, continue, return, goto, error).

The generator (gen.py) only builds trees whose two renderings must print the
same bytes; the renderers here never decide anything random.
"""

MOD = 10007            # every arithmetic result is reduced mod this: no overflow


# ---------------------------------------------------------------- expressions
class E:
    eff = False        # calls an impure (printing) function where C evaluates it

    def render(self, r):
        raise NotImplementedError


class Raw(E):
    def __init__(self, text):
        self.text = text

    def render(self, r):
        return self.text


class Bin(E):
    """a OP b, reduced so that |value| < 16384 whatever the operands."""

    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b
        self.eff = a.eff or b.eff

    def render(self, r):
        a, b, op = self.a.render(r), self.b.render(r), self.op
        if op in '+-*':
            return f"(({a} {op} {b}) % {MOD})"
        if op in '/%':     # divisor in [2, 14]
            return f"({a} {op} ({b} % 7 + 8))"
        if op == '<<':
            return f"((({a} & 255) << ({b} & 7)) % {MOD})"
        if op == '>>':
            return f"(({a} & 16383) >> ({b} & 7))"
        return f"({a} {op} {b})"   # & | ^ and comparisons


class Plus(E):
    """+a: a value C knows is scalar, whatever a is (a member access)."""

    def __init__(self, a):
        self.a, self.eff = a, a.eff

    def render(self, r):
        return f"(+ {self.a.render(r)})"


class Neg(E):
    def __init__(self, a):
        self.a, self.eff = a, a.eff

    def render(self, r):
        return f"(- {self.a.render(r)})"


class Logic(E):
    def __init__(self, op, a, b):
        self.op, self.a, self.b = op, a, b
        self.eff = a.eff or b.eff

    def render(self, r):
        return f"({self.a.render(r)} {self.op} {self.b.render(r)})"


class Cond(E):
    def __init__(self, c, a, b):
        self.c, self.a, self.b = c, a, b
        self.eff = c.eff or a.eff or b.eff

    def render(self, r):
        return f"({self.c.render(r)} ? {self.a.render(r)} : {self.b.render(r)})"


class GnuCond(E):
    """GNU `a ?: b`: a is evaluated once and is the value when non-zero."""

    def __init__(self, a, b):
        self.a, self.b = a, b
        self.eff = a.eff or b.eff

    def render(self, r):
        return f"({self.a.render(r)} ?: {self.b.render(r)})"


class Comma(E):
    """(await ac_sleep(0), b): the twin keeps a no-op left operand."""

    def __init__(self, b):
        self.b, self.eff = b, b.eff

    def render(self, r):
        left = "await ac_sleep(0)" if r.ac else "(void) 0"
        return f"({left}, {self.b.render(r)})"


class Call(E):
    """`await f(args)` of an async function (twin: `f(args)`). A throwing
    callee is only placed where C evaluates it unconditionally and first among
    the effects of its statement, so the twin may hoist it into a temporary
    followed by `if (ac_dt_err) goto handler;`."""

    def __init__(self, fn, args, paren=True):
        self.fn, self.args, self.paren = fn, args, paren
        self.eff = fn.impure or any(a.eff for a in args)

    def render(self, r):
        args = ", ".join(a.render(r) for a in self.args)
        if r.ac:
            text = f"await {self.fn.name}({args})"
            return f"({text})" if self.paren else text
        text = f"{self.fn.name}({args})"
        if self.fn.may_throw:
            return r.hoist_call(text, self.fn.kind == 'void')
        return text


class PCall(E):
    """A call of a plain C function (or a function pointer)."""

    def __init__(self, name, args):
        self.name, self.args = name, args
        self.eff = any(a.eff for a in args)

    def render(self, r):
        return f"{self.name}({', '.join(a.render(r) for a in self.args)})"


class Index(E):
    def __init__(self, base, n, idx):
        self.base, self.n, self.idx = base, n, idx
        self.eff = idx.eff

    def render(self, r):
        i = self.idx.render(r)
        return f"{self.base}[(({i}) % {self.n} + {self.n}) % {self.n}]"


class Sizeof(E):
    """sizeof(await f()): C never evaluates the operand."""

    def __init__(self, call):
        self.call = call

    def render(self, r):
        return f"((int) sizeof({self.call.render(r)}))"


class Init(E):
    """A brace initializer; items are E, ('.d = ', E) or nested Init."""

    def __init__(self, items):
        self.items = items
        self.eff = any((i[1] if isinstance(i, tuple) else i).eff for i in items)

    def render(self, r):
        parts = []
        for i in self.items:
            parts.append(i[0] + i[1].render(r) if isinstance(i, tuple) else i.render(r))
        return "{ " + ", ".join(parts) + " }"


# ---------------------------------------------------------------- statements
class S:
    pass


class Fmt(S):
    """A simple statement: fmt with {0}, {1}... replaced by rendered exprs."""

    def __init__(self, fmt, exprs=()):
        self.fmt, self.exprs = fmt, list(exprs)


class Sleep(S):
    pass


class PP(S):
    """body under a preprocessor conditional that is true; other in the false branch."""

    def __init__(self, kind, body, other):
        self.kind, self.body, self.other = kind, body, other


class Block(S):
    def __init__(self, body, label=None):
        self.body, self.label = body, label


class If(S):
    def __init__(self, cond, then, els=None):
        self.cond, self.then, self.els = cond, then, els


class While(S):
    """int w = 0; while (w < lim && cond) { w++; body }"""

    def __init__(self, var, lim, cond, body, do=False):
        self.var, self.lim, self.cond, self.body, self.do = var, lim, cond, body, do


class For(S):
    def __init__(self, var, init, lim, cond, step, body):
        self.var, self.init, self.lim, self.cond, self.step, self.body = var, init, lim, cond, step, body
        self.ctype, self.ptr = "int", False     # for_typedef: a typedef name, and `*VARp = &VAR`


class BareSwitch(S):
    """switch (e & 3) case 1: case 2: x = v;  -- the .ac's body is not a block
    (labels: values, or [None] for default); the twin's is."""

    def __init__(self, expr, labels, stmt):
        self.expr, self.labels, self.stmt = expr, labels, stmt


class Pragma(S):
    """_Pragma("GCC diagnostic push") body _Pragma(... pop), or macros spelling them."""

    def __init__(self, body, macro):
        self.body, self.macro = body, macro


class Switch(S):
    """cases: list of (value or None for default, body, falls_through)."""

    def __init__(self, expr, cases):
        self.expr, self.cases = expr, cases


class Jump(S):
    def __init__(self, kind, label=None):
        self.kind, self.label = kind, label     # break / continue / goto


class Return(S):
    def __init__(self, expr=None):
        self.expr = expr


class Try(S):
    def __init__(self, body, evar, catch, fin):
        self.body, self.evar, self.catch, self.fin = body, evar, catch, fin


class Throw(S):
    def __init__(self, code=None, evar=None):
        self.code, self.evar = code, evar     # code None: rethrow of evar


class Spawn(S):
    """ac_task *t = ac_spawn(f(args)); middle; int r = (int) await t; ac_release(t);
    f is pure, so the twin may call it at the spawn."""

    def __init__(self, tname, rname, fn, args, middle):
        self.tname, self.rname, self.fn, self.args, self.middle = tname, rname, fn, args, middle


class GenLoop(S):
    def __init__(self, gen, args, var, body, n):
        self.gen, self.args, self.var, self.body, self.n = gen, args, var, body, n


class Yield(S):
    def __init__(self, expr, recv=None):
        self.expr, self.recv = expr, recv


class Fn:
    def __init__(self, name, kind, params):
        self.name, self.kind, self.params = name, kind, params
        self.body = []
        self.may_throw = False
        self.impure = kind in ('impure', 'void', 'rec')
        self.cost = 1
        self.is_gen = kind in ('gen', 'agen')
        self.callers = 0


# ---------------------------------------------------------------- rendering
class Render:
    def __init__(self, mode):
        self.ac = mode == 'ac'
        self.out = []
        self.ind = 1
        self.frames = []        # ('loop',) ('switch',) ('try', fin) ('label', name)
        self.handlers = []      # twin: label an error jumps to
        self.used = set()
        self.hoists = []
        self.ntmp = 0
        self.fn = None

    def line(self, text):
        self.out.append("    " * self.ind + text)

    def tmp(self, base):
        self.ntmp += 1
        return f"ac_dt_{base}{self.ntmp}"   # not a name of the program's (decls.py: sv, pv, ...)

    def hoist_call(self, text, void=False):
        t = "(void) 0" if void else self.tmp("ht")
        self.hoists.append(f"{text};" if void else f"int {t} = {text};")
        self.hoists.append(f"if (ac_dt_err) goto {self.handler()};")
        return t

    def handler(self):
        h = self.handlers[-1]
        self.used.add(h)
        return h

    def exprs(self, es):
        """Render expressions of one statement; emit the twin's hoisted calls."""
        self.hoists = []
        texts = [e.render(self) for e in es]
        for h in self.hoists:
            self.line(h)
        self.hoists = []
        return texts

    def block(self, body):
        self.ind += 1
        for s in body:
            self.stmt(s)
        self.ind -= 1

    def unwind(self, stop):
        """Twin: copy the finally blocks between here and the frame `stop` matches."""
        for fr in reversed(self.frames):
            if stop(fr):
                return
            if fr[0] == 'try' and fr[1] is not None:
                self.line("{")
                saved, self.frames = self.frames, []
                self.block(fr[1])
                self.frames = saved
                self.line("}")

    # ---- statements
    def stmt(self, s):
        getattr(self, 's_' + type(s).__name__)(s)

    def s_Fmt(self, s):
        text = s.fmt.format(*self.exprs(s.exprs)) if s.exprs else s.fmt
        if text == "(void) 0;":
            return
        if s.fmt == "{0};" and text[:-1].isidentifier():
            text = f"(void) {text}"     # the twin's hoisted result of a call statement
        self.line(text)

    def s_Sleep(self, s):
        if self.ac:
            self.line("await ac_sleep(0);")

    def s_PP(self, s):
        if s.kind == 'if':
            first, second = s.body, s.other
            self.out.append("#if 1")
        elif s.kind == 'ifndef':
            first, second = s.body, s.other
            self.out.append("#ifndef AC_DT_UNDEFINED")
        else:
            first, second = s.other, s.body
            self.out.append("#ifdef AC_DT_UNDEFINED")
        for st in first:
            self.stmt(st)
        self.out.append("#else")
        for st in second:
            self.stmt(st)
        self.out.append("#endif")

    def s_Block(self, s):
        self.line("{")
        if s.label:
            self.frames.append(('label', s.label))
        self.block(s.body)
        if s.label:
            self.frames.pop()
            self.line(f"{s.label}:;")
        self.line("}")

    def s_If(self, s):
        c, = self.exprs([s.cond])
        if isinstance(s.cond, Bin) and s.cond.op in ('==', '!='):
            c += " != 0"        # clang: -Wparentheses-equality on if ((a == b))
        self.line(f"if ({c}) {{")
        self.block(s.then)
        if s.els is not None:
            self.line("} else {")
            self.block(s.els)
        self.line("}")

    def s_While(self, s):
        self.line(f"int {s.var} = 0;")
        self.frames.append(('loop',))
        if s.do:
            self.line("do {")
            self.ind += 1
            self.line(f"{s.var}++;")
            self.ind -= 1
            self.block(s.body)
            c = s.cond.render(self)
            self.line(f"}} while ({s.var} < {s.lim} && {c});")
        else:
            c = s.cond.render(self)
            self.line(f"while ({s.var} < {s.lim} && {c}) {{")
            self.ind += 1
            self.line(f"{s.var}++;")
            self.ind -= 1
            self.block(s.body)
            self.line("}")
        self.frames.pop()

    def s_For(self, s):
        init, = self.exprs([s.init])
        c = s.cond.render(self)
        step = s.step.render(self) if s.step else None
        upd = f"{s.var} += {step}" if step else f"{s.var}++"
        decl = f"{s.ctype} {s.var} = {init}"
        if s.ptr:
            decl += f", *{s.var}p = &{s.var}"
            upd = f"*{s.var}p += {step}" if step else f"(*{s.var}p)++"
        self.line(f"for ({decl}; {s.var} < {s.lim} && {c}; {upd}) {{")
        self.frames.append(('loop',))
        self.block(s.body)
        self.frames.pop()
        self.line("}")

    def s_Switch(self, s):
        e, = self.exprs([s.expr])
        self.line(f"switch ({e} & 3) {{")
        self.frames.append(('switch',))
        for val, body, falls in s.cases:
            self.line("default: {" if val is None else f"case {val}: {{")
            self.block(body)
            self.line("}")
            self.ind += 1
            self.line("/* fallthrough */" if falls else "break;")
            self.ind -= 1
        self.frames.pop()
        self.line("}")

    def s_BareSwitch(self, s):
        e, = self.exprs([s.expr])
        labels = " ".join("default:" if v is None else f"case {v}:" for v in s.labels)
        self.frames.append(('switch',))
        if self.ac:
            self.line(f"switch ({e} & 3) {labels}")
            self.ind += 1
            self.stmt(s.stmt)
            self.ind -= 1
        else:
            self.line(f"switch ({e} & 3) {{ {labels} {{")
            self.block([s.stmt])
            self.line("} }")
        self.frames.pop()

    def s_Pragma(self, s):
        self.line(f"{s.macro}" if s.macro else '_Pragma("GCC diagnostic push")')
        for st in s.body:
            self.stmt(st)
        self.line(f"{s.macro}_END" if s.macro else '_Pragma("GCC diagnostic pop")')

    def s_Jump(self, s):
        if self.ac:
            self.line(f"goto {s.label};" if s.kind == 'goto' else s.kind + ";")
            return
        if s.kind == 'break':
            stop = lambda fr: fr[0] in ('loop', 'switch')
        elif s.kind == 'continue':
            stop = lambda fr: fr[0] == 'loop'
        else:
            stop = lambda fr: fr == ('label', s.label)
        self.line("{")
        self.ind += 1
        self.unwind(stop)
        self.line(f"goto {s.label};" if s.kind == 'goto' else s.kind + ";")
        self.ind -= 1
        self.line("}")

    def s_Return(self, s):
        if self.fn.is_gen:
            self.line("return 0;" if self.ac else "return yn;")
            return
        if s.expr is None:
            val = None
        else:
            val, = self.exprs([s.expr])
        if self.ac or not any(fr[0] == 'try' and fr[1] for fr in self.frames):
            self.line("return;" if val is None else f"return {val};")
            return
        self.line("{")
        self.ind += 1
        rv = self.tmp("rv")
        if val is not None:
            self.line(f"int {rv} = {val};")
        self.unwind(lambda fr: False)
        self.line("return;" if val is None else f"return {rv};")
        self.ind -= 1
        self.line("}")

    def s_Throw(self, s):
        if self.ac:
            self.line("throw;" if s.code is None else f"throw {s.code.render(self)};")
            return
        code = s.evar if s.code is None else s.code.render(self)
        self.line(f"{{ ac_dt_err = {code}; goto {self.handler()}; }}")

    def s_Try(self, s):
        if self.ac:
            return self.try_ac(s)
        n = self.tmp("")
        catch_l, fin_l, ok_l, end_l = f"catch{n}", f"finerr{n}", f"ok{n}", f"end{n}"
        outer = self.handlers[-1]
        self.frames.append(('try', s.fin))
        self.handlers.append(catch_l if s.catch is not None else fin_l)
        self.line("{")
        self.block(s.body)
        self.line("}")
        self.handlers.pop()
        if s.catch is not None and catch_l in self.used:
            self.line(f"goto {ok_l};")
            self.line(f"{catch_l}: {{")
            self.handlers.append(fin_l if s.fin is not None else outer)
            self.ind += 1
            self.line(f"int {s.evar} = ac_dt_err;")
            self.line("ac_dt_err = 0;")
            self.ind -= 1
            self.block(s.catch)
            self.handlers.pop()
            self.ind += 1
            self.line(f"goto {ok_l};")     # gcc: no falling into a label before a case
            self.ind -= 1
            self.line("}")
            self.line(f"{ok_l}:;")
        elif s.catch is not None:
            # never reached (nothing in the body throws), but compiled: it may
            # hold the only goto to a label
            self.line("if (0) {")
            self.handlers.append(fin_l if s.fin is not None else outer)
            self.ind += 1
            self.line(f"int {s.evar} = 0;")
            self.ind -= 1
            self.block(s.catch)
            self.handlers.pop()
            self.line("}")
        self.frames.pop()
        if s.fin is not None:
            self.line("{")
            self.block(s.fin)
            self.line("}")
            if fin_l in self.used:
                self.line(f"goto {end_l};")
                self.line(f"{fin_l}: {{")
                self.ind += 1
                sv = self.tmp("sv")
                self.line(f"int {sv} = ac_dt_err;")
                self.line("ac_dt_err = 0;")
                self.ind -= 1
                self.block(s.fin)
                self.ind += 1
                self.line(f"ac_dt_err = {sv};")
                self.used.add(outer)
                self.line(f"goto {outer};")
                self.ind -= 1
                self.line("}")
                self.line(f"{end_l}:;")

    def try_ac(self, s):
        self.line("try {")
        self.block(s.body)
        if s.catch is not None:
            self.line(f"}} catch (int {s.evar}) {{")
            self.block(s.catch)
        if s.fin is not None:
            self.line("} finally {")
            self.block(s.fin)
        self.line("}")

    def s_Spawn(self, s):
        args = self.exprs(s.args)
        a = ", ".join(args)
        if self.ac:
            self.line(f"ac_task *{s.tname} = ac_spawn({s.fn.name}({a}));")
        else:
            self.line(f"int {s.tname} = {s.fn.name}({a});")
        self.block(s.middle)
        if self.ac:
            self.line(f"int {s.rname} = (int) await {s.tname};")
            self.line(f"ac_release({s.tname});")
        else:
            self.line(f"int {s.rname} = {s.tname};")

    def s_GenLoop(self, s):
        args = self.exprs(s.args)
        a = ", ".join(args)
        self.frames.append(('loop',))
        if self.ac:
            kw = "for await" if s.gen.kind == 'agen' else "for"
            self.line(f"{kw} (int {s.var} : {s.gen.name}({a})) {{")
            self.block(s.body)
            self.line("}")
        else:
            buf, cnt, i = self.tmp("gb"), self.tmp("gn"), self.tmp("gi")
            self.line(f"int {buf}[{s.n}];")
            self.line(f"int {cnt} = {s.gen.name}_fill({a}{', ' if a else ''}{buf});")
            self.line(f"for (int {i} = 0; {i} < {cnt}; {i}++) {{")
            self.ind += 1
            self.line(f"int {s.var} = {buf}[{i}];")
            self.ind -= 1
            self.block(s.body)
            self.line("}")
        self.frames.pop()

    def s_Yield(self, s):
        e, = self.exprs([s.expr])
        if self.ac:
            if s.recv:
                self.line(f"int {s.recv} = yield {e};")
            else:
                self.line(f"yield {e};")
        else:
            self.line(f"ybuf[yn++] = {e};")
            if s.recv:
                self.line(f"int {s.recv} = 0;")

    # ---- functions
    def head(self, fn):
        params = ", ".join(f"int {p}" for p in fn.params)
        if fn.is_gen:
            if self.ac:
                return ("async " if fn.kind == 'agen' else "") + f"ac_gen(int) {fn.name}({params or 'void'})"
            return f"int {fn.name}_fill({params}{', ' if params else ''}int *ybuf)"
        rtype = "void" if fn.kind == 'void' else "int"
        return (f"async {rtype} " if self.ac else f"{rtype} ") + f"{fn.name}({params or 'void'})"

    def prototype(self, fn):
        self.out.append(self.head(fn) + ";")

    def function(self, fn):
        self.fn, self.used, self.ntmp, self.frames = fn, set(), 0, []
        self.handlers = ['fn_err']
        self.out.append(self.head(fn) + " {")
        self.ind = 1
        if fn.is_gen and not self.ac:
            self.line("int yn = 0;")
        for s in fn.body:
            self.stmt(s)
        if fn.is_gen and not self.ac:
            self.line("return yn;")
        if not self.ac and 'fn_err' in self.used:
            self.out.append("fn_err:")
            self.line("return;" if fn.kind == 'void' else "return 0;")
        self.out.append("}")
        self.out.append("")
