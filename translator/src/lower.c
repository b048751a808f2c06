/* lower.c: async functions -> frame structs and resume functions.
 *
 * An async function `R f(P)` becomes
 *
 *   struct f__frame { int ac__state; R ac__ret; P...; locals...; temporaries...;
 *                     union { g__frame g; ac_sleep__frame ac_sleep; ... } ac__sub; };
 *   static inline void f__init(f__frame *, P);       stores the arguments
 *   int f__resume(void *frame, ac_task *task);       the state machine
 *   static const ac__desc f__desc;                   what the runtime needs
 *   ac_task *f(P);                                   makes a coroutine object
 *
 * The resume function starts with a switch on ac__state that jumps (goto) to
 * the resume point of each await, so awaits may sit inside user switches, loops
 * and after goto labels. Every local lives in the frame (`ac__f->x`), so its
 * address stays valid across awaits. Awaits are hoisted out of expressions in C
 * evaluation order; the operands of &&, || and ?: that contain awaits are run
 * under the same condition C would evaluate them under.
 */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- output helpers ------------------------------------------------------ */

static void out_indent(Fn *F) {
    static const char spaces[] = "                                                                ";
    int n = F->indent < ACC_INDENT_MAX ? F->indent : ACC_INDENT_MAX;
    if (n > 0) buf_put(&F->body, spaces, (size_t)n * 4);
}

/* Every generated line carries the .ac line of the construct it implements
 * (F->line). outf puts a marker line "\x01N" before its text; resolve_lines
 * turns the markers into #line directives where the C compiler's own count
 * (each newline advances it) would give a different line. Text written
 * without a marker (generated labels, preprocessor lines, the rest of a
 * multi-line statement) just advances the count. */
#define LINE_MARK '\x01'

void put_line_mark(Fn *F, int line) {
    if (!F->opt->line_directives) return;
    if (F->body.len && F->body.data[F->body.len - 1] != '\n') buf_put(&F->body, "\n", 1);
    /* "%c%d\n", formatted here: one marker per generated line */
    char text[16];
    size_t at = sizeof text;
    unsigned v = line < 0 ? 0u - (unsigned)line : (unsigned)line;
    text[--at] = '\n';
    do text[--at] = (char)('0' + v % 10);
    while (v /= 10);
    if (line < 0) text[--at] = '-';
    text[--at] = LINE_MARK;
    buf_put(&F->body, text + at, sizeof text - at);
}

void outf(Fn *F, const char *fmt, ...) {
    put_line_mark(F, F->line);
    out_indent(F);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&F->body, fmt, ap);
    va_end(ap);
    buf_puts(&F->body, "\n");
}

/* The statement at n is being lowered: its lines carry n's line. */
void mark_line(Fn *F, TSNode n) {
    F->line = source_line(F->s, ts_node_start_byte(n));
}

/* The line of the last byte of n (a closing brace). */
int end_line(Fn *F, TSNode n) {
    uint32_t e = ts_node_end_byte(n);
    return source_line(F->s, e ? e - 1 : 0);
}

/* The closing brace of a generated block: one level out, on the line of the
 * end of n (the construct the block implements). */
void close_block(Fn *F, TSNode n) {
    F->indent--;
    F->line = end_line(F, n);
    outf(F, "}");
}

/* A user-visible label (the user's own `name:`), on its own .ac line. */
void out_label(Fn *F, int line, const char *label) {
    put_line_mark(F, line);
    buf_printf(&F->body, "%s:;\n", label);
}

/* A label of the generated code (name, or name_N when n >= 0). When the
 * function has preprocessor conditionals, the jumps to it may all be in
 * branches the preprocessor removes: marked unused, so that -Wunused-label
 * stays quiet (GNU C and clang accept label attributes). */
void out_jump_label(Fn *F, const char *name, int n) {
    const char *tail = F->nconds ? " __attribute__((unused));" : ";";
    if (n >= 0) buf_printf(&F->body, "%s_%d:%s\n", name, n, tail);
    else buf_printf(&F->body, "%s:%s\n", name, tail);
}

/* Can the next line of the same .ac line be put after this one (instead of
 * a #line between them)? Not after a // comment or a line continuation. */
