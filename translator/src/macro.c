/* macro.c: macros whose body names a local of an async function.
 *
 * Locals of an async function live in its frame and are written `ac__f->x`
 * where the source names them. The body of a macro is expanded by the C
 * compiler after translation, so a name in it is never rewritten: it would
 * find no variable, or silently a global of the same name. A use of a macro
 * of this file whose body (or the body of a macro it names, transitively)
 * names a local in scope is therefore an error; passing the local as an
 * argument works, since arguments are written at the use. Macros of other
 * headers are not seen here: their bodies name no locals of this file. */
#include "acc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Macro {
    char *name;
    Vec names;        /* char *: identifiers of the body, parameters and members left out */
    uint64_t textual; /* bit i: parameter i is stringized (#x) or pasted (a##x) */
    uint64_t sized;   /* bit i: parameter i is used, and only in operands of sizeof */
    char *body;       /* the replacement list, for an object-like macro */
    int nparams;      /* -1: object-like */
    bool variadic;    /* the last parameter is `...` (__VA_ARGS__) */
} Macro;

/* The macros of one unit, by name (util.c's StrMap; keys are the Macro's name). */
static struct {
    const Unit *unit;
    StrMap by_name;
    bool reported;          /* last_reported is the offset of the last use reported */
    uint32_t last_reported;
} macros;

static void table_put(Macro *m) {
    Macro *had = strmap_get(&macros.by_name, m->name);
    if (had) { /* redefined: both bodies count (a use sees one or the other) */
        had->textual |= m->textual;
        for (int i = 0; i < m->names.len; i++) vec_push(&had->names, m->names.items[i]);
        vec_free(&m->names);
        free(m->body);
        free(m->name);
        free(m);
        return;
    }
    strmap_put(&macros.by_name, m->name, m);
}

/* Words after which an identifier is not being declared. */
static bool is_statement_word(const char *s, size_t n) {
    static const char *const words[] = {"return", "sizeof", "case", "goto", "else", "do", "_Alignof", "alignof"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == n && !memcmp(words[i], s, n)) return true;
    return false;
}

static bool in_list(Vec *v, const char *s, size_t n) {
    for (int i = 0; i < v->len; i++) {
        const char *p = v->items[i];
        if (strlen(p) == n && !memcmp(p, s, n)) return true;
    }
    return false;
}

/* The identifiers of a replacement list that may name a variable: not in a
 * string, character constant or comment, not a member after `.` or `->`, not
 * a parameter, not part of a number, not declared by the body itself
 * (`do { int rc = (x); ... } while (0)`: a word or `*` before it, `=`, `;`,
 * `,` or `[` after it). */
static void body_names(const char *t, size_t len, Vec *params, Vec *out) {
    Vec declared = {0}, used = {0};
    char prev = 0;                 /* last significant character before the token */
    const char *word = NULL;       /* the previous token, when it was a word */
    size_t wlen = 0;
    for (size_t i = 0; i < len;) {
        char c = t[i];
        if (c == '"' || c == '\'') {
            for (i++; i < len && t[i] != c; i++)
                if (t[i] == '\\') i++;
            i++;
            prev = c;
        } else if (c == '/' && i + 1 < len && t[i + 1] == '*') {
            const char *end = strstr(t + i + 2, "*/");
            i = end && (size_t)(end - t) < len ? (size_t)(end - t) + 2 : len;
        } else if (c == '/' && i + 1 < len && t[i + 1] == '/') {
            while (i < len && t[i] != '\n') i++;
        } else if (isdigit((unsigned char)c)) {
            while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '_' || t[i] == '.')) i++;
            prev = '0';
        } else if (isalpha((unsigned char)c) || c == '_') {
            size_t a = i;
            while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '_')) i++;
            size_t k = i;
            while (k < len && isspace((unsigned char)t[k])) k++;
            char next = k < len ? t[k] : 0;
            bool after_type = (prev == 'a' && word && !is_statement_word(word, wlen)) || prev == '*';
            bool declares = after_type && (next == '=' || next == ';' || next == ',' || next == '[');
            if (declares) vec_push(&declared, xstrndup(t + a, i - a));
            else if (prev != '.' && prev != '>' && !in_list(params, t + a, i - a)) vec_push(&used, xstrndup(t + a, i - a));
            prev = 'a';
            word = t + a;
            wlen = i - a;
            continue;
        } else {
            /* `->` counts as a member access, `>` alone does not */
            if (!isspace((unsigned char)c)) prev = c == '>' && i > 0 && t[i - 1] == '-' ? '>' : c == '>' ? 0 : c;
            i++;
        }
        if (prev != 'a') word = NULL;
    }
    for (int i = 0; i < used.len; i++) {
        char *x = used.items[i];
        if (in_list(&declared, x, strlen(x))) free(x);
        else vec_push(out, x);
    }
    for (int i = 0; i < declared.len; i++) free(declared.items[i]);
    vec_free(&declared);
    vec_free(&used);
}

