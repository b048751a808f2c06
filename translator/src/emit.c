/* emit.c: pass 4, the output. The source text is copied as written, with edits:
 * each async function (or generator) definition is replaced by its frame struct
 * (and those of the frames it embeds, first), its descriptor, constructor and
 * resume function; async prototypes by the declarations other files need;
 * `#include "x.ah"` by `#include "x.h"`; plain functions by their rewritten
 * text when they need it. `#line` directives follow every replacement. */
#define _GNU_SOURCE /* memmem */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* The unit                                                                   */
/* ------------------------------------------------------------------------- */

/* L's frame struct, after those of the frames it embeds (depth first, with an
 * explicit stack: a chain of functions each awaiting the next can be long). */
typedef struct FrameStep {
    Lowered *L;
    int next;     /* the next of L's embeds */
    Lowered *alt; /* the next lowering of the embed being visited (#if/#else) */
} FrameStep;

/* --frames: the exported frame layouts, as written into the output (#line
 * directives left out), so that another file can embed these frames (libac's
 * composite operations: runtime/CMakeLists.txt). */
static Buf shared_frames;
static bool sharing_frames;

char *emit_take_frames(void) {
    char *t = shared_frames.data;
    shared_frames = (Buf){0};
    return t;
}

/* text into the shared frames, without its #line directives. */
static void share_text(const char *text) {
    for (const char *q = text; *q;) {
        const char *nl = strchr(q, '\n');
        size_t n = nl ? (size_t)(nl - q + 1) : strlen(q);
        if (strncmp(q, "#line ", 6)) buf_put(&shared_frames, q, n);
        q += n;
    }
}

static void put_frame(Lowered *L, Buf *out) {
    /* a definition under #if/#else: its frame struct under the same condition */
    buf_puts(out, L->guard);
    const AsyncFn *f = L->af;
    /* --frames, --libac: the frame under #ifndef AC__F_NAME, in the output and
     * the shared frames: whichever a file sees first defines it */
    bool shared = sharing_frames && strcmp(f->name, "main");
    char *guard = shared ? xprintf("#ifndef AC__F_%s\n#define AC__F_%s\n", f->name, f->name) : NULL;
    if (shared) {
        buf_puts(out, guard);
        share_text(guard);
    }
    if (L->types) {
        buf_puts(out, L->types);
        if (shared) share_text(L->types);
        if (strstr(L->types, "#line ")) buf_puts(out, "#line @GEN@\n"); /* back to generated lines */
    }
    buf_puts(out, L->frame_struct);
    if (shared) {
        share_text(L->frame_struct);
        share_text("#endif\n");
        buf_puts(out, "#endif\n");
    }
    if (L->frame_own) buf_puts(out, L->frame_own);
    free(guard);
    for (int i = 0; i < L->guard_depth; i++) buf_puts(out, "#endif\n");
}

static void ensure_frames(Lowered *L, Buf *out) {
    if (L->struct_done) return;
    L->struct_done = true;
    int len = 0, cap = 64;
    FrameStep *path = xcalloc((size_t)cap, sizeof *path);
    path[len++] = (FrameStep){L, 0, NULL};
    while (len) {
        FrameStep *top = &path[len - 1];
        Lowered *M = top->alt;
        if (M) {
            top->alt = M->next_alt;
            if (M->struct_done) continue;
            M->struct_done = true;
            if (len == cap) path = xrealloc(path, (size_t)(cap *= 2) * sizeof *path);
            path[len++] = (FrameStep){M, 0, NULL};
        } else if (top->next < top->L->embeds.len) {
            AsyncFn *g = top->L->embeds.items[top->next++];
            top->alt = g->lowered;
        } else {
            put_frame(top->L, out);
            len--;
        }
    }
    free(path);
}

/* The lowering of definition def of f (one of several under #if/#else). */
static Lowered *find_lowered(AsyncFn *f, TSNode def) {
    for (Lowered *L = f->lowered; L; L = L->next_alt)
        if (ts_node_eq(L->def, def)) return L;
    return NULL;
}

/* The lowering of f's first definition (its frame is the one others embed). */
static Lowered *main_lowering(AsyncFn *f) { return f->lowered; }