static bool joinable(const char *p, size_t n) {
    if (n >= 2 && p[n - 2] == '\\') return false;
    const char *end = p + n;
    for (const char *s = p; n >= 2 && (s = memchr(s, '/', (size_t)(end - 1 - s))); s++)
        if (s[1] == '/') return false;
    return true;
}

/* atoi of a marker's number ("-"? and digits), without the library's
 * locale-aware strtol; anything else goes to atoi itself. */
static int marker_line(const char *p) {
    const char *d = p + (*p == '-');
    int v = 0, k = 0;
    for (; k < 9 && *d >= '0' && *d <= '9'; k++, d++) v = v * 10 + (*d - '0');
    if (k == 0 || k == 9) return atoi(p);
    return *p == '-' ? -v : v;
}

enum { JOINED_LINE_MAX = 200 };

/* Replaces the line markers of text with the #line directives needed: the
 * compiler's line count is unknown at the start and after any preprocessor
 * directive (a #line in a group the preprocessor skips does not count), and
 * advances by one per line otherwise. Short generated lines of one .ac line
 * share a physical line where that saves a #line. */
static char *resolve_lines(const char *text, size_t len, const Source *src) {
    Buf r = {0};
    buf_puts(&r, "");
    int cc = -1, want = -1, prev = -1;
    size_t prev_start = 0;
    bool file_known = false;
    const char *last_file = NULL; /* the file of the last #line (a user's, or NULL: src's) */
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) + 1 : (size_t)(end - p);
        if (*p == LINE_MARK) {
            want = marker_line(p + 1);
            p += n;
            continue;
        }
        const char *q = p;
        while (q + 4 <= p + n && !memcmp(q, "    ", 4)) q += 4; /* (the indentation: levels of four) */
        while (q < p + n && (*q == ' ' || *q == '\t')) q++;
        size_t rest = (size_t)(p + n - q);
        bool dir = rest && *q == '#'; /* a preprocessor line */
        if (want > 0 && want == prev && !dir && nl && r.len && r.data[r.len - 1] == '\n' &&
            r.len - 1 - prev_start + 1 + rest <= JOINED_LINE_MAX && joinable(q, rest)) {
            r.data[r.len - 1] = ' '; /* after the previous line, which stays the current one */
            buf_put(&r, q, rest);
            want = -1;
            p += n;
            continue;
        }
        if (want > 0 && want != cc) {
            /* the program's own #line directives renumber and rename lines */
            const char *file;
            int line = mapped_line(src, want, &file);
            if (file_known && file == last_file) buf_printf(&r, "#line %d\n", line);
            else if (file) buf_printf(&r, "#line %d %s\n", line, file);
            else buf_printf(&r, "#line %d %s\n", line, src->c_path);
            cc = want;
            file_known = true;
            last_file = file;
        }
        prev = want > 0 && !dir && joinable(q, rest) ? want : -1; /* (p to q: blanks) */
        prev_start = r.len;
        want = -1;
        buf_put(&r, p, n);
        if (dir) cc = -1, file_known = false;
        else if (cc > 0) cc++;
        p += n;
    }
    return r.data;
}

/* ---- names --------------------------------------------------------------- */

/* Is branch path a ("/c.k/c.k...") exclusive with b: do they take different
 * branches of one conditional? Then a member of each may share a name. */
static bool paths_exclusive(const char *a, const char *b) { return branches_exclusive(a, b); }

/* member_set maps a name to the Vec of its indices in member_names: a hash
 * lookup, not a scan of every member (a function may have thousands). */
static bool member_taken(Fn *F, const char *name) {
    Vec *same = strmap_get(&F->member_set, name);
    const char *here = F->cond_path ? F->cond_path : "";
    for (int k = 0; same && k < same->len; k++) {
        int i = (int)(intptr_t)same->items[k];
        if (!paths_exclusive(F->member_paths.items[i], here)) return true;
    }
    return false;
}

static void take_member(Fn *F, char *name) {
    Vec *same = strmap_get(&F->member_set, name);
    if (!same) {
        same = xcalloc(1, sizeof *same);
        strmap_put(&F->member_set, name, same);
    }
    vec_push(same, (void *)(intptr_t)F->member_names.len);
    vec_push(&F->member_names, name);
    vec_push(&F->member_paths, xstrdup(F->cond_path ? F->cond_path : ""));
}

