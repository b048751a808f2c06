"""Random Async C programs with plain-C twins (see model.py and README.md).

Programs are deterministic per (seed, features). Every value stays in
|v| < 16384 (arithmetic is reduced mod 10007, divisors are in [2, 14]), loops
run at most 3 times, the call graph only goes from a function to later ones
(plus bounded self-recursion), so there is no undefined behaviour and the
output is small. A full expression calls at most one printing function where
its operands are unsequenced, so C's unspecified evaluation order never shows.
"""
import random

from decls import Decls

from model import (MOD, PP, BareSwitch, Bin, Block, Call, Comma, Cond, Fmt, Fn, For, GenLoop, Pragma, GnuCond,
                   If, Index, Init, Jump, Logic, Neg, PCall, Raw, Return, Sizeof, Sleep,
                   Spawn, Switch, Throw, Try, While, Yield)

# Every feature can be switched off (--minimize switches them off one by one).
FEATURES = [
    'sleep',            # await ac_sleep(0) statements
    'calls',            # async functions awaiting each other
    'recursion',        # a self-recursive async function with a depth parameter
    'spawn',            # ac_spawn + (int) await t + ac_release
    'if', 'loops', 'switch', 'goto', 'early_return', 'break_continue',
    'blocks', 'shadow',
    'long', 'unsigned', 'char', 'double',
    'arrays',           # int a[4] = {...}
    'arr_flat',         # int a[] = {...}            (size from the initializer)
    'arr_braced',       # int m[][3] = {{..},{..}}
    'arr_elide',        # int m[][2] = {1,2,3,4,5}
    'arr_elide_struct',  # struct In p[] = {1,2,3,4}
    'arr_2d',           # int m[2][3] = {{..},{..}}
    'arr_string',       # char s[] = "abc"
    'arr_string_braced',  # char s[] = {"abc"}
    'structs', 'designated', 'unions', 'struct_arrays',
    'ptrs',             # int *p = &x; await ...; *p
    'compound',         # int *p = (int[]){...}; await ...; p[1]
    'typedef',          # typedef'd types with plain declarators
    'typedef_decl',     # typedef name + non-plain declarator: T *p = &x; fp_t *q
    'fnptr',            # int (*fp)(int, int) = h; fp(await f(), 1)
    'const', 'static',
    'expr_await',       # awaits as operands of arithmetic / comparisons
    'logic_await',      # awaits under && || ?:
    'comma_await',      # (await ac_sleep(0), e)
    'comma_bare',       # (await ac_sleep(0), e) not wrapped in arithmetic
    'arg_await',        # awaits in call arguments
    'index_await',      # a[await f()]
    'init_await',       # awaits in initialisers
    'cond_await',       # awaits in conditions of if/while/for/switch
    'rec_in_cond',      # await of a recursive function in such a condition
    'sizeof_await',     # sizeof(await f()) never runs f
    'gnu_cond',         # a ?: await f()
    'try', 'catch', 'finally', 'rethrow', 'throw_expr',
    'try_fallthrough',  # a case ending in try/catch, then /* fallthrough */
    'gen', 'agen', 'yield_expr',
    'pp_if',            # #if / #ifdef / #else around statements with awaits
    'pp_dead_await',    # an await in the branch that is not compiled
    'func_name',        # __func__ in the trace
    'switch_bare',      # switch (e) case 1: x = await f();  (a body that is not a block)
    'for_typedef',      # for (T i = ..., *ip = &i; ...; (*ip)++) with T a typedef name
    'pragma_stmt',      # _Pragma("GCC diagnostic push") around statements (also by a macro)
    'digraphs',         # <: :> <% %> for some brackets and braces of the .ac
    'typeof',           # __typeof__(v + 1) t = ...; __typeof__(await f(1)) t
    'auto_type',        # __auto_type t = ...;
    'atomic',           # _Atomic int a = ...; _Atomic(int) a
    'complex',          # double _Complex z = __builtin_complex(..)
    'sizeof_macro',     # int b[CNT(a) * 2]: a local's size through a macro
    'elide_struct_value',  # struct In p[] = {s, 1, 2, s}: values of the element type
]

# Switched off in the CI seed set because acc mistranslates them today; each
# names the finding that reports it. The long campaign keeps them on.
KNOWN_BUGS = {
    # features that hit a reported, unfixed acc bug (name: finding); none today
}


class _AcText:
    ac = True


def text(e):
    return e.render(_AcText())