/* The parameters the body turns into text: `#x`, `x ## y`, `y ## x` (C11
 * 6.10.3.2, 6.10.3.3). An argument naming a local would show `ac__f->x`. */
static uint64_t textual_params(const char *t, size_t len, Vec *params) {
    uint64_t bits = 0;
    for (size_t i = 0; i < len; i++) {
        if (t[i] == '"' || t[i] == '\'') { /* skip literals */
            char q = t[i];
            for (i++; i < len && t[i] != q; i++)
                if (t[i] == '\\') i++;
            continue;
        }
        if (!isalpha((unsigned char)t[i]) && t[i] != '_') continue;
        size_t a = i;
        while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '_')) i++;
        size_t b = a, e = i;
        while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
        while (e < len && (t[e] == ' ' || t[e] == '\t')) e++;
        /* `%:` and `%:%:` are the digraphs of `#` and `##` */
        bool stringized = (b >= 1 && t[b - 1] == '#') || (b >= 2 && t[b - 2] == '%' && t[b - 1] == ':');
        bool pasted = (e + 1 < len && t[e] == '#' && t[e + 1] == '#') ||
                      (e + 3 < len && t[e] == '%' && t[e + 1] == ':' && t[e + 2] == '%' && t[e + 3] == ':');
        if (stringized || pasted) {
            for (int k = 0; k < params->len && k < 64; k++) {
                const char *p = params->items[k];
                bool va = !strcmp(p, "...") && i - a == 11 && !memcmp(t + a, "__VA_ARGS__", 11);
                if (va || (strlen(p) == i - a && !memcmp(p, t + a, i - a))) bits |= (uint64_t)1 << k;
            }
        }
        i--;
    }
    return bits;
}

/* Is t[i..] the word w (not part of a longer word)? */
static bool word_at(const char *t, size_t len, size_t i, const char *w) {
    size_t n = strlen(w);
    if (i + n > len || memcmp(t + i, w, n)) return false;
    if (i > 0 && (isalnum((unsigned char)t[i - 1]) || t[i - 1] == '_')) return false;
    return i + n == len || !(isalnum((unsigned char)t[i + n]) || t[i + n] == '_');
}

/* The end of the operand of a sizeof that ends at t[i]: a parenthesised
 * operand, or a name with its postfix operators (`sizeof a[0].b`). */
static size_t sizeof_operand_end(const char *t, size_t len, size_t i) {
    while (i < len && isspace((unsigned char)t[i])) i++;
    for (bool first = true;; first = false) {
        if (i < len && (t[i] == '(' || t[i] == '[')) {
            int depth = 0;
            for (; i < len; i++) {
                if (t[i] == '(' || t[i] == '[') depth++;
                if ((t[i] == ')' || t[i] == ']') && --depth == 0) break;
            }
            i++;
            if (first && t[i - 1] == ')') return i; /* sizeof (x): the postfix is outside */
        } else if (i < len && (isalpha((unsigned char)t[i]) || t[i] == '_') && first) {
            while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '_')) i++;
        } else if (i < len && t[i] == '.') {
            i++;
            while (i < len && (isspace((unsigned char)t[i]) || isalnum((unsigned char)t[i]) || t[i] == '_')) i++;
        } else if (i + 1 < len && t[i] == '-' && t[i + 1] == '>') {
            i += 2;
            while (i < len && (isspace((unsigned char)t[i]) || isalnum((unsigned char)t[i]) || t[i] == '_')) i++;
        } else {
            return i;
        }
        while (i < len && isspace((unsigned char)t[i])) i++;
    }
}