/* A frame member name for a local: its own name unless C shadowing made it
 * taken, then name_1, name_2, ...: the first not taken. A member taken
 * outside any conditional is taken everywhere and for good, so the search
 * for the next `e` starts past the ones given out that way (the k-th
 * `catch (int e)` of a function costs one try, not k). */
typedef struct MemberHint {
    int next; /* name, name_1 .. name_(next - 1) are taken everywhere */
    char name[];
} MemberHint;

char *unique_member(Fn *F, const char *name) {
    MemberHint *h = strmap_get(&F->member_hint, name);
    int first = h ? h->next : 0, i = first;
    char *m = i ? xprintf("%s_%d", name, i) : xstrdup(name);
    while (member_taken(F, m)) {
        free(m);
        m = xprintf("%s_%d", name, ++i);
    }
    take_member(F, m);
    bool everywhere = !F->cond_path || !*F->cond_path;
    if (everywhere && i == first) {
        if (!h) {
            size_t n = strlen(name);
            h = xcalloc(1, sizeof *h + n + 1);
            memcpy(h->name, name, n + 1);
            strmap_put(&F->member_hint, h->name, h);
        }
        h->next = i + 1;
    }
    return m;
}

void scope_push(Fn *F) {
    Scope *sc = xcalloc(1, sizeof *sc);
    sc->up = F->scope;
    F->scope = sc;
}

/* The open scopes' locals of one name, innermost last: scope_lookup is one
 * hash lookup, not a walk of every local of every open scope (a function
 * with 30,000 locals made that quadratic). */
typedef struct Binding {
    Vec stack; /* Local * */
    char name[];
} Binding;

static void bindings_free(Fn *F) {
    for (int i = 0; i < F->binding_list.len; i++) {
        Binding *b = F->binding_list.items[i];
        vec_free(&b->stack);
        free(b);
    }
    vec_free(&F->binding_list);
    strmap_free(&F->bindings);
}

void scope_pop(Fn *F) {
    Scope *sc = F->scope;
    F->scope = sc->up;
    for (int i = sc->locals.len - 1; i >= 0; i--) {
        Binding *b = strmap_get(&F->bindings, ((Local *)sc->locals.items[i])->name);
        b->stack.len--; /* (its top: the scope's locals were pushed last) */
    }
    F->nopen -= sc->locals.len;
    if (!F->scope) bindings_free(F);
    for (int i = 0; i < sc->locals.len; i++) {
        Local *l = sc->locals.items[i];
        free(l->name);
        free(l->member);
        free(l->c_name);
        free(l->ptr_type);
        free(l);
    }
    vec_free(&sc->locals);
    free(sc);
}

void scope_add(Fn *F, const char *name, const char *member) {
    Local *l = xcalloc(1, sizeof *l);
    l->name = xstrdup(name);
    l->member = member ? xstrdup(member) : NULL;
    l->flat = ++F->nopen;
    vec_push(&F->scope->locals, l);
    Binding *b = strmap_get(&F->bindings, name);
    if (!b) {
        size_t n = strlen(name);
        b = xcalloc(1, sizeof *b + n + 1);
        memcpy(b->name, name, n + 1);
        strmap_put(&F->bindings, b->name, b);
        vec_push(&F->binding_list, b);
    }
    vec_push(&b->stack, l);
}

Local *scope_local(Fn *F, const char *name, size_t len, int skip) {
    Binding *bd = strmap_getn(&F->bindings, name, len);
    return bd && bd->stack.len > skip ? bd->stack.items[bd->stack.len - 1 - skip] : NULL;
}

Local *scope_binding(Fn *F, const Source *s, TSNode id) {
    uint32_t a = ts_node_start_byte(id), b = ts_node_end_byte(id);
    return scope_local(F, s->text + a, b - a, 0);
}

const char *scope_lookup(Fn *F, const Source *s, TSNode id) {
    Local *l = scope_binding(F, s, id);
    return l ? l->member : NULL;
}

/* ---- temporaries ---------------------------------------------------------- */

/* A new frame member `type ac__tN` (decl is a full declaration with NAME where
 * the name goes, or NULL to use "type NAME"). Returns the lvalue text. */
