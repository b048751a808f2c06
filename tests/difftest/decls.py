"""Declarations of many types for the generator (a mixin of gen.Gen).

Each d_* method returns statements declaring one local (its initialiser may
await), records what later expressions may read or write through it, and
prints it (or folds it into a parameter in functions that cannot print).
"""
from model import MOD, Bin, Call, Fmt, Init, Neg, Plus, Raw, Sleep


class Decls:
    # ---- declarations of many types
    def s_decl(self, depth):
        opts = [self.d_int, self.d_int]
        for feat, f in [('long', self.d_long), ('unsigned', self.d_unsigned), ('char', self.d_char),
                        ('double', self.d_double), ('arrays', self.d_array), ('arr_flat', self.d_array),
                        ('arr_braced', self.d_matrix), ('arr_elide', self.d_matrix),
                        ('arr_2d', self.d_matrix), ('arr_string', self.d_string),
                        ('arr_string_braced', self.d_string), ('structs', self.d_struct),
                        ('unions', self.d_union), ('struct_arrays', self.d_struct_array),
                        ('ptrs', self.d_ptr), ('compound', self.d_compound),
                        ('typedef', self.d_typedef), ('fnptr', self.d_fnptr),
                        ('const', self.d_const), ('static', self.d_static),
                        ('typeof', self.d_typeof), ('auto_type', self.d_auto_type),
                        ('atomic', self.d_atomic), ('complex', self.d_complex),
                        ('sizeof_macro', self.d_sizeof_macro),
                        ('elide_struct_value', self.d_struct_values)]:
            if feat == 'static' and not self.fn.impure:
                continue    # state: calls of a pure function could then be told apart
            if self.on(feat):
                opts.append(f)
        return self.pick(opts)()

    def after_decl(self, items):
        """Print a new local, sometimes after an await, so frames are checked."""
        out = []
        if self.on('sleep') and self.fn.kind not in ('gen',) and self.chance(0.6):
            out.append(Sleep())
        if self.fn.kind in ('pure', 'gen', 'agen'):
            # no printing here: fold the value into a returned/yielded one instead
            out.append(self.use(items[0][1].text))
            return out
        out.append(self.printf(f"d{self.nid}", items))
        return out

    def d_int(self):
        v = self.name("v")
        st = Fmt(f"int {v} = {{0}};", [self.iexpr()])
        self.declare(v, [v], [v])
        return [st] + self.after_decl([("%d", Raw(v))])

    def d_long(self):
        v = self.name("l")
        st = Fmt(f"long {v} = (long) {{0}} * 100000L;", [self.iexpr()])
        self.declare(v, [f"(int) ({v} % 10007)"])
        return [st] + self.after_decl([("%ld", Raw(v))])

    def d_unsigned(self):
        v = self.name("u")
        st = Fmt(f"unsigned {v} = (unsigned) {{0}} * 2654435761u;", [self.iexpr()])
        self.declare(v, [f"(int) ({v} % 1000u)"])
        return [st] + self.after_decl([("%u", Raw(v))])

    def d_char(self):
        v = self.name("c")
        st = Fmt(f"char {v} = (char) (({{0}} & 63) + 32);", [self.iexpr()])
        # not `v` nor `v % 64`: gcc narrows those and warns (-Wtype-limits) on v < 200
        self.declare(v, [f"(({v} ^ 1000) - 1000)"])
        return [st] + self.after_decl([("%d", Raw(v))])

    def d_double(self):
        v = self.name("dd")
        st = Fmt(f"double {v} = {{0}} * 0.25 + 0.5;", [self.iexpr()])
        self.declare(v, [f"(int) {v}"])
        return [st] + self.after_decl([("%.3f", Raw(v))])

    def init_items(self, n):
        items, budget = [], True
        for _ in range(n):
            e = self.iexpr() if budget else self.expr(1, False)
            budget = budget and not e.eff
            items.append(e)
        return items

    def d_array(self):
        v = self.name("a")
        n = self.rng.randint(2, 5)
        flat = self.on('arr_flat') and (not self.on('arrays') or self.chance(0.5))
        st = Fmt(f"int {v}[{'' if flat else n}] = {{0}};", [Init(self.init_items(n))])
        reads = [f"{v}[{i}]" for i in range(n)]
        self.declare(v, reads[:2], reads[:2])
        self.arrays.append((v, n))
        return [st] + self.after_decl([("%d", Raw(f"(int) (sizeof {v} / sizeof {v}[0])")),
                                       ("%d", Raw(f"{v}[{n - 1}]"))])

    def d_matrix(self):
        v = self.name("m")
        cols = self.rng.randint(2, 3)
        rows = self.rng.randint(1, 3)
        forms = [f for f in ('arr_braced', 'arr_elide', 'arr_2d') if self.on(f)]
        form = self.pick(forms)
        n = rows * cols
        items = self.init_items(n)
        if form == 'arr_elide':
            st = Fmt(f"int {v}[][{cols}] = {{0}};", [Init(items)])
        else:
            init = Init([Init(items[r * cols:(r + 1) * cols]) for r in range(rows)])
            st = Fmt(f"int {v}[{'' if form == 'arr_braced' else rows}][{cols}] = {{0}};", [init])
        self.declare(v, [f"{v}[0][1]", f"{v}[{rows - 1}][0]"], [f"{v}[0][0]"])
        return [st] + self.after_decl([("%d", Raw(f"(int) (sizeof {v} / sizeof {v}[0])")),
                                       ("%d", Raw(f"{v}[{rows - 1}][{cols - 1}]"))])

    def d_string(self):
        v = self.name("s")
        word = "".join(self.pick("abcdefgh") for _ in range(self.rng.randint(0, 6)))
        braced = self.on('arr_string_braced') and (not self.on('arr_string') or self.chance(0.5))
        init = f'{{"{word}"}}' if braced else f'"{word}"'
        st = Fmt(f"char {v}[] = {init};")
        self.declare(v, [f"(int) sizeof {v}"])
        return [st] + self.after_decl([("%d", Raw(f"(int) sizeof {v}")), ("[%s]", Raw(v))])

    def d_struct(self):
        v = self.name("st")
        P = self.P
        if self.on('designated') and self.chance(0.5):
            items = self.init_items(3)
            init = Init([(".in.y = ", items[0]), (".a = ", items[1]), (".arr[2] = ", items[2]),
                         (".c = ", Raw("'q'"))])
        else:
            it = self.init_items(7)
            init = Init([it[0], Bin('+', it[1], Raw("0")), Raw("'k'"), Init(it[2:5]), Init(it[5:7])])
        st = Fmt(f"struct {P}S {v} = {{0}};", [init])
        self.declare(v, [f"{v}.a", f"{v}.arr[1]", f"{v}.in.y", f"(int) {v}.b"], [f"{v}.in.x"])
        return [st] + self.after_decl([("%d", Raw(f"{v}.a")), ("%ld", Raw(f"{v}.b")),
                                       ("%d", Raw(f"{v}.c")), ("%d", Raw(f"{v}.arr[2]")),
                                       ("%d", Raw(f"{v}.in.x")), ("%d", Raw(f"{v}.in.y"))])

    def d_union(self):
        v = self.name("un")
        P = self.P
        if self.chance(0.5):
            st = Fmt(f"union {P}U {v} = {{{{ .u = (unsigned) {{0}} }}}};", [self.iexpr()])
            self.declare(v, [f"(int) ({v}.u % 1000u)"])
            return [st] + self.after_decl([("%u", Raw(f"{v}.u"))])
        st = Fmt(f"union {P}U {v} = {{{{ {{0}} }}}};", [self.iexpr()])
        self.declare(v, [f"{v}.i"], [f"{v}.i"])
        return [st] + self.after_decl([("%d", Raw(f"{v}.i"))])

    def d_struct_array(self):
        v = self.name("pt")
        n = self.rng.randint(1, 3)
        items = self.init_items(2 * n)
        P = self.P
        if self.on('arr_elide_struct') and self.chance(0.4):
            # acc sizes an elided struct array only when it can tell each top-level
            # value is a scalar; a member access (st.a) it cannot, and says so
            # (docs/semantics.md): the unary plus makes every value visibly scalar
            # (calls through function pointers, ?: and comma over members too):
            # values are left bare only where acc's knowledge is what is tested
            init = Init([e if isinstance(e, (Bin, Neg)) or (isinstance(e, Raw) and e.text.isidentifier())
                         else Plus(e) for e in items])
        else:
            init = Init([Init(items[2 * i:2 * i + 2]) for i in range(n)])
        st = Fmt(f"struct {P}In {v}[] = {{0}};", [init])
        self.declare(v, [f"{v}[0].y", f"{v}[{n - 1}].x"], [f"{v}[0].x"])
        return [st] + self.after_decl([("%d", Raw(f"(int) (sizeof {v} / sizeof {v}[0])")),
                                       ("%d", Raw(f"{v}[{n - 1}].y"))])

    def d_ptr(self):
        ints = [n for sc in self.scopes for n in sc.names if n[0] == 'v' and n in self.visible()]
        arrs = [(b, n) for b, n in self.arrays if n >= 3 and f"{b}[0]" in self.visible()]
        p = self.name("p")
        if arrs and self.chance(0.5):
            b, _ = self.pick(arrs)
            st = Fmt(f"int *{p} = &{b}[1];")
            self.declare(p, [f"{p}[1]", f"{p}[-1]"], [f"{p}[0]"])
        elif ints:
            st = Fmt(f"int *{p} = &{self.pick(ints)};")
            self.declare(p, [f"*{p}"], [f"*{p}"])
        else:
            return self.d_int()
        return [st] + self.after_decl([("%d", Raw(f"*{p}"))])

    def d_compound(self):
        p = self.name("cl")
        P = self.P
        if self.chance(0.5):
            st = Fmt(f"int *{p} = (int[]){{0}};", [Init(self.init_items(3))])
            self.declare(p, [f"{p}[0]", f"{p}[2]"], [f"{p}[1]"])
            return [st] + self.after_decl([("%d", Raw(f"{p}[1]"))])
        st = Fmt(f"struct {P}In *{p} = &(struct {P}In){{0}};", [Init(self.init_items(2))])
        self.declare(p, [f"{p}->x"], [f"{p}->y"])
        return [st] + self.after_decl([("%d", Raw(f"{p}->y"))])

    def d_typedef(self):
        P = self.P
        v = self.name("td")
        vis = self.visible()
        if self.on('typedef_decl') and self.chance(0.5):
            ints = [n for sc in self.scopes for n in sc.names if n[0] == 'v' and n in vis]
            shape = self.rng.random()
            if shape < 0.3:          # T (*p)[2] = &arr;
                arr = self.name("ta")
                st = [Fmt(f"{P}int_t {arr}[2] = {{0}};", [Init(self.init_items(2))]),
                      Fmt(f"{P}int_t (*{v})[2] = &{arr};")]
                self.declare(arr, [f"{arr}[0]"], [f"{arr}[1]"])
                self.declare(v, [f"(*{v})[1]"], [f"(*{v})[0]"])
                return st + self.after_decl([("%d", Raw(f"(*{v})[1]"))])
            if shape < 0.5:          # T *(*fp)(T *) = pick;
                st = Fmt(f"{P}in_t *(*{v})({P}in_t *) = {P}pick;")
                self.declare(v, [f"{v}(&{P}gin)->y"])
                return [st] + self.after_decl([("%d", Raw(f"{v}(&{P}gin)->x"))])
            if ints:
                st = Fmt(f"{P}int_t *{v} = &{self.pick(ints)};")
                self.declare(v, [f"*{v}"], [f"*{v}"])
                return [st] + self.after_decl([("%d", Raw(f"*{v}"))])
            st = Fmt(f"{P}op_t *{v} = &{P}ops[1];")
            self.declare(v, [f"(*{v})(3, 4)"])
            return [st] + self.after_decl([("%d", Raw(f"(*{v})(5, 6)"))])
        if self.chance(0.5):
            st = Fmt(f"{P}int_t {v} = {{0}};", [self.iexpr()])
            self.declare(v, [v], [v])
            return [st] + self.after_decl([("%d", Raw(v))])
        st = Fmt(f"{P}in_t {v} = {{0}};", [Init(self.init_items(2))])
        self.declare(v, [f"{v}.x"], [f"{v}.y"])
        return [st] + self.after_decl([("%d", Raw(f"{v}.y"))])

    def d_fnptr(self):
        P = self.P
        v = self.name("fp")
        h = self.pick(self.plain_fns_direct)
        if self.on('typedef') and self.chance(0.5):
            st = Fmt(f"{P}op_t {v} = {h};")
        else:
            st = Fmt(f"int (*{v})(int, int) = {h};")
        self.plain_fns.append(v)
        self.declare(v, [])
        self.scopes[-1].entries.append((f"{v}(1, 2)", None, {v}))
        return [st] + self.after_decl([("%d", Raw(f"{v}(7, 8)"))])

    def d_const(self):
        v = self.name("k")
        st = Fmt(f"const int {v} = {{0}};", [self.iexpr()])
        self.declare(v, [v])
        return [st] + self.after_decl([("%d", Raw(v))])

    def d_static(self):
        v = self.name("sl")
        st = [Fmt(f"static int {v} = {self.rng.randint(0, 9)};"),
              Fmt(f"{v} = ({v} * 3 + {{0}}) % {MOD};", [self.expr(1, False)])]
        # not an operand of other expressions: a call of this (impure, maybe
        # recursive) function in the same expression writes it, and C leaves the
        # order of the read and the call unspecified (campaign seed 113375)
        self.declare(v, [])
        return st + self.after_decl([("%d", Raw(v))])

    # ---- C99/C11/GNU types of locals (typesc): each kept its type in the frame
    def d_typeof(self):
        v = self.name("ty")
        ints = [n for sc in self.scopes for n in sc.names if n[0] == 'v' and n in self.visible()]
        if self.on('calls') and self.fn.kind not in ('gen', 'agen') and self.chance(0.3):
            of = Call(self.one, [Raw("1")])      # never run: only its type counts
        elif ints:
            of = Raw(self.pick([self.pick(ints), f"{self.pick(ints)} + 1"]))
        else:
            of = Raw("int")
        st = Fmt(f"__typeof__({{0}}) {v} = {{1}};", [of, self.iexpr()])
        self.declare(v, [v], [v])
        return [st] + self.after_decl([("%d", Raw(v)), ("%d", Raw(f"(int) sizeof {v}"))])

    def d_auto_type(self):
        v = self.name("au")
        st = Fmt(f"__auto_type {v} = {{0}};", [self.iexpr()])
        self.declare(v, [v], [v])
        return [st] + self.after_decl([("%d", Raw(v))])

    def d_atomic(self):
        v = self.name("at")   # not `v...`: no `int *p = &at` (an atomic's address)
        spec = self.pick(["_Atomic int", "_Atomic(int)", "int _Atomic"])
        st = Fmt(f"{spec} {v} = {{0}};", [self.iexpr()])
        self.declare(v, [f"(int) {v}"], [v])
        return [st] + self.after_decl([("%d", Raw(f"(int) {v}"))])

    def d_complex(self):
        v = self.name("cx")
        spec = self.pick(["double _Complex", "_Complex double"])
        items = self.init_items(2)
        st = Fmt(f"{spec} {v} = __builtin_complex((double) ({{0}}), (double) ({{1}}));", items)
        # C11 6.2.5p13: a complex is laid out as an array of its two parts
        re, im = f"(int) ((double *) &{v})[0]", f"(int) ((double *) &{v})[1]"
        self.declare(v, [re, im])
        return [st] + self.after_decl([("%d", Raw(re)), ("%d", Raw(im))])

    def d_sizeof_macro(self):
        arrs = [(b, n) for b, n in self.arrays if f"{b}[0]" in self.visible()]
        if not arrs:
            return self.d_array() if self.on('arrays') or self.on('arr_flat') else self.d_int()
        b, n = self.pick(arrs)
        v = self.name("sm")
        st = Fmt(f"int {v}[{self.P}CNT({b}) * 2] = {{{{ {{0}} }}}};", [self.iexpr()])
        self.declare(v, [f"{v}[0]", f"(int) {self.P}CNT({v})"], [f"{v}[{2 * n - 1}]"])
        return [st] + self.after_decl([("%d", Raw(f"(int) {self.P}CNT({v})")), ("%d", Raw(f"{v}[0]"))])

    def d_struct_values(self):
        P = self.P
        s, v = self.name("sv"), self.name("pv")
        items = self.init_items(4)
        # as in d_struct_array: a unary plus makes other values visibly scalar
        # (an __auto_type local is scalar only when acc can type its initialiser:
        # `__auto_type au = s.y` it cannot, a documented limit, so it gets one too)
        items[2:] = [e if isinstance(e, (Bin, Neg)) or (isinstance(e, Raw) and e.text.isidentifier()
                                                       and not e.text.startswith('au'))
                     else Plus(e) for e in items[2:]]
        sts = [Fmt(f"struct {P}In {s} = {{0}};", [Init(items[:2])]),
               Fmt(f"struct {P}In {v}[] = {{0}};", [Init([Raw(s), items[2], items[3], Raw(s)])])]
        self.declare(s, [f"{s}.x"], [f"{s}.y"])
        self.declare(v, [f"{v}[1].x", f"{v}[2].y"], [f"{v}[0].y"])
        return sts + self.after_decl([("%d", Raw(f"(int) (sizeof {v} / sizeof {v}[0])")),
                                      ("%d", Raw(f"{v}[1].y"))])