/* One step of a scan of macro body t: whether an identifier other than
 * `sizeof` starts at t[*i]. Otherwise *i moves to the last character of what
 * it skips (a string or character literal, the word sizeof, whose operand's end
 * raises *sized_end), for the caller's loop to step past. */
static bool at_body_word(const char *t, size_t len, size_t *i, size_t *sized_end) {
    size_t j = *i;
    if (t[j] == '"' || t[j] == '\'') {
        char q = t[j];
        for (j++; j < len && t[j] != q; j++)
            if (t[j] == '\\') j++;
        *i = j;
        return false;
    }
    if (!isalpha((unsigned char)t[j]) && t[j] != '_') return false;
    if (word_at(t, len, j, "sizeof")) {
        size_t e = sizeof_operand_end(t, len, j + 6);
        if (e > *sized_end) *sized_end = e;
        *i = j + 5;
        return false;
    }
    return true;
}

/* The parameters used in the body only inside operands of sizeof
 * (`#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))`): C evaluates no such
 * argument, so a local passed there needs only its type (C11 6.5.3.4p2). */
static uint64_t sized_params(const char *t, size_t len, Vec *params) {
    uint64_t used = 0, outside = 0;
    size_t sized_end = 0; /* t[..sized_end) after a sizeof is its operand */
    for (size_t i = 0; i < len; i++) {
        if (!at_body_word(t, len, &i, &sized_end)) continue;
        size_t a = i;
        while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '_')) i++;
        for (int k = 0; k < params->len && k < 64; k++) {
            const char *p = params->items[k];
            if (strlen(p) != i - a || memcmp(p, t + a, i - a)) continue;
            used |= (uint64_t)1 << k;
            if (a >= sized_end) outside |= (uint64_t)1 << k;
        }
        i--;
    }
    return used & ~outside;
}

static void add_macro(const Source *s, TSNode def) {
    Macro *m = xcalloc(1, sizeof *m);
    m->name = node_text(s, node_field(def, "name"));
    Vec params = {0};
    TSNode ps = node_field(def, "parameters");
    m->nparams = -1;
    if (!ts_node_is_null(ps)) {
        for (uint32_t i = 0; i < ts_node_child_count(ps); i++) {
            TSNode c = ts_node_child(ps, i);
            if (node_is(c, "identifier") || node_is(c, "...")) vec_push(&params, node_text(s, c));
        }
        m->nparams = params.len;
        m->variadic = params.len && !strcmp(params.items[params.len - 1], "...");
    }
    TSNode v = node_field(def, "value");
    if (!ts_node_is_null(v)) {
        const char *t = s->text + ts_node_start_byte(v);
        size_t len = ts_node_end_byte(v) - ts_node_start_byte(v);
        body_names(t, len, &params, &m->names);
        m->textual = textual_params(t, len, &params);
        m->sized = m->variadic ? 0 : sized_params(t, len, &params);
        if (m->nparams < 0) m->body = xstrndup(t, len);
    }
    for (int i = 0; i < params.len; i++) free(params.items[i]);
    vec_free(&params);
    table_put(m);
}

static void macros_clear(void) {
    for (size_t i = 0; i < macros.by_name.cap; i++) {
        Macro *m = macros.by_name.vals[i];
        if (!macros.by_name.keys[i]) continue;
        for (int k = 0; k < m->names.len; k++) free(m->names.items[k]);
        vec_free(&m->names);
        free(m->body);
        free(m->name);
        free(m);
    }
    strmap_free(&macros.by_name);
    macros.reported = false;
}