char *new_temp(Fn *F, const char *type, const char *member_decl) {
    char *name = xprintf("ac__t%d", ++F->ntemps);
    if (member_decl) {
        /* member_decl declares ac__ret: rename it */
        const char *at = strstr(member_decl, "ac__ret");
        buf_printf(&F->members, "    %.*s%s%s;\n", (int)(at - member_decl), member_decl, name,
                   at + strlen("ac__ret"));
    } else {
        buf_printf(&F->members, "    %s %s;\n", type ? type : "int", name);
    }
    char *lv = xprintf("ac__f->%s", name);
    free(name);
    return lv;
}

/* A handle temporary for the current statement, released after it. */
char *new_handle(Fn *F) {
    int k = F->handles_base + F->stmt_handles.len + 1;
    if (k > F->nhandles) {
        F->nhandles = k;
        /* outside any conditional: a later statement may reuse it */
        if (F->in_async) buf_printf(&F->members_always, "    ac_task *ac__h%d;\n", k);
    }
    char *lv = F->in_async ? xprintf("ac__f->ac__h%d", k) : xprintf("ac__h%d", k);
    vec_push(&F->stmt_handles, lv);
    return lv;
}

/* The user function a frame member (ac__sub.NAME) embeds, when its only
 * definition is inside a preprocessor conditional: the member, and the resume
 * points that name it, exist under the same condition. */
static AsyncFn *conditional_callee(Fn *F, const char *name) {
    AsyncFn *g = prog_find_fn(F->p, name);
    if (!g || g->kind != FN_USER || !g->defined || g->alt_defs.len || ts_node_is_null(g->def)) return NULL;
    int depth;
    char *guard = branch_guard(F->s, g->def, &depth);
    free(guard);
    return depth ? g : NULL;
}

void add_sub(Fn *F, const char *type, const char *name) {
    if (strmap_get(&F->sub_set, name)) return;
    char *copy = xstrdup(name);
    vec_push(&F->sub_names, copy);
    strmap_put(&F->sub_set, copy, copy);
    char *line = xprintf("        %s %s;\n", type, name);
    AsyncFn *g = conditional_callee(F, name);
    if (g) {
        char *guarded = guarded_with_fallback(F->s, g->def, line, "");
        buf_puts(&F->subs_decl, guarded);
        free(guarded);
    } else {
        buf_puts(&F->subs_decl, line);
    }
    free(line);
}

/* The argument adapters of check.c (blocks "#ifndef AC__A_g__init" ...
 * "#endif"), those of conditionally defined callees under their condition:
 * they call g__init, which exists only there. */
static char *guard_adapters(Fn *F) {
    Buf r = {0};
    buf_puts(&r, "");
    const char *p = F->adapters.data;
    while (p && *p) {
        const char *endif = strstr(p, "\n#endif\n");
        if (!endif) { /* not check.c's guarded blocks: as written */
            buf_puts(&r, p);
            break;
        }
        size_t n = (size_t)(endif - p) + strlen("\n#endif\n");
        char *raw = xstrndup(p, n);
        /* its only await may be in a branch the preprocessor removes: clang
         * warns of an unused static inline function in the main file */
        const char *si = strstr(raw, "static inline void ");
        char *block = si ? xprintf("%.*sstatic inline __attribute__((unused)) void %s", (int)(si - raw), raw,
                                   si + strlen("static inline void "))
                         : xstrdup(raw);
        free(raw);
        AsyncFn *g = NULL;
        const char *at = strstr(block, "AC__A_");
        if (at) {
            at += strlen("AC__A_");
            const char *e = strstr(at, "__init");
            const char *s2 = strstr(at, "__start");
            if (!e || (s2 && s2 < e)) e = s2;
            if (e) {
                char *name = xstrndup(at, (size_t)(e - at));
                g = conditional_callee(F, name);
                free(name);
            }
        }
        if (g) {
            char *guarded = guarded_with_fallback(F->s, g->def, block, "");
            buf_puts(&r, guarded);
            free(guarded);
        } else {
            buf_puts(&r, block);
        }
        free(block);
        p += n;
    }
    return r.data;
}

/* The resume-point table with the rows of conditionally defined callees
 * under their condition (a placeholder row keeps the indices otherwise). */