/* ---- where frame structs go ------------------------------------------------
 * A frame struct is emitted with the first definition that needs it: its own,
 * or that of an earlier function that embeds it (ensure_frames). A frame
 * embedded by an earlier function moves up to that function's place, so it
 * may only use names declared before it: when a callee defined later has a
 * frame (with the frames it embeds, and its hoisted types) that names
 * anything declared between the two definitions (a type, an enumerator, a
 * macro, a variable), or the text between includes a header or #undef's a
 * macro, the caller awaits it through an allocation instead (as recursion
 * does), and the callee's frame stays at its own definition. */

/* Where the unit declares each file-scope name (a hash table of names to
 * the offsets of their declarations, in order), and where it includes a
 * header or #undef's a macro (names it cannot see), built once. */
typedef struct DeclSite {
    char *name;
    uint32_t *at;
    int n, cap;
} DeclSite;

typedef struct DeclIndex {
    StrMap by_name; /* name -> DeclSite * (util.c) */
    Vec sites;      /* DeclSite *, to free them */
    uint32_t *opaque; /* offsets, in order */
    int nopaque, capopaque;
    /* a filter without false negatives before the hash look-up: bit
     * name_bit(...) of seen[length % 64] is set for every name added (most
     * words of a frame's text are no file-scope name) */
    uint64_t seen[64];
} DeclIndex;

static uint64_t name_bit(const char *name, size_t len) {
    return len ? 1ull << (((unsigned char)name[0] * 7u + (unsigned char)name[len - 1]) & 63) : 1;
}

static DeclSite *decl_site(DeclIndex *x, const char *name, size_t len, bool add) {
    if (!add && !(x->seen[len % 64] & name_bit(name, len))) return NULL;
    DeclSite *d = strmap_getn(&x->by_name, name, len);
    if (d || !add) return d;
    x->seen[len % 64] |= name_bit(name, len);
    d = xcalloc(1, sizeof *d);
    d->name = xstrndup(name, len);
    strmap_put(&x->by_name, d->name, d);
    vec_push(&x->sites, d);
    return d;
}

static void decl_add(DeclIndex *x, const Source *s, TSNode name, uint32_t at) {
    if (ts_node_is_null(name)) return;
    uint32_t a = ts_node_start_byte(name), b = ts_node_end_byte(name);
    DeclSite *d = decl_site(x, s->text + a, b - a, true);
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 2;
        d->at = xrealloc(d->at, (size_t)d->cap * sizeof *d->at);
    }
    d->at[d->n++] = at;
}

/* The file-scope declarations of the unit: types, tags, enumerators, macros,
 * objects and functions; not what function bodies declare. Iterative. */
static void decl_index_build(DeclIndex *x, const Source *s, TSNode root) {
    Preorder o; /* nodes.c: the unit's nodes in preorder */
    if (!node_preorder(root, &o)) return;
    for (uint32_t k = o.first; k < o.last;) {
        TSNode n = o.nodes[k];
        uint32_t at = ts_node_start_byte(n);
        int t = preorder_type_id(&o, k); /* (every node of the unit: one look-up) */
        bool descend = t != TYPE_ID("compound_statement");
        bool opaque = t == TYPE_ID("preproc_include");
        if (t == TYPE_ID("preproc_call")) {
            char *dir = node_text(s, node_field(n, "directive"));
            opaque |= !strcmp(dir, "#undef");
            free(dir);
        }
        if (opaque) {
            if (x->nopaque == x->capopaque) {
                x->capopaque = x->capopaque ? 2 * x->capopaque : 8;
                x->opaque = xrealloc(x->opaque, (size_t)x->capopaque * sizeof *x->opaque);
            }
            x->opaque[x->nopaque++] = at;
        }
        if (t == TYPE_ID("preproc_def") || t == TYPE_ID("preproc_function_def") || t == TYPE_ID("enumerator") ||
            t == TYPE_ID("struct_specifier") || t == TYPE_ID("union_specifier") || t == TYPE_ID("enum_specifier"))
            decl_add(x, s, node_field(n, "name"), at);
        if (t == TYPE_ID("function_definition") || t == TYPE_ID("declaration") || t == TYPE_ID("type_definition")) {
            uint32_t nc = ts_node_child_count(n);
            for (uint32_t i = 0; i < nc; i++) {
                const char *field = node_child_field(n, i);
                if (field && !strcmp(field, "declarator")) decl_add(x, s, declarator_ident(ts_node_child(n, i)), at);
            }
        }
        k = descend ? k + 1 : o.end[k];
    }
}