/* Collects the #defines of the unit (a loop over its preorder, nodes.c),
 * forgetting those of an earlier unit. */
void macros_collect(const Unit *u) {
    macros_clear();
    macros.unit = u;
    Preorder o;
    if (!node_preorder(u->root, &o)) return;
    for (uint32_t i = o.first; i < o.last;) {
        TSNode n = o.nodes[i];
        int t = preorder_type_id(&o, i); /* (every node of the unit: one look-up) */
        bool def = t == TYPE_ID("preproc_def") || t == TYPE_ID("preproc_function_def");
        if (def) add_macro(u->src, n);
        i = def ? o.end[i] : i + 1;
    }
}

static Macro *find_macro(const char *name, size_t n) { return strmap_getn(&macros.by_name, name, n); }

/* Is `name` a local of the async function being lowered that lives in its
 * frame (statics and typedefs are C-level names: a macro sees them)? */
static bool names_frame_local(Fn *F, const char *name) {
    Local *l = scope_local(F, name, strlen(name), 0);
    return l && l->member != NULL;
}

/* The first frame local the body of m names, through the macros it names
 * (depth-limited: a macro does not expand itself), or `await` or `yield`:
 * acc does not expand macros, so it never sees a suspension in a body. */
static const char *local_in_macro(Fn *F, Macro *m, int depth) {
    for (int i = 0; i < m->names.len; i++) {
        const char *x = m->names.items[i];
        if (names_frame_local(F, x) || !strcmp(x, "await") || !strcmp(x, "yield")) return x;
        Macro *inner = depth < 16 ? find_macro(x, strlen(x)) : NULL;
        if (inner && inner != m) {
            const char *r = local_in_macro(F, inner, depth + 1);
            if (r) return r;
        }
    }
    return NULL;
}

/* The first identifier in expression n that names a frame local, or a null node. */
static TSNode frame_local_in(Fn *F, TSNode n) {
    if (node_is(n, "identifier")) return scope_lookup(F, F->s, n) ? n : (TSNode){0};
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode r = frame_local_in(F, ts_node_child(n, i));
        if (!ts_node_is_null(r)) return r;
    }
    return (TSNode){0};
}

/* M(args) where M's body makes text of a parameter (#x, x##y) whose argument
 * names a frame local: the text would be `ac__f->x`, not what was written. */
static TSNode textual_local_argument(Fn *F, Macro *m, TSNode id) {
    TSNode call = ts_node_parent(id);
    if (!m->textual || !node_is(call, "call_expression") || !ts_node_eq(node_field(call, "function"), id))
        return (TSNode){0};
    TSNode args = node_field(call, "arguments");
    int k = 0;
    for (uint32_t i = 0; i < ts_node_named_child_count(args); i++) {
        TSNode a = ts_node_named_child(args, i);
        if (node_is(a, "comment")) continue;
        int param = m->variadic && k >= m->nparams - 1 ? m->nparams - 1 : k;
        TSNode local = param < 64 && (m->textual >> param & 1) ? frame_local_in(F, a) : (TSNode){0};
        if (!ts_node_is_null(local)) return local;
        k++;
    }
    return (TSNode){0};
}

void check_macro_use(Fn *F, TSNode id) {
    const Unit *u = F->p->unit;
    if (macros.unit != u) macros_collect(u);
    uint32_t a = ts_node_start_byte(id);
    Macro *m = find_macro(F->s->text + a, ts_node_end_byte(id) - a);
    if (!m) return;
    const char *local = local_in_macro(F, m, 0);
    TSNode textual = textual_local_argument(F, m, id);
    if (!local && ts_node_is_null(textual)) return;
    /* reported once per use, however often the expression is written out */
    if (macros.reported && macros.last_reported == a) return;
    macros.reported = true;
    macros.last_reported = a;
    if (!local) {
        char *name = node_text(F->s, textual);
        diag_error(F->s, ts_node_start_byte(textual),
                   "macro '%s' makes text of this argument (#x or x##y), and '%s' is a local of async function "
                   "'%s', which acc writes as a frame member: the text would change; write the text out",
                   m->name, name, F->af->name);
        free(name);
        return;
    }
    if (!strcmp(local, "await") || !strcmp(local, "yield")) {
        diag_error(F->s, a, "macro '%s' contains '%s': acc does not expand macros, so it cannot suspend there; "
                   "write the %s where the macro is used", m->name, local, local);
        return;
    }
    diag_error(F->s, a,
               "macro '%s' names local '%s' of async function '%s', which lives in the function's frame "
               "where a macro's body cannot see it: pass '%s' to the macro as an argument",
               m->name, local, F->af->name, local);
}