static char *guard_points(Fn *F) {
    Buf r = {0};
    buf_puts(&r, "");
    const char *p = F->points.data ? F->points.data : "";
    Vec guarded = {0}; /* AsyncFn *: the conditionally defined callees */
    for (int i = 0; i < F->sub_names.len; i++) {
        AsyncFn *c = conditional_callee(F, F->sub_names.items[i]);
        if (c) vec_push(&guarded, c);
    }
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) + 1 : strlen(p);
        if (!guarded.len) { /* the common case: the table as recorded */
            buf_puts(&r, p);
            break;
        }
        char *row = xstrndup(p, n);
        AsyncFn *g = NULL;
        for (int i = 0; i < guarded.len && !g; i++) {
            AsyncFn *c = guarded.items[i];
            char *desc = xprintf("&%s__desc,", c->name);
            if (strstr(row, desc)) g = c;
            free(desc);
        }
        if (g) {
            int line = 0;
            sscanf(row, " {%d,", &line);
            char *fallback = xprintf("    {%d, 0, NULL, \"%s\"},\n", line, g->name);
            char *guarded = guarded_with_fallback(F->s, g->def, row, fallback);
            buf_puts(&r, guarded);
            free(guarded);
            free(fallback);
        } else {
            buf_puts(&r, row);
        }
        free(row);
        p += n;
    }
    vec_free(&guarded);
    return r.data;
}

/* ---- substitutions -------------------------------------------------------- */

void set_subst(Fn *F, TSNode n, char *text) {
    if (F->nsubst == F->cap_subst) {
        F->cap_subst = F->cap_subst ? 2 * F->cap_subst : 16;
        F->subst = xrealloc(F->subst, (size_t)F->cap_subst * sizeof *F->subst);
    }
    F->subst[F->nsubst].node = n;
    F->subst[F->nsubst].text = text;
    F->nsubst++;
    ptrmap_put(&F->subst_index, n.id, text); /* one tree: the id is the node */
}

const char *get_subst(Fn *F, TSNode n) { return ptrmap_get(&F->subst_index, n.id); }

void clear_subst(Fn *F) {
    for (int i = 0; i < F->nsubst; i++) free(F->subst[i].text);
    F->nsubst = 0;
    ptrmap_clear(&F->subst_index);
}


/* ------------------------------------------------------------------------- */
/* Whole functions                                                            */
/* ------------------------------------------------------------------------- */


/* A parameter as a frame member: arrays and functions decay to pointers. */
static char *param_member(const Source *s, TSNode param) {
    TSNode d = node_field(param, "declarator");
    char *name = declarator_name(s, d);
    char *spec;
    char *text = frame_declarator(s, param, d, name, true, &spec);
    char *r = xprintf("%s %s", spec, text);
    free(name);
    free(spec);
    free(text);
    return r;
}

static bool params_are_void(const Source *s, TSNode params) {
    uint32_t nc = ts_node_named_child_count(params);
    if (nc == 0) return true;
    if (nc == 1) {
        TSNode p = ts_node_named_child(params, 0);
        return node_is(p, "parameter_declaration") && ts_node_is_null(node_field(p, "declarator")) &&
               node_text_eq(s, p, "void");
    }
    return false;
}

/* The dispatch cases of the states made since the last flush. A state made
 * inside a preprocessor conditional gets its case under the same conditional
 * (see lower_preproc), so the case exists exactly when its label does. */
void flush_dispatch(Fn *F) {
    for (int k = F->dispatched + 1; k <= F->nstates; k++) {
        if (F->opt->line_directives) buf_printf(&F->dispatch, "%c%d\n", LINE_MARK, F->fn_line);
        buf_printf(&F->dispatch, "    case %d: goto ac__resume_%d;\n", k, k);
    }
    F->dispatched = F->nstates;
}

/* Appends a line of the resume function's entry: it carries the function's line. */
static void entry_line(Fn *F, Buf *b, const char *text) {
    if (F->opt->line_directives) buf_printf(b, "%c%d\n", LINE_MARK, F->fn_line);
    buf_puts(b, text);
}