def canon(e):
    """e's text with the operands of commutative operators in a fixed order."""
    if isinstance(e, Bin):
        a, b = canon(e.a), canon(e.b)
        if e.op in '+*&|^':
            a, b = sorted([a, b])
        return f"{e.op}({a},{b})"
    return text(e)


class Scope:
    def __init__(self):
        self.entries = []      # (read text, write text or None, names it uses)
        self.names = set()


class Gen(Decls):
    def __init__(self, seed, feats, prefix):
        self.rng = random.Random(seed)
        self.f = set(feats)
        self.P = prefix
        self.fns = []
        self.types = []        # file-scope declarations, both renderings
        self.helpers = []      # plain C functions, both renderings

    # ---- utilities
    def on(self, feat):
        return feat in self.f

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, xs):
        return self.rng.choice(xs)

    def name(self, base):
        self.nid += 1
        return f"{base}{self.nid}"

    def push(self):
        self.scopes.append(Scope())

    def pop(self):
        self.scopes.pop()

    def declare(self, name, reads, writes=None):
        """Record a local `name`; reads are int expressions, writes lvalues."""
        sc = self.scopes[-1]
        sc.names.add(name)
        for r in reads:
            sc.entries.append((r, None, {name}))
        for w in writes or []:
            sc.entries.append((w, w, {name}))

    def visible(self, writable=False):
        hidden, out = set(), []
        for sc in reversed(self.scopes):
            for text, w, names in sc.entries:
                if not (names & hidden) and (w or not writable):
                    out.append(text)
            hidden |= sc.names
        return out

    # ---- expressions
    def leaf(self):
        vs = self.visible()
        if vs and self.chance(0.7):
            return Raw(self.pick(vs))
        return Raw(str(self.rng.randint(-20, 99)))

    def callees(self, allow_impure, allow_throw):
        out = []
        for g in self.fns:
            if g.is_gen or g.kind == 'void' or g is self.fn and g.kind != 'rec':
                continue
            if g is self.fn:
                if self.rec_calls >= 2 or self.mult > 1 or not self.on('recursion'):
                    continue
            elif g.index <= self.fn.index or not self.on('calls'):
                continue
            if g.impure and not allow_impure or g.may_throw and not allow_throw:
                continue
            if g is not self.fn and self.cost + self.mult * g.cost > self.budget:
                continue
            out.append(g)
        return out

    def call(self, depth, allow_impure, allow_throw):
        cs = self.callees(allow_impure, allow_throw)
        if not cs:
            return None
        others = [g for g in cs if g is not self.one]
        g = self.pick(others if others and self.chance(0.7) else cs)
        args = []
        budget = allow_impure
        if g is self.fn:
            self.rec_calls += 1
            args.append(Raw("d - 1"))
        elif g.kind == 'rec':
            args.append(Raw(str(self.rng.randint(0, 3))))     # the depth
        for _ in range(len(g.params) - len(args)):
            a = self.expr(depth + 1, budget and self.on('arg_await'), allow_throw and self.on('arg_await'))
            budget = budget and not a.eff
            args.append(a)
        if g is not self.fn:
            self.cost += self.mult * g.cost
        g.callers += 1
        if g.may_throw:
            self.mark_throw()
        return Call(g, args, paren=self.chance(0.6))

    def expr(self, depth=0, allow_impure=True, allow_throw=False):
        """An int expression. allow_impure: it may call one printing function
        where C evaluates it unsequenced with the rest; allow_throw: it may call
        a throwing function (only where C evaluates it unconditionally)."""
        if self.fn.kind in ('pure', 'gen', 'agen'):
            allow_impure = allow_throw = False
        if not self.on('throw_expr'):
            allow_throw = False
        r = self.rng.random()
        if depth >= 3 or r < 0.25:
            return self.leaf()
        if r < 0.5 and self.fn.kind != 'gen':
            c = self.call(depth, allow_impure, allow_throw)
            if c is not None:
                return c
        k = self.rng.random()
        if k < 0.35 or not self.on('expr_await') and k < 0.6:
            op = self.pick(['+', '-', '*', '/', '%', '&', '|', '^', '<<', '>>', '<', '==', '!=', '>='])
            a = self.expr(depth + 1, allow_impure, allow_throw)
            b = self.expr(depth + 1, allow_impure and not a.eff, allow_throw and not a.eff)
            if not self.on('expr_await'):
                a, b = self.strip(a), self.strip(b)
            return self.binary(op, a, b)
        if k < 0.5 and self.on('logic_await'):
            c = self.expr(depth + 1, allow_impure, allow_throw)
            kind = self.rng.random()
            a = self.expr(depth + 1, allow_impure)
            if kind < 0.4:
                c, a = self.nonconst(c), self.nonconst(a)
                if self.isbool(c) and self.isbool(a):
                    vs = self.vars()         # clang: -Wtautological-overlap-compare
                    a = Bin('+', a, Raw(self.pick(vs))) if vs else Raw("1")
                return Logic(self.pick(['&&', '||']), c, a)
            b = self.expr(depth + 1, allow_impure)
            if self.isconst(a) and self.isconst(b):
                a = Raw("1")
            return Cond(self.nonconst(c), a, b)
        if k < 0.57 and self.on('comma_await') and self.fn.kind != 'gen':
            e = Comma(self.expr(depth + 1, allow_impure, allow_throw))
            # acc drops the comma: `(await x, e)` becomes `e`, whose shape may
            # then trip a warning the source does not (finding 204)
            return e if self.on('comma_bare') else Bin('+', e, Raw("0"))
        vis = self.visible()
        arrays = [(b, n) for b, n in self.arrays if f"{b}[0]" in vis]
        if k < 0.67 and self.on('arrays') and arrays:
            base, n = self.pick(arrays)
            i = self.expr(depth + 1, allow_impure and self.on('index_await'),
                          allow_throw and self.on('index_await'))
            return Index(base, n, i)
        if k < 0.77:
            h = self.pick([f for f in self.plain_fns if f in self.plain_fns_direct or f"{f}(1, 2)" in vis])
            a = self.expr(depth + 1, allow_impure and self.on('arg_await'), allow_throw and self.on('arg_await'))
            b = self.expr(depth + 1, allow_impure and self.on('arg_await') and not a.eff,
                          allow_throw and self.on('arg_await') and not a.eff)
            return PCall(h, [a, b])
        if k < 0.8 and self.on('sizeof_await') and self.fn.kind not in ('gen', 'agen'):
            cs = [g for g in self.callees(True, False) if g.impure]
            if cs:
                g = self.pick(cs)
                return Sizeof(Call(g, [Raw("1")] + [self.leaf() for _ in g.params[1:]]))
        if k < 0.84 and self.on('gnu_cond'):
            a = self.expr(depth + 1, allow_impure, allow_throw)
            if self.isbool(a) or self.isconst(a) or isinstance(a, (Cond, GnuCond, Neg)):
                # gcc: "will always be true", or ?: constants in a boolean context
                a = Bin('+', a, Raw(self.pick(self.vars() or ['1'])))
            return GnuCond(a, self.expr(depth + 1, allow_impure))
        if k < 0.9:
            return Neg(self.expr(depth + 1, allow_impure, allow_throw))
        return self.leaf()

    CMP = ('<', '==', '!=', '>=')

    def binary(self, op, a, b):
        """a OP b without gcc's -Wtautological-compare and -Wbool-compare."""
        if op == '|' and (self.isconst(a) or self.isconst(b)):
            op = '^'        # clang: -Wtautological-bitwise-compare in a condition
        if op == '^' and self.isconst(a) and self.isconst(b):
            op = '+'        # clang: -Wxor-used-as-pow (2 ^ 4)
        if op in self.CMP:
            if canon(a) == canon(b):    # gcc: -Wtautological-compare (a + b == b + a too)
                b = Raw(str(self.rng.randint(0, 50)))
            # a constant compared with a boolean-ish operand: gcc -Wbool-compare,
            # clang -Wtautological-constant-out-of-range-compare
            if self.isconst(a) and not self.arith(b) or self.isconst(b) and not self.arith(a):
                op = '+'
            elif self.isbool(a) and not isinstance(b, Call) or self.isbool(b) and not isinstance(a, Call):
                op = '+'
        if op in '&|' and self.isbool(a) and self.isbool(b):
            op = '+'        # clang: -Wbitwise-instead-of-logical
        return Bin(op, a, b)

    def arith(self, e):
        return isinstance(e, (Call, PCall, Index)) or isinstance(e, Raw) and not self.isconst(e) \
            or isinstance(e, Bin) and e.op in ('+', '-', '*', '/', '%')

    def isbool(self, e):
        if isinstance(e, Comma):
            return self.isbool(e.b)
        if isinstance(e, Cond):         # clang: a ?: of two booleans is boolean
            return self.isbool(e.a) and self.isbool(e.b)
        if isinstance(e, GnuCond):
            return self.isbool(e.a) and self.isbool(e.b)
        return isinstance(e, Logic) or isinstance(e, Bin) and e.op in self.CMP

    def isconst(self, e):
        """A constant expression (clang warns about those in conditions)."""
        if isinstance(e, Raw):
            return e.text.lstrip('-').isdigit() or e.text.startswith(("(int) sizeof", "(int) (sizeof")) \
                or e.text.startswith("(int) ") and "CNT(" in e.text     # (int) CNT(a): a sizeof too
        if isinstance(e, Bin) or isinstance(e, Logic):
            return self.isconst(e.a) and self.isconst(e.b)
        if isinstance(e, Neg):
            return self.isconst(e.a)
        if isinstance(e, Cond):
            return self.isconst(e.c) and self.isconst(e.a) and self.isconst(e.b)
        if isinstance(e, GnuCond):
            return self.isconst(e.a) and self.isconst(e.b)
        if isinstance(e, Comma):
            return self.isconst(e.b)
        return isinstance(e, Sizeof)

    def nonconst(self, e):
        """clang warns about constant operands of && || and ?: conditions,
        gcc about ?: with constant arms in a boolean context."""
        if self.isconst(e):
            vs = self.vars()
            return Bin('<', Raw(self.pick(vs)), e) if vs else e
        if isinstance(e, (Cond, GnuCond, Neg)):     # gcc looks through - too
            return Bin('!=', e, Raw("0"))
        return e

    def vars(self):
        """Visible reads that are not constant expressions."""
        return [v for v in self.visible() if not self.isconst(Raw(v))]

    def strip(self, e):
        return e if not isinstance(e, Call) else self.leaf()

    def cexpr(self, allow_throw=False):
        """A condition: awaits only with cond_await."""
        off = {'calls', 'recursion', 'comma_await'} if not self.on('cond_await') else \
            {'recursion'} if not self.on('rec_in_cond') else set()
        saved, self.f = self.f, self.f - off
        e = self.expr(0, True, allow_throw) if self.on('cond_await') else self.expr(1, False, False)
        self.f = saved
        return self.nonconst(e)

    def iexpr(self):
        """An initialiser."""
        if not self.on('init_await'):
            saved, self.f = self.f, self.f - {'calls', 'recursion', 'comma_await'}
            e = self.expr(1, False, False)
            self.f = saved
            return e
        return self.expr(0, True, self.can_throw_here())

    def can_throw_here(self):
        return self.on('try') and not self.no_jumps and self.fn.kind in ('impure', 'void')

    def mark_throw(self):
        """An error raised here: does the function let it out?"""
        if 'catch' not in self.handlers:
            self.fn.may_throw = True

    # ---- statements
    def printf(self, tag, fmt_args):
        fmts = " ".join(f for f, _ in fmt_args)
        holes = "".join(", {%d}" % i for i in range(len(fmt_args)))
        return Fmt(f'printf("{self.fn.name[len(self.P):]}.{tag} {fmts}\\n"{holes});',
                   [e for _, e in fmt_args])

    def trace(self):
        self.ntrace += 1
        if self.fn.kind in ('pure', 'gen', 'agen'):
            return None
        vs = self.visible()
        n = self.rng.randint(1, 3)
        items, budget = [], True
        if self.on('func_name') and self.chance(0.15):
            items.append(("%s", Raw("__func__")))
        for _ in range(n):
            if vs and self.chance(0.5):
                items.append(("%d", Raw(self.pick(vs))))
            else:
                e = self.expr(1, budget, self.can_throw_here())
                budget = budget and not e.eff
                items.append(("%d", e))
        return self.printf(str(self.ntrace), items)

    def stmts(self, n, depth):
        out = []
        for _ in range(n):
            s = self.stmt(depth)
            if s:
                out.extend(s if isinstance(s, list) else [s])
        return out

    def body(self, n, depth):
        self.push()
        b = self.stmts(n, depth)
        self.pop()
        return b

    def stmt(self, depth):
        choices = [(self.s_decl, 6), (self.s_assign, 4), (self.s_trace, 4)]
        if self.on('sleep') and self.fn.kind not in ('gen',):
            choices.append((lambda d: Sleep(), 2))
        if self.fn.kind in ('gen', 'agen'):
            choices.append((self.s_yield, 6))
        if depth < 3:
            if self.on('if'):
                choices.append((self.s_if, 3))
            if self.on('loops') and self.mult < 9:
                choices.append((self.s_loop, 3))
            if self.on('switch'):
                choices.append((self.s_switch, 2))
            if self.on('pragma_stmt'):
                choices.append((self.s_pragma, 1))
            if self.on('blocks') or self.on('goto'):
                choices.append((self.s_block, 2))
            if self.on('pp_if') and not self.no_jumps:
                choices.append((self.s_pp, 1))
            if self.on('try') and self.fn.kind in ('impure', 'void', 'rec') and not self.no_jumps:
                choices.append((self.s_try, 3))
            if self.on('spawn') and self.fn.impure and not self.no_jumps:
                choices.append((self.s_spawn, 1))
            if self.on('gen') and self.fn.impure and self.gens():
                choices.append((self.s_genloop, 2))
        if not self.no_jumps:
            choices.append((self.s_jump, 2))
            if self.on('try') and self.fn.kind in ('impure', 'void'):
                choices.append((self.s_throw, 1))
        if self.fn.impure and self.on('calls'):
            choices.append((self.s_callstmt, 3))
        total = sum(w for _, w in choices)
        x = self.rng.uniform(0, total)
        for f, w in choices:
            x -= w
            if x <= 0:
                return f(depth)
        return None

    def s_trace(self, depth):
        return self.trace()

    def s_assign(self, depth):
        ws = self.visible(writable=True)
        if not ws:
            return self.s_decl(depth)
        lv = self.pick(ws)
        e = self.expr(0, True, self.can_throw_here())
        op = self.pick(['=', '=', '^=', '|=', '&='])
        return Fmt(f"{lv} {op} {{0}};", [e])

    def s_callstmt(self, depth):
        cs = [g for g in self.fns if g.kind in ('void', 'impure') and g.index > self.fn.index
              and self.cost + self.mult * g.cost <= self.budget
              and (not g.may_throw or self.can_throw_here())]
        if not cs:
            return self.trace()
        g = self.pick(cs)
        self.cost += self.mult * g.cost
        g.callers += 1
        if g.may_throw:
            self.mark_throw()
        args, budget = [], True
        for _ in g.params:
            a = self.expr(1, budget and self.on('arg_await'), False)
            budget = budget and not a.eff
            args.append(a)
        return Fmt("{0};", [Call(g, args, paren=False)])

    def s_yield(self, depth):
        if self.yields + self.mult > 60:
            return None
        self.yields += self.mult
        e = self.expr(1, False, False)
        if self.on('yield_expr') and self.chance(0.3):
            v = self.name("y")
            st = [Yield(e, v), self.use(v)]
            self.declare(v, [v], [v])
            return st
        return Yield(e)

    def use(self, text):
        """A statement that reads `text` (pure functions cannot print it)."""
        ws = self.visible(writable=True)
        if ws:
            return Fmt(f"{self.pick(ws)} ^= (int) ({text}) & 1023;")
        return Fmt(f"(void) ({text});")

    def s_if(self, depth):
        c = self.cexpr(self.can_throw_here())
        then = self.body(self.rng.randint(1, 3), depth + 1)
        els = self.body(self.rng.randint(1, 2), depth + 1) if self.chance(0.5) else None
        return If(c, then, els)

    def loop_body(self, depth, lim, prelude_var):
        saved = self.mult
        self.mult *= lim
        self.loops += 1
        self.push()
        if prelude_var:
            self.declare(prelude_var, [prelude_var])
        b = self.stmts(self.rng.randint(1, 3), depth + 1)
        self.pop()
        self.loops -= 1
        self.mult = saved
        return b

    def s_loop(self, depth):
        lim = self.rng.randint(1, 3)
        kind = self.pick(['for', 'for', 'while', 'do'])
        if self.fn.kind == 'gen':
            kind = 'for'
        var = self.name("i" if kind == 'for' else "w")
        cond = self.cexpr() if self.chance(0.5) else Raw("1")
        if kind == 'for':
            init = self.cexpr(self.can_throw_here()) if self.chance(0.3) else Raw("0")
            if not (isinstance(init, Raw) and init.text == "0"):
                init = Bin('&', init, Raw("1"))     # starts at 0 or 1: at most lim passes
            step = None
            if self.on('cond_await') and self.chance(0.3) and self.fn.kind != 'gen':
                step = Call(self.one, [Raw(var)])
            body = self.loop_body(depth, lim, var)
            st = For(var, init, lim, cond, step, body)
            if self.on('for_typedef') and self.chance(0.4):
                st.ctype, st.ptr = f"{self.P}int_t", self.chance(0.5)
            return st
        body = self.loop_body(depth, lim, None)
        st = While(var, lim, cond, body, do=kind == 'do')
        self.declare(var, [var])
        return st

    def s_switch(self, depth):
        ws = self.visible(writable=True)
        if self.on('switch_bare') and ws and self.chance(0.3):
            e = self.cexpr(self.can_throw_here())
            labels = [None] if self.chance(0.3) else self.rng.sample([0, 1, 2, 3], self.rng.randint(1, 2))
            v = self.expr(0, True, self.can_throw_here())
            return BareSwitch(e, labels, Fmt(f"{self.pick(ws)} = {{0}};", [v]))
        e = self.cexpr(self.can_throw_here())
        vals = self.rng.sample([0, 1, 2, 3], self.rng.randint(1, 3))
        if self.chance(0.6):
            vals.append(None)
        cases = []
        self.switches += 1
        for i, v in enumerate(vals):
            falls = i + 1 < len(vals) and self.chance(0.4)
            body = self.body(self.rng.randint(1, 2), depth + 1)
            if falls and body and isinstance(body[-1], Try) and not self.on('try_fallthrough'):
                falls = False
            if falls and body and isinstance(body[-1], Block):
                falls = False       # gcc warns when the block ends in a goto's label
            cases.append((v, body, falls))
        self.switches -= 1
        return Switch(e, cases)

    def s_pragma(self, depth):
        body = self.stmts(self.rng.randint(1, 2), depth + 1)
        macro = f"{self.P}QUIET" if self.chance(0.5) else None
        return Pragma(body, macro)

    def s_block(self, depth):
        label = None
        if self.on('goto') and not self.no_jumps and self.chance(0.7):
            label = self.name("L")
            self.labels.append(label)
        self.push()
        # not under a try with finally: the twin copies the finally to each jump
        # out, where a shadowing local would capture its names
        if self.on('shadow') and not self.fin_depth and self.chance(0.4):
            outer = [n for sc in self.scopes[:-1] for n in sc.names
                     if n[0] in 'vab' and not n.startswith('a')]
            if outer:
                n = self.pick(outer)
                self.scopes[-1].names.add(n)    # C: `int x = x;` reads the new x
                init = self.iexpr()
                sh = [Fmt(f"int {n} = {{0}};", [init])]
                self.declare(n, [n], [n])
                b = sh + self.stmts(self.rng.randint(1, 3), depth + 1)
                b += self.after_decl([("%d", Raw(n))])
            else:
                b = self.stmts(self.rng.randint(1, 3), depth + 1)
        else:
            b = self.stmts(self.rng.randint(1, 3), depth + 1)
        self.pop()
        if label:
            self.labels.pop()
            if label not in self.used_labels:
                label = None
        return Block(b, label)

    def s_pp(self, depth):
        """Statements under #if 1 (or #ifndef/#else); the other branch is never
        compiled. Its own scope in the generator: nothing after #endif uses
        what it declares."""
        body = self.body(self.rng.randint(1, 3), depth + 1)
        other = [Fmt('printf("never\\n");')]
        if self.fn.kind not in ('gen',) and self.on('sleep') and self.on('pp_dead_await'):
            other.insert(0, Sleep())
        return PP(self.pick(['if', 'ifdef', 'ifndef']), body, other)

    def s_jump(self, depth):
        opts = []
        if self.on('break_continue') and (self.loops or self.switches):
            opts.append('break')
        if self.on('break_continue') and self.loops:
            opts.append('continue')
        if self.on('goto') and self.labels:
            opts.append('goto')
        if self.on('early_return') and self.fn.kind not in ('gen', 'agen') or \
                self.fn.kind in ('gen', 'agen') and self.on('early_return'):
            opts.append('return')
        if not opts:
            return self.trace()
        k = 'goto' if 'goto' in opts and self.chance(0.5) else self.pick(opts)
        guard = self.cexpr()
        if k == 'return':
            st = Return(None if self.fn.kind in ('void', 'gen', 'agen') else self.expr(0, True, False))
        elif k == 'goto':
            st = Jump('goto', self.pick(self.labels))
            self.used_labels.add(st.label)
        else:
            st = Jump(k)
        return If(guard, [st])

    def s_throw(self, depth):
        self.mark_throw()
        if self.catch_vars and self.on('rethrow') and self.chance(0.4):
            return If(self.cexpr(), [Throw(None, self.catch_vars[-1])])
        code = Bin('&', self.expr(1, False), Raw("7"))
        return If(self.cexpr(), [Throw(_Plus1(code))])

    def s_try(self, depth):
        has_c = self.on('catch') and self.chance(0.7)
        has_f = self.on('finally') and (not has_c or self.chance(0.5))
        if not has_c and not has_f:
            return None
        self.handlers.append('catch' if has_c else 'fin')
        self.fin_depth += bool(has_f)
        cv = self.catch_vars
        self.catch_vars = []           # `throw;` only directly inside its catch
        body = self.body(self.rng.randint(1, 3), depth + 1)
        self.catch_vars = cv
        self.handlers.pop()
        evar = catch = fin = None
        if has_c:
            if has_f:
                self.handlers.append('fin')
            evar = self.name("e")
            self.push()
            self.declare(evar, [evar])
            self.catch_vars.append(evar)
            catch = [self.printf(f"c{self.nid}", [("%d", Raw(evar))])] + \
                self.stmts(self.rng.randint(0, 2), depth + 1)
            self.catch_vars.pop()
            self.pop()
            if has_f:
                self.handlers.pop()
        self.fin_depth -= bool(has_f)
        if has_f:
            saved = self.no_jumps
            self.no_jumps = True
            fin = [self.printf(f"f{self.nid}", [("%d", self.leaf())])] + \
                self.body(self.rng.randint(0, 2), depth + 1)
            self.no_jumps = saved
        return Try(body, evar, catch, fin)

    def s_spawn(self, depth):
        cs = [g for g in self.fns if g.kind == 'pure' and g.index > self.fn.index
              and self.cost + self.mult * g.cost <= self.budget]
        if not cs:
            return None
        g = self.pick(cs)
        self.cost += self.mult * g.cost
        g.callers += 1
        args = [self.expr(1, False) for _ in g.params]
        t, r = self.name("t"), self.name("r")
        saved = self.no_jumps
        self.no_jumps = True
        middle = self.body(self.rng.randint(0, 2), depth + 1)
        self.no_jumps = saved
        self.declare(r, [r])
        return [Spawn(t, r, g, args, middle), self.printf(f"t{self.nid}", [("%d", Raw(r))])]

    def gens(self):
        return [g for g in self.fns if g.is_gen and (g.kind == 'gen' or self.on('agen'))]

    def s_genloop(self, depth):
        g = self.pick(self.gens())
        g.callers += 1
        args = [self.expr(1, False) for _ in g.params]
        v = self.name("v")
        saved = self.mult
        self.mult *= 8
        self.loops += 1
        self.push()
        self.declare(v, [v])
        body = [self.printf(f"g{self.nid}", [("%d", Raw(v))])]
        if self.mult <= 72:
            body += self.stmts(self.rng.randint(0, 2), depth + 1)
        self.pop()
        self.loops -= 1
        self.mult = saved
        return GenLoop(g, args, v, body, 64)

    # ---- functions and programs
    def function(self, fn, nstmts):
        self.fn = fn
        self.nid = 0
        self.ntrace = 0
        self.scopes = []
        self.push()
        self.arrays, self.labels, self.handlers, self.catch_vars = [], [], [], []
        self.used_labels = set()
        self.fin_depth = 0
        self.plain_fns = list(self.plain_fns_direct)
        self.loops = self.switches = self.yields = self.rec_calls = 0
        self.mult, self.cost, self.no_jumps = 1, 1, False
        self.budget = 40
        for p in fn.params:
            self.declare(p, [p], [] if p == 'd' else [p])
        body = []
        if fn.impure:
            body.append(self.printf("in", [("%d", Raw(p)) for p in fn.params]))
        if fn.kind == 'rec':
            body.append(If(Raw("d <= 0"), [self.printf("base", [("%d", Raw("a"))]), Return(Raw("a"))]))
        if fn.is_gen:
            body.append(Yield(Raw(" + ".join(fn.params) if fn.params else "1")))
            self.yields = 1
        body += self.stmts(nstmts, 0)
        if fn.kind == 'pure':
            e = self.expr(1, False)
            if len(fn.params) > 1:
                e = Bin('^', e, Raw(fn.params[1]))
            body.append(Return(Bin('+', e, Raw(fn.params[0]))))
        elif fn.kind in ('impure', 'rec', 'main', 'pure'):
            body.append(Return(self.expr(0, True, False) if fn.kind != 'main' else Raw("0")))
        fn.body = body
        fn.cost = self.cost * (8 if fn.kind == 'rec' else 1)
        self.pop()

    def file_scope(self):
        P = self.P
        return [f"struct {P}In {{ int x; int y; }};",
                f"struct {P}S {{ int a; long b; char c; int arr[3]; struct {P}In in; }};",
                f"union {P}U {{ int i; unsigned u; char bytes[4]; }};",
                f"typedef int {P}int_t;",

                f"typedef struct {P}In {P}in_t;",
                f"typedef int (*{P}op_t)(int, int);",
                f"int {P}h1(int a, int b) {{ return (a * 3 + b) % {MOD}; }}",
                f"int {P}h2(int a, int b) {{ return (a - b * 5) % {MOD}; }}",
                f"{P}op_t {P}ops[2] = {{ {P}h1, {P}h2 }};",
                f"{P}in_t {P}gin = {{ 3, 4 }};",
                f"{P}in_t *{P}pick({P}in_t *p) {{ return p; }}",
                f"#define {P}CNT(a) (sizeof(a) / sizeof((a)[0]))"] + (
                [f'#define {P}QUIET _Pragma("GCC diagnostic push")',
                 f'#define {P}QUIET_END _Pragma("GCC diagnostic pop")'] if self.on('pragma_stmt') else [])

    def program(self):
        P = self.P
        self.plain_fns_direct = [f"{P}h1", f"{P}h2"]
        self.one = Fn(f"{P}one", 'pure', ['x'])
        self.one.index = 1000
        fns = []
        kinds = ['impure', 'pure', 'impure', 'void', 'pure', 'impure']
        nfns = self.rng.randint(3, 6)
        if self.on('recursion'):
            kinds.insert(self.rng.randint(1, 3), 'rec')
        for i in range(nfns):
            k = kinds[i]
            params = ['d', 'a'] if k == 'rec' else ['a', 'b'][:self.rng.randint(1, 2)]
            fns.append(Fn(f"{P}f{i + 1}", k, params))
        gens = []
        if self.on('gen') or self.on('agen'):
            for i in range(self.rng.randint(1, 2)):
                k = 'agen' if self.on('agen') and (not self.on('gen') or self.chance(0.4)) else 'gen'
                gens.append(Fn(f"{P}g{i + 1}", k, ['n', 'b'][:self.rng.randint(1, 2)]))
        main = Fn(f"{P}main", 'main', [])
        for i, g in enumerate(gens):
            g.index = -10 - i
        for i, fn in enumerate(fns):
            fn.index = i + 1
        main.index = 0
        self.fns = gens + fns + [self.one]
        for g in gens:
            self.function(g, self.rng.randint(1, 4))
        for fn in reversed(fns):
            self.function(fn, self.rng.randint(2, 7))
        self.fns.append(main)
        self.main_body(main, fns, gens)
        return fns, gens, main

    def main_body(self, main, fns, gens):
        """main calls f1 and whatever nobody else calls, catching errors."""
        self.fn = main
        self.nid = 0
        self.handlers = []
        body = []
        for fn in fns:
            if fn is not fns[0] and fn.callers:
                continue
            args = [Raw(str(self.rng.randint(0, 40))) for _ in fn.params]
            if fn.kind == 'rec':
                args[0] = Raw("3")
            call = Call(fn, args, paren=False)
            if fn.kind == 'void':
                st = Fmt("{0};", [call])
            else:
                st = Fmt(f'printf("main.{fn.name[len(self.P):]} %d\\n", {{0}});', [call])
            if fn.may_throw:
                self.nid += 1
                e = f"e{self.nid}"
                st = Try([st], e, [Fmt(f'printf("main.caught %d\\n", {e});')], None)
            body.append(st)
        for g in gens:
            if not g.callers:
                body.append(GenLoop(g, [Raw(str(self.rng.randint(0, 5))) for _ in g.params], "v",
                                    [Fmt('printf("main.g %d\\n", v);')], 64))
        body.append(Return(Raw("0")))
        main.body = body


class _Plus1(Raw):
    """A thrown code: (e & 7) + 1, never 0."""

    def __init__(self, e):
        self.e = e
        self.eff = False

    def render(self, r):
        return f"({self.e.render(r)} + 1)"


def one_fn(P):
    ac = (f"async int {P}one(int x) {{\n    await ac_sleep(0);\n    return x - x + 1;\n}}\n")
    c = f"int {P}one(int x) {{\n    return x - x + 1;\n}}\n"
    return ac, c