static void decl_index_free(DeclIndex *x) {
    for (int i = 0; i < x->sites.len; i++) {
        DeclSite *d = x->sites.items[i];
        free(d->name);
        free(d->at);
        free(d);
    }
    vec_free(&x->sites);
    strmap_free(&x->by_name);
    free(x->opaque);
}

/* The last offset in at[0..n) (in order) before `before`, or 0. */
static uint32_t last_before(const uint32_t *at, int n, uint32_t before) {
    int lo = 0, hi = n; /* first index with at[i] >= before */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (at[mid] < before) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 ? at[lo - 1] : 0;
}

/* The latest file-scope declaration before `before` of a name C text `text`
 * uses (0: none). */
static uint32_t text_needs(DeclIndex *x, const char *text, uint32_t before) {
    uint32_t need = 0;
    for (const char *p = text; p && *p;) {
        if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
            p++;
            continue;
        }
        const char *q = p;
        while (*q == '_' || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')) q++;
        DeclSite *d = decl_site(x, p, (size_t)(q - p), false);
        if (d) {
            uint32_t at = last_before(d->at, d->n, before);
            if (at > need) need = at;
        }
        p = q;
    }
    return need;
}

/* L->need: the latest declaration its frame (with the frames it embeds and
 * their hoisted types) needs, or an include/#undef it cannot see through.
 * Its embedded callees are lowered already (lower_in_order). */
static uint32_t own_needs(DeclIndex *x, const Lowered *L) {
    uint32_t start = ts_node_start_byte(L->af->def);
    uint32_t need = text_needs(x, L->frame_struct, start);
    if (L->types) {
        uint32_t t = text_needs(x, L->types, start);
        if (t > need) need = t;
    }
    uint32_t op = last_before(x->opaque, x->nopaque, start);
    return op > need ? op : need;
}

/* The unit's declarations while its functions are lowered (jobs.c's children
 * read them through lowered_own_need). */
static DeclIndex *unit_index;

void lowered_own_need(Lowered *L) {
    L->own_need = own_needs(unit_index, L);
    L->own_need_known = true;
}

static void set_frame_needs(DeclIndex *x, Lowered *L) {
    /* its own texts' needs: known when it was lowered ahead (jobs.c) */
    uint32_t need = L->own_need_known ? L->own_need : own_needs(x, L);
    for (int i = 0; i < L->embeds.len; i++) {
        Lowered *M = main_lowering(L->embeds.items[i]);
        if (M && M->need > need) need = M->need;
    }
    L->need = need;
}

/* Lowers f after the callees defined later that it could embed, deciding for
 * each whether its frame can be emitted at f's place: not when it needs a
 * declaration made after f. Depth first with an explicit stack: a file may
 * chain thousands of functions, each awaiting the next one defined after it. */
typedef struct OrderStep {
    AsyncFn *f;
    int i;        /* the callee being visited */
    bool entered; /* it has been lowered (or was being lowered) */
} OrderStep;

static void lower_one(Program *p, AsyncFn *f, Vec *lowered, DeclIndex *x, const Options *opt) {
    f->on_stack = false;
    /* lowered ahead (jobs.c) as if no callee's frame were allocated */
    Lowered *L = f->speculated;
    f->speculated = NULL;
    if (L && f->alloc_callees.len) {
        lowered_free(L);
        L = NULL;
    }
    if (!L) L = lower_function(p, f, opt);
    f->lowered = L;
    vec_push(lowered, L);
    set_frame_needs(x, L);
}

static void lower_in_order(Program *p, AsyncFn *root, Vec *lowered, DeclIndex *x, const Options *opt) {
    if (main_lowering(root) || root->on_stack) return;
    root->on_stack = true; /* Tarjan is done with it */
    int len = 0, cap = 64;
    OrderStep *stack = xcalloc((size_t)cap, sizeof *stack);
    stack[len++] = (OrderStep){root, 0, false};
    while (len) {
        OrderStep *t = &stack[len - 1];
        AsyncFn *f = t->f;
        if (t->i >= f->callees.len) {
            lower_one(p, f, lowered, x, opt);
            len--;
            continue;
        }
        AsyncFn *g = f->callees.items[t->i];
        if (g->scc == f->scc || ts_node_start_byte(g->def) < ts_node_start_byte(f->def)) {
            t->i++;
            continue;
        }
        if (!t->entered) {
            t->entered = true;
            if (!main_lowering(g) && !g->on_stack) {
                g->on_stack = true;
                if (len == cap) stack = xrealloc(stack, (size_t)(cap *= 2) * sizeof *stack);
                stack[len++] = (OrderStep){g, 0, false};
                continue;
            }
        }
        Lowered *G = main_lowering(g);
        if (G && G->need >= ts_node_end_byte(f->def)) vec_push(&f->alloc_callees, g);
        t->entered = false;
        t->i++;
    }
    free(stack);
}