/* The resume function: entry, dispatch on ac__state, body; #line resolved. */
static char *resume_function_text(Fn *F, TSNode def) {
    const char *name = F->af->name;
    bool is_static = F->af->is_static || !strcmp(name, "main");
    Buf b = {0};
    char *head = xprintf("%sint %s__resume(void *ac__frame_ptr, ac_task *ac__task) {\n"
                         "    %s__frame *ac__f = ac__frame_ptr;\n", is_static ? "static " : "", name, name);
    entry_line(F, &b, head);
    free(head);
    if (F->uses_rc) entry_line(F, &b, "    int ac__rc;\n");
    if (F->uses_rc && F->nconds) entry_line(F, &b, "    (void)ac__rc; /* its awaits may be in removed branches */\n");
    entry_line(F, &b, "    (void)ac__f;\n    (void)ac__task;\n");
    if (F->nstates) {
        flush_dispatch(F);
        entry_line(F, &b, "    switch (ac__f->ac__state) {\n");
        entry_line(F, &b, "    case 0: break;\n");
        buf_put(&b, F->dispatch.data, F->dispatch.len);
        entry_line(F, &b, "    }\n");
    }
    buf_put(&b, F->body.data, F->body.len);
    (void)def;
    if (!F->opt->line_directives) return b.data;
    char *r = resolve_lines(b.data, b.len, F->s);
    buf_free(&b);
    return r;
}

void lowered_free(Lowered *L) {
    if (!L) return;
    if (!L->borrowed) {
        free(L->frame_struct);
        free(L->frame_own);
        free(L->types);
        free(L->definition);
        free(L->guard);
    }
    vec_free(&L->embeds);
    free(L);
}