/* Is expression n (an identifier) inside an argument of a call of a macro of
 * this file whose parameter is used only in operands of sizeof, and so never
 * evaluated (`char b[COUNT_OF(a)]` with a local `a`: not a VLA)? */
bool in_sized_macro_argument(Fn *F, TSNode n) {
    const Unit *u = F->p->unit;
    if (macros.unit != u) macros_collect(u);
    for (TSNode arg = n, up = ts_node_parent(n); !ts_node_is_null(up); arg = up, up = ts_node_parent(up)) {
        if (node_is(up, "declaration") || node_is(up, "compound_statement")) return false;
        if (!node_is(up, "argument_list")) continue;
        TSNode call = ts_node_parent(up), fn = node_field(call, "function");
        if (!node_is(fn, "identifier")) continue;
        uint32_t a = ts_node_start_byte(fn);
        Macro *m = find_macro(F->s->text + a, ts_node_end_byte(fn) - a);
        if (!m) continue;
        int k = 0;
        for (uint32_t i = 0; i < ts_node_named_child_count(up); i++) {
            TSNode c = ts_node_named_child(up, i);
            if (node_is(c, "comment")) continue;
            if (ts_node_eq(c, arg)) return k < 64 && (m->sized >> k & 1);
            k++;
        }
    }
    return false;
}

/* Object-like macro `id` (`#define N sizeof buf`) used in the type of a frame
 * member, which is declared at file scope: its body written out with each
 * frame local it names, all inside operands of sizeof, as `(*(T (*))0)` (C
 * needs only their types there), or NULL when the body names no frame local.
 * A local read outside sizeof would make a variable-length array: reported. */
char *macro_frame_text(Fn *F, TSNode id) {
    const Unit *u = F->p->unit;
    if (macros.unit != u) macros_collect(u);
    uint32_t a0 = ts_node_start_byte(id);
    Macro *m = find_macro(F->s->text + a0, ts_node_end_byte(id) - a0);
    if (!m || !m->body || !local_in_macro(F, m, 0)) return NULL;
    const char *t = m->body;
    size_t len = strlen(t), sized_end = 0, pos = 0;
    Buf out = {0};
    buf_puts(&out, "");
    for (size_t i = 0; i < len; i++) {
        if (!at_body_word(t, len, &i, &sized_end)) continue;
        size_t a = i;
        while (i < len && (isalnum((unsigned char)t[i]) || t[i] == '_')) i++;
        bool member = false;
        for (size_t k = a; k > 0 && !member; k--) {
            char c = t[k - 1];
            if (isspace((unsigned char)c)) continue;
            member = c == '.' || (c == '>' && k >= 2 && t[k - 2] == '-');
            break;
        }
        char *ptr = member ? NULL : local_type_value(F, t + a, i - a);
        if (ptr && a >= sized_end) {
            diag_error(F->s, a0, "macro '%s' reads local '%.*s' of async function '%s' in the size of an array: "
                       "a variable-length array, and the frame has a fixed size; use a constant size or allocate it",
                       m->name, (int)(i - a), t + a, F->af->name);
            buf_free(&out);
            free(ptr);
            return xstrdup("1");
        }
        if (ptr) {
            buf_put(&out, t + pos, a - pos);
            buf_puts(&out, ptr);
            free(ptr);
            pos = i;
        }
        i--;
    }
    buf_put(&out, t + pos, len - pos);
    return out.data;
}