/* Prototype of an async function: the constructor's prototype. */
static char *prototype_text(const Source *s, TSNode n, AsyncFn *f) {
    TSNode decl = node_field(n, "declarator");
    TSNode fd = declarator_function(decl);
    char *params = node_text(s, node_field(fd, "parameters"));
    bool st = node_has_specifier(s, n, "static");
    char *r;
    if (!strcmp(f->name, "main")) {
        r = xstrdup("/* async main declared */");
    } else if (st || f->is_gen) {
        r = xprintf("%sac_task *%s%s;", st ? "static " : "", f->name, params);
    } else {
        /* what other files need to build its frame inside theirs */
        bool none = !strcmp(params, "()") || !strcmp(params, "(void)");
        /* declared once, here or before the frame (lower.c): -Wredundant-decls */
        r = xprintf("ac_task *%s%s;\n#ifndef AC__D_%s\n#define AC__D_%s\nextern const ac__desc %s__desc; "
                    "void %s__start(void *ac__fp%s%.*s); int %s__resume(void *ac__frame_ptr, ac_task *ac__task);\n#endif",
                    f->name, params, f->name, f->name, f->name, f->name, none ? "" : ", ",
                    none ? 0 : (int)strlen(params) - 2, params + 1, f->name);
        char *start = xprintf("%s__start", f->name);
        char *adapter = args_adapter(f, start); /* check.c: named_init_call */
        if (adapter) {
            char *with = xprintf("%s\n%.*s", r, (int)strlen(adapter) - 1, adapter);
            free(r);
            r = with;
        }
        free(adapter);
        free(start);
    }
    free(params);
    return r;
}

/* By start; an insertion (empty range) before a replacement at the same place. */
static int cmp_edit(const void *a, const void *b) {
    const Edit *x = a, *y = b;
    if (x->start != y->start) return (x->start > y->start) - (x->start < y->start);
    return (x->end > y->end) - (x->end < y->end);
}

/* A `#line` at the start of the line after the one holding byte `at`. */
static void resync_line_after(const Source *s, uint32_t at, Edits *edits) {
    while (at < s->len && s->text[at] != '\n') at++;
    if (at >= s->len) return;
    at++;
    add_edit(edits, at, at, line_directive(s, source_line(s, at)));
}

/* Generated code in a branch the C compiler skips still counts as lines:
 * after the directive that ends the branch (#elif, #else, #endif) the .ac
 * line is said again. c is a conditional or one of its alternatives. */
static void resync_after_branch(const Source *s, TSNode c, Edits *edits) {
    uint32_t nc = ts_node_child_count(c);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode k = ts_node_child(c, i);
        if (!strcmp(ts_node_type(k), "#endif")) resync_line_after(s, ts_node_start_byte(k), edits);
    }
    for (TSNode alt = node_field(c, "alternative"); !ts_node_is_null(alt); alt = node_field(alt, "alternative"))
        resync_line_after(s, ts_node_start_byte(alt), edits); /* the #elif/#else line */
}

/* The edits for top-level node c: async definitions and prototypes become
 * generated code, .ah includes become .h includes, plain functions get their
 * handle temporaries; preprocessor conditionals are walked into. */