Lowered *lower_function(Program *p, AsyncFn *af, const Options *opt) {
    const Source *s = p->unit->src;
    TSNode def = af->def;
    TSNode decl = node_field(def, "declarator");
    TSNode fd = declarator_function(decl);
    TSNode params = node_field(fd, "parameters");
    TSNode body = node_field(def, "body");
    Fn F = {0};
    F.p = p;
    F.s = s;
    F.opt = opt;
    F.af = af;
    F.in_async = true;
    F.fn_line = source_line(s, ts_node_start_byte(def));
    F.cond_path = xstrdup("");
    F.indent = 1;
    rename_begin(&F);
    scope_push(&F);

    /* parameters */
    Buf init_params = {0}, init_body = {0}, ctor_args = {0};
    buf_puts(&init_params, "");
    buf_puts(&ctor_args, "");
    bool is_void = params_are_void(s, params);
    if (!is_void) {
        uint32_t nc = ts_node_named_child_count(params);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode prm = ts_node_named_child(params, i);
            if (node_is(prm, "variadic_parameter")) {
                diag_error(s, ts_node_start_byte(prm), "an async function cannot be variadic");
                continue;
            }
            if (!node_is(prm, "parameter_declaration")) continue;
            char *name = declarator_name(s, node_field(prm, "declarator"));
            if (!name) {
                diag_error(s, ts_node_start_byte(prm), "parameter of an async function needs a name");
                continue;
            }
            char *m = param_member(s, prm);
            buf_printf(&F.members, "    %s;\n", m);
            free(m);
            char *ptext = node_text(s, prm);
            buf_printf(&init_params, ", %s", ptext);
            free(ptext);
            buf_printf(&init_body, " ac__f->%s = %s;", name, name);
            buf_printf(&ctor_args, "%s%s", ctor_args.len ? ", " : "", name);
            take_member(&F, xstrdup(name));
            scope_add(&F, name, name);
            {
                /* parameters decay: arrays are pointers (literal.c reads this) */
                Local *l = F.scope->locals.items[F.scope->locals.len - 1];
                TSNode pd = node_field(prm, "declarator");
                l->spec_scalar = type_specifier_scalar(s, node_field(prm, "type"));
                l->scalar = declarator_is_scalar(s, node_field(prm, "type"), pd) ||
                            node_contains_type(pd, "array_declarator") ||
                            node_contains_type(pd, "function_declarator");
                set_ptr_type(s, l, prm, pd, true); /* `__typeof__(a)` in a local's type */
            }
            free(name);
        }
    }
    char *ptext = node_text(s, params);

    /* body */
    scope_push(&F);
    uint32_t nc = ts_node_named_child_count(body);
    for (uint32_t i = 0; i < nc; i++) lower_stmt(&F, ts_node_named_child(body, i));
    scope_pop(&F);
    scope_pop(&F);
    /* the end of the function: its closing brace's line */
    F.line = end_line(&F, body);
    outf(&F, "return AC__DONE;");
    F.indent = 0;
    outf(&F, "}");
    char *body_text = resume_function_text(&F, def);

    const char *name = af->name;
    bool is_main = !strcmp(name, "main");
    const char *link = af->is_static || is_main ? "static " : "";
    const char *ctor = is_main ? "main__coro" : name;
    Lowered *L = xcalloc(1, sizeof *L);
    L->af = af;
    L->def = def;
    L->guard = branch_guard(s, def, &L->guard_depth);

    /* --frames, --libac: the frame is shared with other files (emit.c), so it
     * names the .ac file without its folder (the same text on every machine) */
    bool shared = opt->frames || opt->libac;
    const char *slash = shared ? strrchr(s->comment_path, '/') : NULL;
    Buf st = {0};
    buf_printf(&st, "/* The frame of async function '%s' (%s:%d). */\n", name, slash ? slash + 1 : s->comment_path,
               source_line(s, ts_node_start_byte(def)));
    buf_printf(&st, "typedef struct %s__frame {\n    int ac__state;\n", name);
    if (af->is_gen) buf_puts(&st, "    int ac__mode; /* set by the runtime: an error to raise at the yield */\n");
    if (af->ret_member) buf_printf(&st, "    %s;\n", af->ret_member);
    if (af->is_gen) buf_printf(&st, "    %s ac__value; /* yielded, and sent */\n", af->ret_type);
    if (F.members.len) buf_puts(&st, F.members.data);
    if (F.members_always.len) buf_puts(&st, F.members_always.data);
    if (F.sub_names.len) buf_printf(&st, "    union {\n%s    } ac__sub;\n", F.subs_decl.data);
    buf_printf(&st, "} %s__frame;\n", name);
    /* AC__SHADOW_OK: a parameter that shadows a global warns once, at the user's function */
    buf_printf(&st, "AC__SHADOW_OK static inline void %s__init(%s__frame *ac__f%s) {\n    ac__f->ac__state = 0;%s%s\n} AC__SHADOW_END\n",
               name, name, init_params.len ? init_params.data : "", af->is_gen ? " ac__f->ac__mode = 0;" : "",
               init_body.len ? init_body.data : "");
    char *init_fn = xprintf("%s__init", name);
    char *adapter = args_adapter(af, init_fn); /* check.c: named_init_call */
    if (adapter) buf_puts(&st, adapter);
    free(adapter);
    free(init_fn);
    /* libac's generators too: the runtime's C wraps their handles */
    bool exported = !af->is_static && !is_main && (!af->is_gen || opt->libac);
    if (exported) {
        /* what other files see: declared once, here or at a prototype (emit.c) */
        buf_printf(&st, "#ifndef AC__D_%s\n#define AC__D_%s\nextern const ac__desc %s__desc; void %s__start(void *ac__fp%s); "
                        "%sint %s__resume(void *ac__frame_ptr, ac_task *ac__task);\n#endif\n",
                   name, name, name, name, init_params.len ? init_params.data : "", link, name);
    } else {
        /* (a shared frame's: after the adapters, out of its guard) */
        Buf own = {0};
        buf_printf(&own, "%sint %s__resume(void *ac__frame_ptr, ac_task *ac__task);\n", link, name);
        buf_printf(&own, "static const ac__desc %s__desc;\n", name);
        if (shared) L->frame_own = own.data;
        else buf_puts(&st, own.data), buf_free(&own);
    }
    if (F.adapters.len) { /* check.c: named_init_call */
        char *adapters = guard_adapters(&F);
        buf_puts(&st, adapters);
        free(adapters);
    }
    L->frame_struct = st.data;
    L->types = F.hoisted.data;
    for (int i = 0; i < F.sub_names.len; i++) {
        AsyncFn *g = prog_find_fn(p, F.sub_names.items[i]);
        if (g && g->kind == FN_USER) vec_push(&L->embeds, g);
    }

    Buf d = {0};
    func_name_begin(&d, name); /* expr.c: __func__ is the async function's name */
    char *ret_off = af->ret_member ? xprintf("offsetof(%s__frame, ac__ret)", name) : xstrdup("0");
    char *ret_size = af->ret_member ? xprintf("sizeof(((%s__frame *)0)->ac__ret)", name) : xstrdup("0");
    char *points = guard_points(&F);
    buf_printf(&d, "static const ac__point %s__points[] = {\n    {%d, 0, NULL, \"start\"},\n%s};\n", name,
               source_line(s, ts_node_start_byte(def)), points);
    free(points);
    /* the frame's alignment: the runtime allocates it so (its locals may be _Alignas(N)) */
    /* libac's own composites are marked: ac_dump shows them as the runtime
     * call the user awaited, not as the .ac code inside it */
    const char *lib = opt->libac ? " | AC__DESC_LIBAC" : "";
    char *gen = af->is_gen ? xprintf(",\n    AC__DESC_GEN%s%s, offsetof(%s__frame, ac__value),\n    %s__points, %d, _Alignof(%s__frame)",
                                     af->is_async ? " | AC__DESC_ASYNC" : "", lib, name, name, F.nstates + 1, name)
                           : xprintf(",\n    0%s, 0, %s__points, %d, _Alignof(%s__frame)", lib, name, F.nstates + 1, name);
    buf_printf(&d, "%sconst ac__desc %s__desc = {\n    %s__resume, \"%s\", %s, %d,\n"
                   "    sizeof(%s__frame), %s, %s%s\n};\n",
               exported ? "" : "static ", name, name, name, s->c_path, source_line(s, ts_node_start_byte(def)),
               name, ret_off, ret_size, gen);
    free(gen);
    free(ret_off);
    free(ret_size);
    /* `f()` stays a definition without a prototype, as written (-Wstrict-prototypes) */
    buf_printf(&d, "%s%sac_task *%s%s {\n", link, af->is_static || is_main ? "AC__UNUSED " : "", ctor,
               !is_void ? ptext : !is_main && ts_node_named_child_count(params) == 0 ? "()" : "(void)");
    buf_printf(&d, "    ac_task *ac__t = ac__coro_new(&%s__desc);\n", name);
    buf_printf(&d, "    if (ac__t) %s__init(ac__frame(ac__t)%s%s);\n    return ac__t;\n}\n", name,
               ctor_args.len ? ", " : "", ctor_args.len ? ctor_args.data : "");
    if (exported) {
        /* other files await it by building its frame in their own (see analyse.c) */
        buf_printf(&d, "AC__SHADOW_OK void %s__start(void *ac__fp%s) {\n    %s__init(ac__fp%s%s);\n} AC__SHADOW_END\n", name,
                   init_params.len ? init_params.data : "", name, ctor_args.len ? ", " : "",
                   ctor_args.len ? ctor_args.data : "");
    }
    buf_puts(&d, body_text);
    free(body_text);
    if (is_main) {
        if (opt->line_directives) buf_puts(&d, "#line @GEN@\n");
        bool has_args = !is_void;
        buf_printf(&d, "int main(%s) {\n    return ac__main(main__coro(%s));\n}\n",
                   has_args ? "int argc, char **argv" : "void", has_args ? "argc, argv" : "");
    }
    func_name_end(&d);
    L->definition = d.data;

    free(ptext);
    buf_free(&init_params);
    buf_free(&init_body);
    buf_free(&ctor_args);
    buf_free(&F.members);
    buf_free(&F.subs_decl);
    buf_free(&F.body);
    buf_free(&F.dispatch);
    buf_free(&F.points);
    buf_free(&F.adapters);
    for (int i = 0; i < F.sub_names.len; i++) free(F.sub_names.items[i]);
    vec_free(&F.sub_names);
    strmap_free(&F.sub_set);
    for (int i = 0; i < F.member_names.len; i++) free(F.member_names.items[i]);
    vec_free(&F.member_names);
    for (int i = 0; i < F.member_paths.len; i++) free(F.member_paths.items[i]);
    vec_free(&F.member_paths);
    free(F.cond_path);
    buf_free(&F.members_always);
    for (size_t i = 0; i < F.member_set.cap; i++)
        if (F.member_set.keys[i]) vec_free(F.member_set.vals[i]), free(F.member_set.vals[i]);
    strmap_free(&F.member_set);
    for (size_t i = 0; i < F.member_hint.cap; i++)
        if (F.member_hint.keys[i]) free(F.member_hint.vals[i]);
    strmap_free(&F.member_hint);
    bindings_free(&F); /* (already, unless a scope was left open) */
    clear_subst(&F);
    free(F.subst);
    ptrmap_free(&F.subst_index);
    free_reparsed(&F);
    for (int i = 0; i < F.renames.len; i++) free(F.renames.items[i]);
    vec_free(&F.renames);
    rename_end();
    vec_free(&F.stmt_handles);
    return L;
}