static void edit_top(Program *p, TSNode c, Vec *lowered, Edits *edits, bool *made_async,
                     const Options *opt) {
    const Source *s = p->unit->src;
    if (node_is(c, "preproc_if") || node_is(c, "preproc_ifdef") || node_is(c, "preproc_else") ||
        node_is(c, "preproc_elif") || node_is(c, "preproc_elifdef")) {
        int before = edits->len;
        uint32_t nc = ts_node_named_child_count(c);
        for (uint32_t i = 0; i < nc; i++) edit_top(p, ts_node_named_child(c, i), lowered, edits, made_async, opt);
        bool root = node_is(c, "preproc_if") || node_is(c, "preproc_ifdef");
        if (root && edits->len > before && opt->line_directives) resync_after_branch(s, c, edits);
        return;
    }
    if (node_is(c, "preproc_include")) {
        TSNode path = node_field(c, "path");
        char *lit = node_text(s, path);
        size_t n = strlen(lit);
        if (n > 4 && !strcmp(lit + n - 4, ".ah\"")) {
            char *h = xprintf("%.*s.h\"", (int)(n - 4), lit);
            add_edit(edits, ts_node_start_byte(path), ts_node_end_byte(path), h);
        }
        free(lit);
        return;
    }
    bool is_def = node_is(c, "function_definition");
    bool is_async = (is_def || node_is(c, "declaration")) &&
                    (node_has_specifier(s, c, "async") || is_generator_decl(s, c));
    if (!is_async) {
        /* plain C that tree-sitter could not parse is copied as written */
        if (ts_node_has_error(c)) return;
        if (is_def) plain_edits(p, node_field(c, "body"), c, edits, opt);
        else if (node_is(c, "declaration")) plain_edits(p, c, (TSNode){0}, edits, opt);
        return;
    }
    char *name = declarator_name(s, declarator_function(node_field(c, "declarator")));
    AsyncFn *f = name ? prog_find_fn(p, name) : NULL;
    free(name);
    if (!f) return;
    Buf b = {0};
    *made_async = true;
    if (opt->line_directives) buf_puts(&b, "#line @GEN@\n");
    const char *body = NULL; /* the lowering's text, written as is (not copied) */
    if (is_def) {
        Lowered *L = find_lowered(f, c);
        if (L) {
            ensure_frames(L, &b);
            body = L->definition;
        }
    } else {
        char *proto = prototype_text(s, c, f);
        buf_puts(&b, proto);
        buf_puts(&b, "\n");
        free(proto);
    }
    char *ld = opt->line_directives ? line_directive(s, source_line(s, ts_node_end_byte(c))) : NULL;
    if (!b.data) buf_puts(&b, "");
    add_edit3(edits, ts_node_start_byte(c), ts_node_end_byte(c), b.data, body, ld);
}

/* The output as it is appended: with #line directives, each `#line @GEN@`
 * line (lower.c's mark for generated code) becomes a #line naming the
 * output itself at the line after it (re2c's "#line both ways"). */
typedef struct OutText {
    Buf *out;
    int line; /* the output's line the next byte goes on */
    char *lit; /* the output's name as a C string literal; NULL: no #line */
} OutText;

static int count_lines(const char *p, const char *end) {
    int n = 0;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) p++, n++;
    return n;
}

/* The first `#line @GEN@` at or after q, or NULL: memmem's answer, found by
 * its '@' (rare in C, and memchr is much faster than memmem's search). */
static const char *find_gen_mark(const char *q, const char *end) {
    static const char mark[] = "#line @GEN@";
    const size_t mlen = sizeof mark - 1, at = 6; /* the first '@' */
    if ((size_t)(end - q) < mlen) return NULL;
    for (const char *a = q + at; a < end && (a = memchr(a, '@', (size_t)(end - a))) != NULL; a++)
        if ((size_t)(end - (a - at)) >= mlen && !memcmp(a - at, mark, mlen)) return a - at;
    return NULL;
}

static void out_put(OutText *o, const char *p, size_t n) {
    const char *end = p + n, *copied = p, *q = p;
    while (o->lit && q < end && (q = find_gen_mark(q, end)) != NULL) {
        bool line_start = q == p ? !o->out->len || o->out->data[o->out->len - 1] == '\n' : q[-1] == '\n';
        if (!line_start) {
            q++;
            continue;
        }
        o->line += count_lines(copied, q);
        buf_put(o->out, copied, (size_t)(q - copied));
        buf_printf(o->out, "#line %d %s\n", o->line + 1, o->lit);
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        o->line += nl != NULL;
        q = copied = nl ? nl + 1 : end;
    }
    if (o->lit) o->line += count_lines(copied, end);
    buf_put(o->out, copied, (size_t)(end - copied));
}

bool lower_program(Program *p, Buf *out, const Options *opt, const char *line_name) {
    const Source *s = p->unit->src;
    TSNode root = p->unit->root;
    /* Checks first, then the lowering, which reports what it finds too: as
     * many errors per run as can be found. */
    /* a libac source's frames are in ac/frames.h too: guarded in its own output */
    sharing_frames = opt->frames != NULL || opt->libac;
    scope_index_build(s, root);
    time_phase("index: scope");
    macros_collect(p->unit); /* macro.c: which macros' bodies name what */
    time_phase("index: macros");
    Vec lowered = {0};
    DeclIndex index = {0};
    decl_index_build(&index, s, root);
    unit_index = &index;
    time_phase("index: decls");
    /* jobs.c: for a large unit, the checks and the lowering in several
     * processes; else (or when any diagnostic came up) the checks here */
    if (!lower_ahead(p, opt)) check_tree(p, root, NULL);
    time_phase("check, lower ahead");
    for (int i = 0; i < p->fns.len; i++) {
        AsyncFn *f = p->fns.items[i];
        /* f->lowered: its lowerings, chained (alternative definitions under #if/#else) */
        if (f->kind == FN_USER && f->defined) lower_in_order(p, f, &lowered, &index, opt);
        Lowered **last = f->lowered ? &f->lowered->next_alt : &f->lowered;
        for (int k = 0; k < f->alt_defs.len; k++) {
            TSNode first = f->def;
            f->def = *(TSNode *)f->alt_defs.items[k];
            *last = lower_function(p, f, opt);
            vec_push(&lowered, *last);
            last = &(*last)->next_alt;
            f->def = first;
        }
    }
    decl_index_free(&index);
    unit_index = NULL;
    time_phase("lower in order");
    Edits edits = {0};
    if (diag_error_count) goto done;

    bool ac_included = false;
    uint32_t nc = ts_node_named_child_count(root);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(root, i);
        bool made_async = false;
        edit_top(p, c, &lowered, &edits, &made_async, opt);
        /* the runtime's header before the first top-level item with async
         * code, outside any #if around it (all of its branches need it) */
        if (made_async && !ac_included) {
            uint32_t at = ts_node_start_byte(c);
            bool line_start = at == 0 || s->text[at - 1] == '\n';
            char *ld = line_directive(s, source_line(s, at));
            char *inc = opt->line_directives
                            ? xprintf("%s#include <ac.h>\n#include <string.h>\n%s%*s", line_start ? "" : "\n", ld,
                                      (int)(at - s->line_starts[source_line(s, at) - 1]), "")
                            : xprintf("%s#include <ac.h>\n#include <string.h>\n", line_start ? "" : "\n");
            free(ld);
            add_edit(&edits, at, at, inc);
            ac_included = true;
        }
    }
    if (edits.len) qsort(edits.items, (size_t)edits.len, sizeof *edits.items, cmp_edit);
    time_phase("lower: edits");

    /* banner, then the source with edits */
    OutText o = {out, 1, opt->line_directives ? c_string_literal(line_name) : NULL};
    char *banner = xprintf("/* Generated by acc from %s. Do not edit: edit the .ac file. */\n", s->comment_path);
    out_put(&o, banner, strlen(banner));
    free(banner);
    if (opt->line_directives) {
        char *first = xprintf("#line 1 %s\n", s->c_path);
        out_put(&o, first, strlen(first));
        free(first);
    }
    uint32_t pos = 0;
    for (int i = 0; i < edits.len; i++) {
        Edit *e = &edits.items[i];
        if (e->start < pos) continue; /* nested edit: the outer one won */
        out_put(&o, s->text + pos, e->start - pos);
        out_put(&o, e->text, strlen(e->text));
        if (e->body) out_put(&o, e->body, strlen(e->body));
        if (e->tail) out_put(&o, e->tail, strlen(e->tail));
        pos = e->end;
    }
    out_put(&o, s->text + pos, s->len - pos);
    if (out->len && out->data[out->len - 1] != '\n') buf_puts(out, "\n");
    free(o.lit);

done:
    for (int i = 0; i < edits.len; i++) {
        free(edits.items[i].text);
        free(edits.items[i].tail);
    }
    free(edits.items);
    for (int i = 0; i < lowered.len; i++) {
        Lowered *L = lowered.items[i];
        L->af->lowered = NULL;
        vec_free(&L->af->alloc_callees);
        lowered_free(L);
    }
    vec_free(&lowered);
    for (int i = 0; i < p->fns.len; i++) { /* lowered ahead, not used (an error stopped the lowering) */
        AsyncFn *f = p->fns.items[i];
        lowered_free(f->speculated);
        f->speculated = NULL;
    }
    lower_ahead_release(); /* (the texts made ahead: every Lowered is gone) */
    return diag_error_count == 0;
}
