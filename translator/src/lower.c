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

/* ac__why_N values: 0 normal, 1 an error, then one per recorded exit. */
enum { AC__WHY_ERROR_VALUE = 1, AC__WHY_FIRST_EXIT = 2 };

char *specifiers_text(const Source *s, TSNode n);
char *declarator_replace(const Source *s, TSNode decl, TSNode target, const char *with);

/* ------------------------------------------------------------------------- */
/* Lowering context                                                           */
/* ------------------------------------------------------------------------- */

typedef struct Local {
    char *name;   /* as written */
    char *member; /* frame member, or NULL for C-level names (static, typedef) */
} Local;

typedef struct Scope {
    Vec locals;
    struct Scope *up;
} Scope;

typedef struct Loop {
    char *cont_label; /* NULL: C's own `continue` is right */
    bool used;
    bool is_switch;
    struct Loop *up;
} Loop;

/* A way out of a try statement that must run its finally first. */
typedef enum { EXIT_RETURN, EXIT_BREAK, EXIT_CONTINUE, EXIT_GOTO } ExitKind;
typedef struct Exit {
    ExitKind kind;
    struct Loop *loop; /* break/continue: the loop (or switch) it leaves */
    char *label;       /* goto: the label */
} Exit;

/* A try statement being lowered. */
typedef struct Try {
    int id;
    bool has_catch, has_finally;
    enum { IN_BODY, IN_CATCH, IN_FINALLY } where;
    TSNode node;
    struct Loop *loop_at; /* the innermost loop around the try statement */
    Vec exits;            /* Exit *: routed through the finally, in order */
    bool catch_used, finally_used; /* labels are emitted only when jumped to */
    struct Try *up;
} Try;

typedef struct Subst {
    TSNode node;
    char *text;
} Subst;

typedef struct Fn {
    Program *p;
    const Source *s;
    const Options *opt;
    AsyncFn *af;       /* NULL in plain C functions */
    bool in_async;
    Buf members;       /* frame members: params, locals, temporaries */
    Buf subs_decl;     /* union members */
    Vec sub_names;
    Buf body;          /* resume function body */
    int nstates, ntemps, nhandles, nlabels;
    Buf points;        /* the ac__point table, one line per state */
    Scope *scope;
    Loop *loop;
    Vec member_names;
    int indent;
    int cur_line;
    int line;          /* source line of the statement being lowered */
    Try *try_;         /* innermost try statement */
    int ntry;
    bool uses_rc;
    /* the statement being lowered */
    Subst *subst;
    int nsubst, cap_subst;
    Vec stmt_handles;  /* char *: handle temporaries to release after it */
    int awaits_left;
    size_t stmt_start; /* body offset where its handle temporaries are zeroed */
    int handles_base;
} Fn;

static void lower_stmt(Fn *F, TSNode n);
static void emit_expr(Fn *F, TSNode n, Buf *out);
static void hoist(Fn *F, TSNode n);
static void lower_yield(Fn *F, TSNode n);

/* ---- output helpers ------------------------------------------------------ */

static void out_indent(Fn *F) {
    for (int i = 0; i < F->indent; i++) buf_puts(&F->body, "    ");
}

static void outf(Fn *F, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void outf(Fn *F, const char *fmt, ...) {
    out_indent(F);
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *tmp = xcalloc((size_t)n + 1, 1);
    va_start(ap, fmt);
    vsnprintf(tmp, (size_t)n + 1, fmt, ap);
    va_end(ap);
    buf_put(&F->body, tmp, (size_t)n);
    buf_puts(&F->body, "\n");
    free(tmp);
}

/* A #line before the statement at n, when it starts a new source line. */
static void mark_line(Fn *F, TSNode n) {
    int line = source_line(F->s, ts_node_start_byte(n));
    F->line = line;
    if (!F->opt->line_directives) return;
    if (line == F->cur_line) return;
    F->cur_line = line;
    buf_printf(&F->body, "#line %d \"%s\"\n", line, F->s->path);
}

/* ---- names --------------------------------------------------------------- */

static bool member_taken(Fn *F, const char *name) {
    for (int i = 0; i < F->member_names.len; i++)
        if (!strcmp(F->member_names.items[i], name)) return true;
    return false;
}

/* A frame member name for a local: its own name unless C shadowing made it
 * taken, then name_1, name_2, ... */
static char *unique_member(Fn *F, const char *name) {
    char *m = xstrdup(name);
    for (int i = 1; member_taken(F, m); i++) {
        free(m);
        m = xprintf("%s_%d", name, i);
    }
    vec_push(&F->member_names, m);
    return m;
}

static void scope_push(Fn *F) {
    Scope *sc = xcalloc(1, sizeof *sc);
    sc->up = F->scope;
    F->scope = sc;
}

static void scope_pop(Fn *F) {
    Scope *sc = F->scope;
    F->scope = sc->up;
    for (int i = 0; i < sc->locals.len; i++) {
        Local *l = sc->locals.items[i];
        free(l->name);
        free(l->member);
        free(l);
    }
    vec_free(&sc->locals);
    free(sc);
}

static void scope_add(Fn *F, const char *name, const char *member) {
    Local *l = xcalloc(1, sizeof *l);
    l->name = xstrdup(name);
    l->member = member ? xstrdup(member) : NULL;
    vec_push(&F->scope->locals, l);
}

static const char *scope_lookup(Fn *F, const Source *s, TSNode id) {
    uint32_t a = ts_node_start_byte(id), b = ts_node_end_byte(id);
    size_t len = b - a;
    for (Scope *sc = F->scope; sc; sc = sc->up)
        for (int i = sc->locals.len - 1; i >= 0; i--) {
            Local *l = sc->locals.items[i];
            if (strlen(l->name) == len && !memcmp(l->name, s->text + a, len)) return l->member;
        }
    return NULL;
}

/* ---- temporaries ---------------------------------------------------------- */

/* A new frame member `type ac__tN` (decl is a full declaration with NAME where
 * the name goes, or NULL to use "type NAME"). Returns the lvalue text. */
static char *new_temp(Fn *F, const char *type, const char *member_decl) {
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
static char *new_handle(Fn *F) {
    int k = F->handles_base + F->stmt_handles.len + 1;
    if (k > F->nhandles) {
        F->nhandles = k;
        if (F->in_async) buf_printf(&F->members, "    ac_task *ac__h%d;\n", k);
    }
    char *lv = F->in_async ? xprintf("ac__f->ac__h%d", k) : xprintf("ac__h%d", k);
    vec_push(&F->stmt_handles, lv);
    return lv;
}

static void add_sub(Fn *F, const char *type, const char *name) {
    for (int i = 0; i < F->sub_names.len; i++)
        if (!strcmp(F->sub_names.items[i], name)) return;
    vec_push(&F->sub_names, xstrdup(name));
    buf_printf(&F->subs_decl, "        %s %s;\n", type, name);
}

/* ---- substitutions -------------------------------------------------------- */

static void set_subst(Fn *F, TSNode n, char *text) {
    if (F->nsubst == F->cap_subst) {
        F->cap_subst = F->cap_subst ? 2 * F->cap_subst : 16;
        F->subst = xrealloc(F->subst, (size_t)F->cap_subst * sizeof *F->subst);
    }
    F->subst[F->nsubst].node = n;
    F->subst[F->nsubst].text = text;
    F->nsubst++;
}

static const char *get_subst(Fn *F, TSNode n) {
    for (int i = F->nsubst - 1; i >= 0; i--)
        if (ts_node_eq(F->subst[i].node, n)) return F->subst[i].text;
    return NULL;
}

static void clear_subst(Fn *F) {
    for (int i = 0; i < F->nsubst; i++) free(F->subst[i].text);
    F->nsubst = 0;
}

/* ------------------------------------------------------------------------- */
/* Queries on expressions                                                     */
/* ------------------------------------------------------------------------- */

static bool has_await(TSNode n) {
    return node_contains_type(n, "await_expression") || node_contains_type(n, "yield_expression");
}

static int count_awaits(TSNode n) {
    int c = node_is(n, "await_expression") || node_is(n, "yield_expression");
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) c += count_awaits(ts_node_child(n, i));
    return c;
}

static TSNode strip_parens(TSNode n) {
    while (node_is(n, "parenthesized_expression") && ts_node_named_child_count(n) == 1)
        n = ts_node_named_child(n, 0);
    return n;
}

/* The async function a call expression calls by name, or NULL. */
static AsyncFn *called_async(Fn *F, TSNode call) {
    if (!node_is(call, "call_expression")) return NULL;
    TSNode fn = node_field(call, "function");
    if (!node_is(fn, "identifier")) return NULL;
    if (F->in_async && scope_lookup(F, F->s, fn)) return NULL; /* a local shadows it */
    char *name = node_text(F->s, fn);
    AsyncFn *f = prog_find_fn(F->p, name);
    free(name);
    return f;
}

static char *call_name(const Source *s, TSNode call) {
    TSNode fn = node_field(call, "function");
    return node_is(fn, "identifier") ? node_text(s, fn) : NULL;
}

/* Does the handle made by expression n live only inside its statement (the
 * generated code releases it) rather than being stored by the program? */
static bool handle_is_temporary(Fn *F, TSNode n) {
    for (;;) {
        TSNode p = ts_node_parent(n);
        if (ts_node_is_null(p)) return false;
        const char *t = ts_node_type(p);
        if (!strcmp(t, "parenthesized_expression") || !strcmp(t, "cast_expression")) {
            n = p;
            continue;
        }
        if (!strcmp(t, "argument_list")) {
            TSNode call = ts_node_parent(p);
            char *name = call_name(F->s, call);
            if (!name) return false;
            RtRole role = runtime_call_role(name);
            bool is_async = prog_find_fn(F->p, name) != NULL;
            free(name);
            if (is_async) return false; /* passed on to a coroutine: it may keep it */
            /* ac_spawn(f()) hands f()'s reference on: the spawn call owns it */
            if (role == RT_PASS_THROUGH) return false;
            return role == RT_BORROWER || role == RT_PRODUCER;
        }
        if (!strcmp(t, "await_expression") || !strcmp(t, "expression_statement")) return true;
        if (!strcmp(t, "comma_expression")) {
            if (ts_node_eq(node_field(p, "left"), n)) return true;
            n = p;
            continue;
        }
        if (!strcmp(t, "conditional_expression")) {
            if (ts_node_eq(node_field(p, "condition"), n)) return true;
            n = p;
            continue;
        }
        if (!strcmp(t, "for_range_statement") || !strcmp(t, "yield_expression"))
            return false; /* the loop or the yield from owns it */
        if (!strcmp(t, "init_declarator") || !strcmp(t, "assignment_expression") ||
            !strcmp(t, "return_statement") || !strcmp(t, "initializer_list") ||
            !strcmp(t, "initializer_pair"))
            return false;
        return true; /* an operand of some operator: used, not stored */
    }
}

/* Is n a call that makes a new handle: a coroutine object (an async function
 * called without await) or a runtime combinator? */
static bool makes_handle(Fn *F, TSNode n, AsyncFn **coro) {
    *coro = NULL;
    if (!node_is(n, "call_expression")) return false;
    TSNode up = ts_node_parent(n);
    while (node_is(up, "parenthesized_expression")) up = ts_node_parent(up);
    AsyncFn *f = called_async(F, n);
    if (f) {
        if (node_is(up, "await_expression")) return false; /* the direct form */
        *coro = f;
        return true;
    }
    char *name = call_name(F->s, n);
    if (!name) return false;
    RtRole r = runtime_call_role(name);
    free(name);
    return r == RT_PRODUCER || r == RT_PASS_THROUGH;
}

/* ------------------------------------------------------------------------- */
/* Expressions: text with substitutions                                       */
/* ------------------------------------------------------------------------- */

static void emit_children(Fn *F, TSNode n, Buf *out) {
    uint32_t pos = ts_node_start_byte(n);
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        uint32_t cs = ts_node_start_byte(c);
        if (cs > pos) buf_put(out, F->s->text + pos, cs - pos);
        emit_expr(F, c, out);
        pos = ts_node_end_byte(c);
    }
    uint32_t end = ts_node_end_byte(n);
    if (end > pos) buf_put(out, F->s->text + pos, end - pos);
}

static void emit_expr(Fn *F, TSNode n, Buf *out) {
    const char *sub = get_subst(F, n);
    if (sub) {
        buf_puts(out, sub);
        return;
    }
    if (node_is(n, "identifier") && F->in_async) {
        const char *m = scope_lookup(F, F->s, n);
        if (m) {
            buf_printf(out, "ac__f->%s", m);
            return;
        }
    }
    AsyncFn *coro;
    if (makes_handle(F, n, &coro)) {
        Buf inner = {0};
        emit_children(F, n, &inner);
        char *made = coro ? xprintf("AC__AT(%s)", inner.data) : xstrdup(inner.data);
        buf_free(&inner);
        if (handle_is_temporary(F, n)) {
            char *h = new_handle(F);
            buf_printf(out, "(%s = %s)", h, made);
        } else {
            buf_puts(out, made);
        }
        free(made);
        return;
    }
    if (ts_node_child_count(n) == 0) {
        buf_put(out, F->s->text + ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
        return;
    }
    emit_children(F, n, out);
}

static char *expr_text(Fn *F, TSNode n) {
    Buf b = {0};
    emit_expr(F, n, &b);
    if (!b.data) buf_puts(&b, "");
    return b.data;
}

/* ------------------------------------------------------------------------- */
/* Awaits                                                                     */
/* ------------------------------------------------------------------------- */

static void emit_exit(Fn *F, Exit *x, Try *from);

/* Where an error goes from here: the catch of the innermost try whose body we
 * are in, else the finally of the innermost try whose body or catch we are in
 * (it re-raises afterwards), else out of the function. */
static void emit_error_route(Fn *F, Try *from) {
    for (Try *T = from; T; T = T->up) {
        if (T->where == IN_BODY && T->has_catch) {
            T->catch_used = true;
            outf(F, "goto ac__catch_%d;", T->id);
            return;
        }
        if (T->where != IN_FINALLY && T->has_finally) {
            outf(F, "ac__f->ac__err_%d = ac__error(ac__task);", T->id);
            outf(F, "ac__f->ac__why_%d = AC__WHY_ERROR;", T->id);
            T->finally_used = true;
            outf(F, "goto ac__finally_%d;", T->id);
            return;
        }
    }
    outf(F, "return ac__unwind(ac__task, &%s__desc, %d);", F->af->name, F->line);
}

/* What a failed await does: release the statement's handle temporaries and
 * raise the error where it belongs. */
static void emit_fail(Fn *F) {
    for (int i = 0; i < F->stmt_handles.len; i++)
        outf(F, "    ac_release(%s);", (char *)F->stmt_handles.items[i]);
    F->indent++;
    emit_error_route(F, F->try_);
    F->indent--;
}

/* Records the next resume point in the ac__point table: where it is in the
 * .ac file and what it waits on: the frame of user function `callee` embedded
 * at ac__sub.<member> (its own file's, or another file's built in ac__ext),
 * or just a name. */
static void record_point(Fn *F, AsyncFn *callee, const char *member, const char *what) {
    if (callee && callee->kind != FN_RUNTIME)
        buf_printf(&F->points, "    {%d, offsetof(%s__frame, ac__sub.%s), &%s__desc, \"%s\"},\n", F->line,
                   F->af->name, member, callee->name, callee->name);
    else
        buf_printf(&F->points, "    {%d, 0, NULL, \"%s\"},\n", F->line, what);
}

/* The suspension point of an await of the frame at ac__sub.<member> (of
 * `callee`, or a runtime leaf): state k, its resume label, the call. */
static void emit_suspend_point(Fn *F, AsyncFn *callee, const char *member, const char *resume) {
    int k = ++F->nstates;
    record_point(F, callee, member, strcmp(member, "ac__wait") ? member : "await");
    F->uses_rc = true;
    outf(F, "ac__f->ac__state = %d;", k);
    buf_printf(&F->body, "ac__resume_%d:\n", k);
    outf(F, "if ((ac__rc = %s(&ac__f->ac__sub.%s, ac__task)) != AC__DONE) {", resume, member);
    outf(F, "    if (ac__rc == AC__SUSPEND) return AC__SUSPEND;");
    emit_fail(F);
    outf(F, "}");
}

static void emit_wait_handle(Fn *F, const char *handle) {
    add_sub(F, "ac__wait__frame", "ac__wait");
    outf(F, "ac__wait__init(&ac__f->ac__sub.ac__wait, %s);", handle);
    emit_suspend_point(F, NULL, "ac__wait", "ac__wait__resume");
}

static char *args_text(Fn *F, TSNode call) {
    TSNode args = node_field(call, "arguments");
    Buf b = {0};
    buf_puts(&b, "");
    uint32_t nc = ts_node_named_child_count(args);
    int k = 0;
    for (uint32_t i = 0; i < nc; i++) {
        TSNode a = ts_node_named_child(args, i);
        if (node_is(a, "comment")) continue;
        if (k++) buf_puts(&b, ", ");
        char *t = expr_text(F, a);
        buf_puts(&b, t);
        free(t);
    }
    return b.data;
}

/* await g(args), g an async function: embedded frame or coroutine object. */
static char *lower_direct_await(Fn *F, AsyncFn *g, TSNode call) {
    TSNode args = node_field(call, "arguments");
    uint32_t nc = ts_node_named_child_count(args);
    for (uint32_t i = 0; i < nc; i++) hoist(F, ts_node_named_child(args, i));
    char *at = args_text(F, call);
    char *result = NULL;
    if (await_is_embedded(F->af, g)) {
        char *type = xprintf("%s__frame", g->name);
        add_sub(F, type, g->name);
        free(type);
        char *frame = xprintf("&ac__f->ac__sub.%s", g->name);
        char *resume = xprintf("%s__resume", g->name);
        outf(F, "%s__init(%s%s%s);", g->name, frame, *at ? ", " : "", at);
        emit_suspend_point(F, g, g->name, resume);
        if (g->ret_member) result = xprintf("ac__f->ac__sub.%s.ac__ret", g->name);
        free(frame);
        free(resume);
    } else if (g->kind != FN_RUNTIME && !g->defined && !g->is_static) {
        /* g is defined in another file: its frame layout is not known here, but
         * its size is (g__desc.frame_size): build it in this frame's buffer
         * when it fits, else make a coroutine object. */
        add_sub(F, "_Alignas(max_align_t) unsigned char", "ac__ext[AC_INLINE_FRAME]");
        char *h = new_handle(F);
        char *t = g->ret_member ? new_temp(F, NULL, g->ret_member) : NULL;
        char *resume = xprintf("%s__resume", g->name);
        outf(F, "if (%s__desc.frame_size <= sizeof ac__f->ac__sub.ac__ext) {", g->name);
        F->indent++;
        outf(F, "%s__start(ac__f->ac__sub.ac__ext%s%s);", g->name, *at ? ", " : "", at);
        emit_suspend_point(F, g, "ac__ext", resume);
        if (t)
            outf(F, "%s = *(%s *)(ac__f->ac__sub.ac__ext + %s__desc.ret_offset);", t, g->ret_type, g->name);
        F->indent--;
        outf(F, "} else {");
        F->indent++;
        outf(F, "%s = AC__AT(%s(%s));", h, g->name, at);
        emit_wait_handle(F, h);
        if (t) outf(F, "%s = ac_result(%s, %s);", t, h, g->ret_type);
        F->indent--;
        outf(F, "}");
        free(resume);
        free(at);
        return t; /* already a temporary: later awaits cannot clobber it */
    } else {
        char *h = new_handle(F);
        outf(F, "%s = AC__AT(%s(%s));", h, g->name, at);
        emit_wait_handle(F, h);
        if (g->ret_member) result = xprintf("ac_result(%s, %s)", h, g->ret_type);
    }
    free(at);
    if (result && F->awaits_left > 0) {
        char *t = new_temp(F, NULL, g->ret_member);
        outf(F, "%s = %s;", t, result);
        free(result);
        result = t;
    }
    return result;
}

static void lower_await(Fn *F, TSNode n) {
    F->awaits_left--;
    TSNode arg = strip_parens(node_field(n, "argument"));
    AsyncFn *g = called_async(F, arg);
    if (g && g->is_gen) {
        diag_error(F->s, ts_node_start_byte(n), "generator '%s' is iterated, not awaited: use 'for%s (T v : %s(...))'",
                   g->name, g->is_async ? " await" : "", g->name);
        set_subst(F, n, xstrdup("0"));
        return;
    }
    if (g) {
        char *r = lower_direct_await(F, g, arg);
        set_subst(F, n, r ? r : xstrdup("((void)0)"));
        return;
    }
    hoist(F, arg);
    char *h = expr_text(F, arg);
    emit_wait_handle(F, h);
    free(h);
    /* (T) await h reads h's result as T. */
    TSNode up = ts_node_parent(n);
    while (node_is(up, "parenthesized_expression")) up = ts_node_parent(up);
    if (node_is(up, "cast_expression")) {
        TSNode type = node_field(up, "type");
        char *t = node_text(F->s, type);
        if (strcmp(t, "void")) {
            char *r = xprintf("ac_result(ac__f->ac__sub.ac__wait.h, %s)", t);
            if (F->awaits_left > 0) {
                char *tmp = new_temp(F, t, NULL);
                outf(F, "%s = %s;", tmp, r);
                free(r);
                r = tmp;
            }
            set_subst(F, up, xprintf("((%s)%s)", t, r));
            free(r);
        }
        free(t);
    }
    set_subst(F, n, xstrdup("((void)0)"));
}

/* After a generator is resumed at a yield: a throw or a close arrives as
 * ac__mode, an error raised right there. */
static void emit_yield_resumed(Fn *F) {
    outf(F, "if (ac__f->ac__mode) {");
    F->indent++;
    outf(F, "(void)ac__raise(ac__task, ac__f->ac__mode);");
    outf(F, "ac__f->ac__mode = 0;");
    F->indent--;
    emit_fail(F);
    outf(F, "}");
}

/* yield v: hand v out, suspend; the value of the expression is what was sent.
 * yield from g: step g until it ends, forwarding sends, throws and closes;
 * the value is g's return value. */
static void lower_yield(Fn *F, TSNode n) {
    F->awaits_left--;
    TSNode arg = node_field(n, "argument");
    bool from = ts_node_child_count(n) > 1 && !strcmp(ts_node_type(ts_node_child(n, 1)), "from");
    char *result;
    if (!from) {
        if (!ts_node_is_null(arg)) {
            hoist(F, arg);
            char *v = expr_text(F, arg);
            outf(F, "ac__f->ac__value = %s;", v);
            free(v);
        } else {
            outf(F, "memset(&ac__f->ac__value, 0, sizeof ac__f->ac__value);");
        }
        int k = ++F->nstates;
        record_point(F, NULL, NULL, "yield");
        outf(F, "ac__f->ac__state = %d;", k);
        outf(F, "return AC__YIELD;");
        buf_printf(&F->body, "ac__resume_%d:\n", k);
        emit_yield_resumed(F);
        result = xstrdup("ac__f->ac__value");
        /* `x = yield v` reads the sent value; a yield statement does not */
        TSNode up = ts_node_parent(n);
        while (node_is(up, "parenthesized_expression")) up = ts_node_parent(up);
        if (!node_is(up, "expression_statement")) F->af->sent_used = true;
    } else {
        hoist(F, arg);
        char *g = expr_text(F, arg);
        /* yield from sub(...) owns the generator it makes; yield from a stored
         * generator only borrows it */
        AsyncFn *made;
        bool own = makes_handle(F, strip_parens(arg), &made);
        char *h = own ? new_handle(F) : new_temp(F, "ac_gen *", NULL);
        F->uses_rc = true;
        outf(F, "%s = %s;", h, g);
        free(g);
        outf(F, "ac__f->ac__mode = 0;");
        outf(F, "memset(&ac__f->ac__value, 0, sizeof ac__f->ac__value);");
        int k = ++F->nstates;
        record_point(F, NULL, NULL, "yield from");
        outf(F, "for (;;) {");
        F->indent++;
        outf(F, "ac__rc = ac__gen_step(%s, ac__f->ac__mode, &ac__f->ac__value, ac__task);", h);
        outf(F, "ac__f->ac__mode = 0;");
        outf(F, "if (ac__rc != AC__YIELD) break;");
        outf(F, "ac__f->ac__state = %d;", k);
        outf(F, "return AC__YIELD;");
        buf_printf(&F->body, "ac__resume_%d:;\n", k);
        F->indent--;
        outf(F, "}");
        outf(F, "if (ac__rc == AC__FAIL) {");
        emit_fail(F);
        outf(F, "}");
        result = xprintf("ac_result(%s, %s)", h, F->af->ret_type);
        if (!own) free(h); /* else the statement owns h */
    }
    if (F->awaits_left > 0) {
        char *t = new_temp(F, NULL, F->af->ret_member);
        outf(F, "%s = %s;", t, result);
        free(result);
        result = t;
    }
    set_subst(F, n, result);
}

/* Emits, before the statement, everything the awaits inside n need, in C's
 * evaluation order, and records what replaces each await in the residual. */
static void hoist(Fn *F, TSNode n) {
    if (!has_await(n)) return;
    if (node_is(n, "await_expression")) {
        lower_await(F, n);
        return;
    }
    if (node_is(n, "yield_expression")) {
        lower_yield(F, n);
        return;
    }
    if (node_is(n, "binary_expression")) {
        TSNode op = node_field(n, "operator");
        bool and_ = node_text_eq(F->s, op, "&&"), or_ = node_text_eq(F->s, op, "||");
        TSNode right = node_field(n, "right");
        if ((and_ || or_) && has_await(right)) {
            hoist(F, node_field(n, "left"));
            char *left = expr_text(F, node_field(n, "left"));
            char *t = new_temp(F, "int", NULL);
            outf(F, "%s = !!(%s);", t, left);
            outf(F, "if (%s%s) {", or_ ? "!" : "", t);
            F->indent++;
            hoist(F, right);
            char *r = expr_text(F, right);
            outf(F, "%s = !!(%s);", t, r);
            F->indent--;
            outf(F, "}");
            free(left);
            free(r);
            set_subst(F, n, t);
            return;
        }
    }
    if (node_is(n, "conditional_expression")) {
        TSNode cond = node_field(n, "condition"), cons = node_field(n, "consequence"),
               alt = node_field(n, "alternative");
        hoist(F, cond);
        if ((!ts_node_is_null(cons) && has_await(cons)) || has_await(alt)) {
            char *c = expr_text(F, cond);
            char *t = new_temp(F, "int", NULL);
            outf(F, "%s = !!(%s);", t, c);
            free(c);
            set_subst(F, cond, xstrdup(t));
            if (!ts_node_is_null(cons) && has_await(cons)) {
                outf(F, "if (%s) {", t);
                F->indent++;
                hoist(F, cons);
                F->indent--;
                outf(F, "}");
            }
            if (has_await(alt)) {
                outf(F, "if (!%s) {", t);
                F->indent++;
                hoist(F, alt);
                F->indent--;
                outf(F, "}");
            }
            free(t);
        }
        return;
    }
    if (node_is(n, "comma_expression")) {
        TSNode left = node_field(n, "left"), right = node_field(n, "right");
        if (has_await(right)) {
            hoist(F, left);
            char *l = expr_text(F, left);
            outf(F, "(void)(%s);", l);
            free(l);
            hoist(F, right);
            set_subst(F, n, expr_text(F, right));
            return;
        }
    }
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) hoist(F, ts_node_child(n, i));
}

/* ------------------------------------------------------------------------- */
/* Statements                                                                 */
/* ------------------------------------------------------------------------- */

static void begin_stmt(Fn *F, TSNode n) {
    clear_subst(F);
    for (int i = 0; i < F->stmt_handles.len; i++) free(F->stmt_handles.items[i]);
    F->stmt_handles.len = 0;
    F->awaits_left = count_awaits(n);
    F->stmt_start = F->body.len;
    mark_line(F, n);
}

/* Handle temporaries start out NULL (an operand C skipped leaves its slot
 * empty) and are released once the statement is done. */
static void end_stmt(Fn *F) {
    if (F->stmt_handles.len) {
        Buf zero = {0};
        for (int i = 0; i < F->stmt_handles.len; i++) {
            for (int k = 0; k < F->indent; k++) buf_puts(&zero, "    ");
            buf_printf(&zero, "%s = NULL;\n", (char *)F->stmt_handles.items[i]);
        }
        size_t at = F->stmt_start;
        /* keep a #line emitted by begin_stmt in front of the zeroing */
        if (at < F->body.len && !strncmp(F->body.data + at, "#line", 5)) {
            char *nl = strchr(F->body.data + at, '\n');
            at = (size_t)(nl - F->body.data) + 1;
        }
        buf_put(&F->body, "", 0);
        size_t old = F->body.len;
        buf_put(&F->body, zero.data, zero.len);
        memmove(F->body.data + at + zero.len, F->body.data + at, old - at);
        memcpy(F->body.data + at, zero.data, zero.len);
        buf_free(&zero);
        for (int i = 0; i < F->stmt_handles.len; i++)
            outf(F, "ac_release(%s);", (char *)F->stmt_handles.items[i]);
    }
    clear_subst(F);
    for (int i = 0; i < F->stmt_handles.len; i++) free(F->stmt_handles.items[i]);
    F->stmt_handles.len = 0;
}

static void check_no_handles_in_condition(Fn *F, TSNode cond) {
    if (F->stmt_handles.len)
        diag_error(F->s, ts_node_start_byte(cond),
                   "a handle made in a condition is never released; store it in a variable first");
}

/* A sub-statement, always braced so that its lowering may take several lines. */
static void lower_substmt(Fn *F, TSNode n) {
    if (node_is(n, "compound_statement")) {
        lower_stmt(F, n);
        return;
    }
    outf(F, "{");
    F->indent++;
    scope_push(F);
    lower_stmt(F, n);
    scope_pop(F);
    F->indent--;
    outf(F, "}");
}

/* Declarations: frame members; initialisers become assignments. */
/* Text of declarator d with the nodes at[i] replaced by with[i] (at most 8,
 * not nested in each other). */
static char *declarator_edit(const Source *s, TSNode d, TSNode *at, const char **with, int n) {
    Buf b = {0};
    buf_puts(&b, "");
    uint32_t pos = ts_node_start_byte(d), end = ts_node_end_byte(d);
    for (;;) {
        int next = -1;
        for (int i = 0; i < n; i++)
            if (ts_node_start_byte(at[i]) >= pos &&
                (next < 0 || ts_node_start_byte(at[i]) < ts_node_start_byte(at[next])))
                next = i;
        if (next < 0) break;
        buf_put(&b, s->text + pos, ts_node_start_byte(at[next]) - pos);
        buf_puts(&b, with[next]);
        pos = ts_node_end_byte(at[next]);
    }
    if (end > pos) buf_put(&b, s->text + pos, end - pos);
    return b.data;
}

/* The pointer declarator that carries the declared object's own qualifiers
 * (`*const p`, `*const v[3]`, `(*const f)(int)`), or a null node when its
 * top-level qualifiers are the specifiers' (`const int x`, `const int a[2]`). */
static TSNode object_pointer(TSNode d) {
    TSNode id = declarator_ident(d);
    TSNode up = ts_node_parent(id);
    while (!ts_node_eq(up, d) && (node_is(up, "array_declarator") || node_is(up, "parenthesized_declarator")))
        up = ts_node_parent(up);
    if (node_is(up, "array_declarator") || node_is(up, "parenthesized_declarator")) return (TSNode){0};
    return node_is(up, "pointer_declarator") ? up : (TSNode){0};
}

/* Is the declared object itself const (so it cannot be assigned)? */
static bool object_is_const(const Source *s, TSNode decl_node, TSNode d) {
    TSNode ptr = object_pointer(d);
    if (ts_node_is_null(ptr)) return node_has_specifier(s, decl_node, "const");
    uint32_t nc = ts_node_named_child_count(ptr);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode q = ts_node_named_child(ptr, i);
        if (node_is(q, "type_qualifier") && node_text_eq(s, q, "const")) return true;
    }
    return false;
}

/* Declarator d renamed to `name`, without the object's own const (frame members
 * are assigned), adjusting arrays and functions to pointers when `decay`
 * (parameters). The specifiers come separately. */
static char *frame_declarator(const Source *s, TSNode decl_node, TSNode d, const char *name, bool decay,
                              char **spec_out) {
    TSNode at[8];
    const char *with[8];
    char *owned = NULL;
    int n = 0;
    TSNode id = declarator_ident(d);
    TSNode ptr = object_pointer(d);
    char *spec = specifiers_text(s, decl_node);
    TSNode tight = ts_node_parent(id);
    while (!ts_node_eq(tight, d) && node_is(tight, "parenthesized_declarator")) tight = ts_node_parent(tight);
    /* an array parameter's element qualifiers become the pointer's target's */
    bool decays_array = decay && node_is(tight, "array_declarator");
    if (decays_array) {
        /* keep every qualifier */
    } else if (ts_node_is_null(ptr)) {
        /* the specifiers' const is the object's own: drop it */
        Buf b = {0};
        buf_puts(&b, "");
        for (const char *p = spec; *p;) {
            if (!strncmp(p, "const", 5) && (p[5] == ' ' || p[5] == 0) && (p == spec || p[-1] == ' ')) {
                p += 5;
                while (*p == ' ') p++;
                continue;
            }
            buf_put(&b, p, 1);
            p++;
        }
        free(spec);
        spec = b.data;
    } else {
        uint32_t nc = ts_node_named_child_count(ptr);
        for (uint32_t i = 0; i < nc && n < 6; i++) {
            TSNode q = ts_node_named_child(ptr, i);
            if (node_is(q, "type_qualifier") && node_text_eq(s, q, "const")) {
                at[n] = q;
                with[n++] = "";
            }
        }
    }
    if (decay && (node_is(tight, "array_declarator") || node_is(tight, "function_declarator")) &&
        ts_node_start_byte(tight) >= ts_node_start_byte(d)) {
        /* T v[N] -> T (*v);  T f(P) -> T (*f)(P) */
        TSNode inner = node_field(tight, "declarator");
        char *in = declarator_edit(s, inner, &id, &name, 1);
        if (node_is(tight, "array_declarator")) {
            owned = xprintf("(*%s)", in);
        } else {
            char *params = node_text(s, node_field(tight, "parameters"));
            owned = xprintf("(*%s)%s", in, params);
            free(params);
        }
        free(in);
        at[n] = tight;
        with[n++] = owned;
    } else {
        at[n] = id;
        with[n++] = name;
    }
    char *text = declarator_edit(s, d, at, with, n);
    free(owned);
    *spec_out = spec;
    return text;
}

static char *member_declaration(Fn *F, TSNode decl_node, TSNode d, const char *member, TSNode init) {
    const Source *s = F->s;
    char *spec;
    char *text = frame_declarator(s, decl_node, d, member, false, &spec);
    /* int a[] = {1, 2, 3}; char s[] = "abc"; */
    char *empty = strstr(text, "[]");
    if (empty && !ts_node_is_null(init)) {
        char *size = NULL;
        if (node_is(init, "string_literal") || node_is(init, "concatenated_string")) {
            char *lit = node_text(s, init);
            size = xprintf("sizeof(%s)", lit);
            free(lit);
        } else if (node_is(init, "initializer_list")) {
            int count = 0;
            uint32_t nc = ts_node_named_child_count(init);
            for (uint32_t i = 0; i < nc; i++) {
                TSNode c = ts_node_named_child(init, i);
                if (node_is(c, "comment")) continue;
                if (node_is(c, "initializer_pair")) count = -1000000;
                count++;
            }
            if (count > 0) size = xprintf("%d", count);
        }
        if (!size) {
            diag_error(s, ts_node_start_byte(d), "give the array's size: it lives in the coroutine frame");
            size = xstrdup("1");
        }
        char *fixed = xprintf("%.*s[%s]%s", (int)(empty - text), text, size, empty + 2);
        free(text);
        free(size);
        text = fixed;
    }
    char *r = xprintf("%s %s", spec, text);
    free(spec);
    free(text);
    return r;
}

/* Does d declare an array (of whatever): is the declarator that binds tightest
 * to the name an array declarator? `*v[3]` is an array, `(*p)[3]` a pointer. */
static bool declares_array(TSNode d) {
    TSNode id = declarator_ident(d);
    TSNode up = ts_node_parent(id);
    while (node_is(up, "parenthesized_declarator")) up = ts_node_parent(up);
    return node_is(up, "array_declarator");
}

/* Does d declare a function (a local prototype), rather than an object such
 * as a pointer to a function? */
static bool declares_function(TSNode d) {
    TSNode id = declarator_ident(d);
    TSNode up = ts_node_parent(id);
    while (node_is(up, "parenthesized_declarator")) up = ts_node_parent(up);
    return node_is(up, "function_declarator");
}

/* Is the array size in declarator d a run-time value (a VLA)? It is when it
 * names a local or parameter of the function. */
static bool is_vla(Fn *F, TSNode d) {
    while (!ts_node_is_null(d)) {
        if (node_is(d, "array_declarator")) {
            TSNode size = node_field(d, "size");
            if (!ts_node_is_null(size)) {
                Buf b = {0};
                emit_expr(F, size, &b);
                bool vla = b.data && strstr(b.data, "ac__f->");
                buf_free(&b);
                if (vla) return true;
            }
        }
        d = node_field(d, "declarator");
    }
    return false;
}

static void lower_declaration(Fn *F, TSNode n) {
    const Source *s = F->s;
    TSNode type = node_field(n, "type");
    if (node_has_specifier(s, n, "static") || node_has_specifier(s, n, "extern") ||
        node_is(n, "type_definition")) {
        /* C-level names: they keep their C meaning, and shadow frame locals */
        mark_line(F, n);
        char *t = node_text(s, n);
        outf(F, "%s", t);
        free(t);
        uint32_t nc = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode d = ts_node_named_child(n, i);
            if (node_is(d, "init_declarator")) d = node_field(d, "declarator");
            char *name = declarator_name(s, d);
            if (name && !ts_node_eq(d, type)) scope_add(F, name, NULL);
            free(name);
        }
        return;
    }
    if (!ts_node_is_null(node_field(type, "body"))) {
        diag_error(s, ts_node_start_byte(type),
                   "a type defined inside an async function: define it outside the function");
        return;
    }
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        const char *field = node_child_field(n, i);
        if (!field || strcmp(field, "declarator")) continue;
        TSNode d = ts_node_child(n, i), init = {0};
        if (node_is(d, "init_declarator")) {
            init = node_field(d, "value");
            d = node_field(d, "declarator");
        }
        if (declares_function(d)) { /* a local prototype */
            mark_line(F, n);
            char *t = node_text(s, n);
            outf(F, "%s", t);
            free(t);
            return;
        }
        char *name = declarator_name(s, d);
        if (!name) continue;
        if (is_vla(F, d)) {
            diag_error(s, ts_node_start_byte(d),
                       "variable-length array '%s' in an async function: its frame has a fixed size; "
                       "use a constant size or allocate it", name);
            free(name);
            continue;
        }
        char *member = unique_member(F, name);
        char *decl = member_declaration(F, n, d, member, init);
        buf_printf(&F->members, "    %s;\n", decl);
        free(decl);
        scope_add(F, name, member);
        free(name);
        if (ts_node_is_null(init)) continue;
        begin_stmt(F, init);
        hoist(F, init);
        char *value = expr_text(F, init);
        /* a scalar or pointer is assigned; arrays, structs from braces and
         * consts are copied in from a C object */
        bool top_const = object_is_const(s, n, d);
        bool simple = !declares_array(d) && !node_is(init, "initializer_list") && !top_const;
        if (simple) {
            outf(F, "ac__f->%s = %s;", member, value);
        } else {
            /* arrays, structs, const: initialise a C object, then copy it in */
            char *spec = specifiers_text(s, n);
            char *tmpd = declarator_replace(s, d, declarator_ident(d), "ac__init");
            char *fixed = NULL;
            char *empty = strstr(tmpd, "[]");
            if (empty) {
                char *md = member_declaration(F, n, d, "ac__init", init);
                fixed = md;
            }
            if (!fixed) fixed = xprintf("%s %s", spec, tmpd);
            outf(F, "{ %s = %s; memcpy(&ac__f->%s, &ac__init, sizeof ac__f->%s); }", fixed, value,
                 member, member);
            free(spec);
            free(tmpd);
            free(fixed);
        }
        free(value);
        end_stmt(F);
    }
}

static void lower_return(Fn *F, TSNode n) {
    TSNode value = ts_node_named_child_count(n) ? ts_node_named_child(n, 0) : (TSNode){0};
    if (!ts_node_is_null(value) && node_is(value, "comment")) value = (TSNode){0};
    begin_stmt(F, n);
    if (!ts_node_is_null(value)) {
        hoist(F, value);
        char *v = expr_text(F, value);
        if (F->af->ret_member)
            outf(F, "ac__f->ac__ret = %s;", v);
        else
            outf(F, "(void)(%s);", v);
        free(v);
    }
    end_stmt(F);
    Exit x = {EXIT_RETURN, NULL, NULL};
    emit_exit(F, &x, F->try_);
}

static void lower_expression_statement(Fn *F, TSNode n) {
    TSNode e = ts_node_named_child_count(n) ? ts_node_named_child(n, 0) : (TSNode){0};
    if (ts_node_is_null(e) || node_is(e, "comment")) {
        outf(F, ";");
        return;
    }
    begin_stmt(F, n);
    hoist(F, e);
    TSNode core = strip_parens(e);
    if (node_is(core, "cast_expression")) core = strip_parens(node_field(core, "value"));
    char *r = expr_text(F, e);
    /* A lone await's or yield's value is a pure read: nothing to emit. */
    if (!node_is(core, "await_expression") && !node_is(core, "yield_expression")) outf(F, "%s;", r);
    free(r);
    end_stmt(F);
}

static char *new_label(Fn *F, const char *what) {
    return xprintf("ac__%s_%d", what, ++F->nlabels);
}

static void loop_push(Fn *F, Loop *l, char *cont, bool is_switch) {
    l->cont_label = cont;
    l->used = false;
    l->is_switch = is_switch;
    l->up = F->loop;
    F->loop = l;
}

static void loop_pop(Fn *F) { F->loop = F->loop->up; }

/* The continue label, emitted only if a `continue` used it. */
static void emit_cont_label(Fn *F, Loop *l) {
    if (l->used) buf_printf(&F->body, "%s:;\n", l->cont_label);
    free(l->cont_label);
}

static void lower_cond_break(Fn *F, TSNode cond) {
    begin_stmt(F, cond);
    hoist(F, cond);
    check_no_handles_in_condition(F, cond);
    char *c = expr_text(F, cond);
    outf(F, "if (!%s) break;", c);
    free(c);
    end_stmt(F);
}

static void lower_while(Fn *F, TSNode n) {
    TSNode cond = node_field(n, "condition"), body = node_field(n, "body");
    Loop l;
    if (!has_await(cond)) {
        begin_stmt(F, n);
        char *c = expr_text(F, cond);
        check_no_handles_in_condition(F, cond);
        end_stmt(F);
        outf(F, "while %s", c);
        free(c);
        loop_push(F, &l, NULL, false);
        lower_substmt(F, body);
        loop_pop(F);
        return;
    }
    mark_line(F, n);
    outf(F, "for (;;) {");
    F->indent++;
    lower_cond_break(F, cond);
    loop_push(F, &l, NULL, false);
    lower_substmt(F, body);
    loop_pop(F);
    F->indent--;
    outf(F, "}");
}

static void lower_do(Fn *F, TSNode n) {
    TSNode cond = node_field(n, "condition"), body = node_field(n, "body");
    Loop l;
    if (!has_await(cond)) {
        mark_line(F, n);
        outf(F, "do");
        loop_push(F, &l, NULL, false);
        lower_substmt(F, body);
        loop_pop(F);
        begin_stmt(F, cond);
        char *c = expr_text(F, cond);
        check_no_handles_in_condition(F, cond);
        end_stmt(F);
        outf(F, "while %s;", c);
        free(c);
        return;
    }
    mark_line(F, n);
    outf(F, "for (;;) {");
    F->indent++;
    loop_push(F, &l, new_label(F, "continue"), false);
    lower_substmt(F, body);
    loop_pop(F);
    emit_cont_label(F, &l);
    lower_cond_break(F, cond);
    F->indent--;
    outf(F, "}");
}

static void lower_for(Fn *F, TSNode n) {
    TSNode init = node_field(n, "initializer"), cond = node_field(n, "condition"),
           update = node_field(n, "update"), body = node_field(n, "body");
    mark_line(F, n);
    outf(F, "{");
    F->indent++;
    scope_push(F);
    if (!ts_node_is_null(init)) {
        if (node_is(init, "declaration")) lower_declaration(F, init);
        else {
            begin_stmt(F, init);
            hoist(F, init);
            char *t = expr_text(F, init);
            outf(F, "%s;", t);
            free(t);
            end_stmt(F);
        }
    }
    bool restructure = (!ts_node_is_null(cond) && has_await(cond)) ||
                       (!ts_node_is_null(update) && has_await(update));
    Loop l;
    if (!restructure) {
        begin_stmt(F, n);
        char *c = ts_node_is_null(cond) ? xstrdup("") : expr_text(F, cond);
        char *u = ts_node_is_null(update) ? xstrdup("") : expr_text(F, update);
        if (!ts_node_is_null(cond)) check_no_handles_in_condition(F, cond);
        end_stmt(F);
        outf(F, "for (; %s; %s)", c, u);
        free(c);
        free(u);
        loop_push(F, &l, NULL, false);
        lower_substmt(F, body);
        loop_pop(F);
    } else {
        outf(F, "for (;;) {");
        F->indent++;
        if (!ts_node_is_null(cond)) {
            begin_stmt(F, cond);
            hoist(F, cond);
            check_no_handles_in_condition(F, cond);
            char *c = expr_text(F, cond);
            outf(F, "if (!(%s)) break;", c);
            free(c);
            end_stmt(F);
        }
        loop_push(F, &l, new_label(F, "continue"), false);
        lower_substmt(F, body);
        loop_pop(F);
        emit_cont_label(F, &l);
        if (!ts_node_is_null(update)) {
            begin_stmt(F, update);
            hoist(F, update);
            char *u = expr_text(F, update);
            TSNode core = strip_parens(update);
            if (!node_is(core, "await_expression")) outf(F, "%s;", u);
            free(u);
            end_stmt(F);
        }
        F->indent--;
        outf(F, "}");
    }
    scope_pop(F);
    F->indent--;
    outf(F, "}");
}

static void lower_if(Fn *F, TSNode n) {
    TSNode cond = node_field(n, "condition"), cons = node_field(n, "consequence"),
           alt = node_field(n, "alternative");
    begin_stmt(F, n);
    hoist(F, cond);
    check_no_handles_in_condition(F, cond);
    char *c = expr_text(F, cond);
    end_stmt(F);
    outf(F, "if %s", c);
    free(c);
    lower_substmt(F, cons);
    if (!ts_node_is_null(alt)) {
        if (node_is(alt, "else_clause")) alt = ts_node_named_child(alt, 0);
        outf(F, "else");
        lower_substmt(F, alt);
    }
}

static void lower_switch(Fn *F, TSNode n) {
    TSNode cond = node_field(n, "condition"), body = node_field(n, "body");
    begin_stmt(F, n);
    hoist(F, cond);
    check_no_handles_in_condition(F, cond);
    char *c = expr_text(F, cond);
    end_stmt(F);
    outf(F, "switch %s", c);
    free(c);
    Loop l;
    loop_push(F, &l, NULL, true);
    lower_substmt(F, body);
    loop_pop(F);
}

static void lower_case(Fn *F, TSNode n) {
    TSNode value = node_field(n, "value");
    /* No #line here: it would come between a fall-through comment and its
     * label, and gcc's -Wimplicit-fallthrough would no longer see the comment. */
    if (ts_node_is_null(value)) {
        buf_puts(&F->body, "default:;\n");
    } else {
        char *v = node_text(F->s, value);
        buf_printf(&F->body, "case %s:;\n", v);
        free(v);
    }
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(n, i);
        if (!ts_node_is_null(value) && ts_node_eq(c, value)) continue;
        lower_stmt(F, c);
    }
}

/* The loop a break (switches count) or a continue (they do not) leaves. */
static Loop *target_loop(Fn *F, bool is_continue) {
    Loop *l = F->loop;
    while (is_continue && l && l->is_switch) l = l->up;
    return l;
}

static void lower_continue(Fn *F, TSNode n) {
    mark_line(F, n);
    Exit x = {EXIT_CONTINUE, target_loop(F, true), NULL};
    emit_exit(F, &x, F->try_);
}

static void lower_break(Fn *F, TSNode n) {
    mark_line(F, n);
    Exit x = {EXIT_BREAK, target_loop(F, false), NULL};
    emit_exit(F, &x, F->try_);
}

static void lower_goto(Fn *F, TSNode n) {
    mark_line(F, n);
    char *label = node_text(F->s, node_field(n, "label"));
    Exit x = {EXIT_GOTO, NULL, label};
    emit_exit(F, &x, F->try_);
    free(label);
}

/* Is there a `label:` inside n? */
static bool defines_label(const Source *s, TSNode n, const char *label) {
    if (node_is(n, "labeled_statement") && node_text_eq(s, node_field(n, "label"), label)) return true;
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++)
        if (defines_label(s, ts_node_named_child(n, i), label)) return true;
    return false;
}

/* Does exit x, taken inside try T, leave T? */
static bool exit_leaves(Fn *F, Exit *x, Try *T) {
    switch (x->kind) {
    case EXIT_RETURN: return true;
    case EXIT_GOTO: return !defines_label(F->s, T->node, x->label);
    default:
        for (Loop *l = T->loop_at; l; l = l->up)
            if (l == x->loop) return true;
        return false;
    }
}

/* Takes exit x from a point inside `from`: through the finally of each try it
 * leaves (recorded as a numbered reason the finally dispatches on), or
 * directly when none is in the way. */
static void emit_exit(Fn *F, Exit *x, Try *from) {
    for (Try *T = from; T; T = T->up) {
        if (T->where == IN_FINALLY || !T->has_finally) continue;
        if (!exit_leaves(F, x, T)) break;
        Exit *copy = xcalloc(1, sizeof *copy);
        *copy = *x;
        copy->label = x->label ? xstrdup(x->label) : NULL;
        vec_push(&T->exits, copy);
        outf(F, "ac__f->ac__why_%d = %d;", T->id, AC__WHY_FIRST_EXIT + T->exits.len - 1);
        T->finally_used = true;
        outf(F, "goto ac__finally_%d;", T->id);
        return;
    }
    switch (x->kind) {
    case EXIT_RETURN: outf(F, "return AC__DONE;"); break;
    case EXIT_GOTO: outf(F, "goto %s;", x->label); break;
    case EXIT_BREAK: outf(F, "break;"); break;
    case EXIT_CONTINUE:
        if (x->loop && x->loop->cont_label) {
            x->loop->used = true;
            outf(F, "goto %s;", x->loop->cont_label);
        } else {
            outf(F, "continue;");
        }
        break;
    }
}

/* The end of a finally block: continue the way out that brought us here. */
static void emit_finally_dispatch(Fn *F, Try *T) {
    outf(F, "if (ac__f->ac__why_%d == AC__WHY_ERROR) {", T->id);
    F->indent++;
    outf(F, "(void)ac__raise(ac__task, ac__f->ac__err_%d);", T->id);
    emit_error_route(F, T->up);
    F->indent--;
    outf(F, "}");
    for (int i = 0; i < T->exits.len; i++) {
        Exit *x = T->exits.items[i];
        outf(F, "if (ac__f->ac__why_%d == %d) {", T->id, AC__WHY_FIRST_EXIT + i);
        F->indent++;
        emit_exit(F, x, T->up);
        F->indent--;
        outf(F, "}");
        free(x->label);
        free(x);
    }
    vec_free(&T->exits);
}

/* try { B } catch (int e) { C } finally { D }
 *
 *   ac__why_N = 0;
 *   B                       errors in B: goto ac__catch_N
 *   goto ac__end_N;
 * ac__catch_N:              e = the error; errors in C: to the finally
 *   C
 * ac__end_N:
 * ac__finally_N:            reached normally, or with ac__why_N saying why:
 *   D                       an error (ac__err_N), a return, break, continue, goto
 *   dispatch on ac__why_N   and then continue that way out
 */
static void lower_try(Fn *F, TSNode n) {
    TSNode body = node_field(n, "body");
    TSNode catch_ = {0}, finally_ = {0};
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(n, i);
        if (node_is(c, "catch_clause")) {
            if (!ts_node_is_null(catch_))
                diag_error(F->s, ts_node_start_byte(c), "a try statement has one catch: errors are int codes");
            catch_ = c;
        } else if (node_is(c, "finally_clause")) {
            finally_ = c;
        }
    }
    if (ts_node_is_null(catch_) && ts_node_is_null(finally_)) {
        diag_error(F->s, ts_node_start_byte(n), "'try' without 'catch' or 'finally'");
        return;
    }
    Try T = {0};
    T.id = ++F->ntry;
    T.has_catch = !ts_node_is_null(catch_);
    T.has_finally = !ts_node_is_null(finally_);
    T.node = n;
    T.loop_at = F->loop;
    T.up = F->try_;
    T.where = IN_BODY;
    buf_printf(&F->members, "    int ac__err_%d;\n", T.id);
    if (T.has_finally) buf_printf(&F->members, "    int ac__why_%d;\n", T.id);
    mark_line(F, n);
    outf(F, "/* try %d */", T.id);
    if (T.has_finally) outf(F, "ac__f->ac__why_%d = 0;", T.id);
    F->try_ = &T;
    lower_stmt(F, body);
    if (T.has_catch) {
        outf(F, "goto ac__end_%d;", T.id);
        if (T.catch_used) buf_printf(&F->body, "ac__catch_%d:;\n", T.id);
        T.where = IN_CATCH;
        mark_line(F, catch_);
        outf(F, "ac__f->ac__err_%d = ac__caught(ac__task);", T.id);
        TSNode param = node_field(catch_, "parameter");
        outf(F, "{");
        F->indent++;
        scope_push(F);
        char *name = ts_node_is_null(param) ? NULL : declarator_name(F->s, node_field(param, "declarator"));
        if (name) {
            char *member = unique_member(F, name);
            char *spec = specifiers_text(F->s, param);
            buf_printf(&F->members, "    %s %s;\n", spec, member);
            free(spec);
            outf(F, "ac__f->%s = ac__f->ac__err_%d;", member, T.id);
            scope_add(F, name, member);
            free(name);
        }
        lower_stmt(F, node_field(catch_, "body"));
        scope_pop(F);
        F->indent--;
        outf(F, "}");
        buf_printf(&F->body, "ac__end_%d:;\n", T.id);
    }
    if (T.has_finally) {
        if (T.finally_used) buf_printf(&F->body, "ac__finally_%d:;\n", T.id);
        T.where = IN_FINALLY;
        mark_line(F, finally_);
        lower_stmt(F, node_field(finally_, "body"));
        F->try_ = T.up;
        emit_finally_dispatch(F, &T);
    }
    F->try_ = T.up;
}

/* The sync generator function a range loop's expression calls directly, when
 * its frame is known here (defined earlier in this file): the loop then runs
 * the generator's resume function itself, without going through ac_next. */
static AsyncFn *range_fast_generator(Fn *F, TSNode range, TSNode right) {
    AsyncFn *g = called_async(F, strip_parens(right));
    if (!g || !g->is_gen || g->is_async || g->kind != FN_USER || !g->defined) return NULL;
    if (ts_node_start_byte(g->def) > ts_node_start_byte(range)) return NULL;
    return g;
}

/* The body of `if (the generator has no next value) {...}` in a range loop:
 * raise its error when `failed` is non-zero, else leave the loop. */
static void emit_range_ended(Fn *F, const char *g, const char *failed) {
    F->indent++;
    outf(F, "if (%s) {", failed);
    F->indent++;
    outf(F, "(void)ac__raise(ac__task, ac_error_of(%s));", g);
    emit_error_route(F, F->try_);
    F->indent--;
    outf(F, "}");
    outf(F, "break;");
    F->indent--;
    outf(F, "}");
}

/* for (T v : g) body    and    for await (T v : g) body
 *
 *   ac__gN = g;  ac__why_M = 0;
 *   for (;;) {
 *       if (!ac_next(ac__gN, &v)) { an error of the generator is raised; break; }
 *       (for await: if (!await ac_anext(ac__gN, &v)) break;)
 *       body
 *   }
 * ac__finally_M:                 every way out closes the generator:
 *   ac_close(ac__gN) (for await: await ac_aclose(ac__gN)); ac_release(ac__gN);
 *   dispatch on ac__why_M, as a try statement's finally does
 */
static void lower_for_range(Fn *F, TSNode n) {
    bool is_await = !strcmp(ts_node_type(ts_node_child(n, 1)), "await");
    TSNode decl = node_field(n, "declarator"), right = node_field(n, "right"), body = node_field(n, "body");
    mark_line(F, n);
    outf(F, "{");
    F->indent++;
    scope_push(F);
    int id = ++F->ntry;
    char *g = xprintf("ac__f->ac__gen_%d", id);
    buf_printf(&F->members, "    ac_gen *ac__gen_%d;\n", id);
    AsyncFn *made;
    bool own = makes_handle(F, strip_parens(right), &made); /* else borrowed: closed, not released */
    AsyncFn *fast = own && !is_await ? range_fast_generator(F, n, right) : NULL;
    begin_stmt(F, right);
    hoist(F, right);
    char *r = expr_text(F, right);
    outf(F, "%s = %s;", g, r);
    free(r);
    end_stmt(F);
    char *name = declarator_name(F->s, decl);
    char *member = unique_member(F, name ? name : "ac__v");
    char *md = member_declaration(F, n, decl, member, (TSNode){0});
    buf_printf(&F->members, "    %s;\n", md);
    free(md);
    if (name) scope_add(F, name, member);
    free(name);

    Try T = {0};
    T.id = id;
    T.has_finally = true;
    T.node = n;
    T.loop_at = F->loop;
    T.up = F->try_;
    T.where = IN_BODY;
    buf_printf(&F->members, "    int ac__err_%d;\n    int ac__why_%d;\n", T.id, T.id);
    outf(F, "ac__f->ac__why_%d = 0;", T.id);
    if (fast) {
        buf_printf(&F->members, "    int ac__grc_%d;\n", id);
        outf(F, "ac__gen_started(%s);", g);
    }
    F->try_ = &T;
    outf(F, "for (;;) {");
    F->indent++;
    if (is_await) {
        add_sub(F, "ac_anext__frame", "ac_anext");
        outf(F, "ac_anext__init(&ac__f->ac__sub.ac_anext, %s, &ac__f->%s);", g, member);
        emit_suspend_point(F, NULL, "ac_anext", "ac_anext__resume");
        outf(F, "if (!ac__f->ac__sub.ac_anext.ac__ret) break;");
    } else if (fast) {
        /* a generator of this file: run its resume function directly */
        outf(F, "if (!%s) break;", g);
        if (fast->sent_used)
            outf(F, "memset(&((%s__frame *)ac__frame(%s))->ac__value, 0, sizeof ((%s__frame *)0)->ac__value);",
                 fast->name, g, fast->name);
        outf(F, "if ((ac__f->ac__grc_%d = %s__resume(ac__frame(%s), %s)) != AC__YIELD) {", id, fast->name, g, g);
        char *failed = xprintf("ac__gen_finished(%s, ac__f->ac__grc_%d)", g, id);
        emit_range_ended(F, g, failed);
        free(failed);
        outf(F, "ac__f->%s = ((%s__frame *)ac__frame(%s))->ac__value;", member, fast->name, g);
    } else {
        outf(F, "if (!ac_next(%s, &ac__f->%s)) {", g, member);
        char *failed = xprintf("ac_error_of(%s)", g);
        emit_range_ended(F, g, failed);
        free(failed);
    }
    Loop l;
    loop_push(F, &l, NULL, false);
    lower_substmt(F, body);
    loop_pop(F);
    F->indent--;
    outf(F, "}");
    if (T.finally_used) buf_printf(&F->body, "ac__finally_%d:;\n", T.id);
    T.where = IN_FINALLY;
    if (is_await) {
        add_sub(F, "ac_aclose__frame", "ac_aclose");
        outf(F, "ac_aclose__init(&ac__f->ac__sub.ac_aclose, %s);", g);
        int k = ++F->nstates;
        record_point(F, NULL, NULL, "ac_aclose");
        F->uses_rc = true;
        outf(F, "ac__f->ac__state = %d;", k);
        buf_printf(&F->body, "ac__resume_%d:\n", k);
        outf(F, "if ((ac__rc = ac_aclose__resume(&ac__f->ac__sub.ac_aclose, ac__task)) != AC__DONE) {");
        outf(F, "    if (ac__rc == AC__SUSPEND) return AC__SUSPEND;");
        if (own) outf(F, "    ac_release(%s);", g);
        F->indent++;
        emit_error_route(F, T.up);
        F->indent--;
        outf(F, "}");
    } else {
        outf(F, "ac_close(%s);", g);
    }
    if (own) outf(F, "ac_release(%s);", g);
    F->try_ = T.up;
    emit_finally_dispatch(F, &T);
    free(g);
    scope_pop(F);
    F->indent--;
    outf(F, "}");
}

/* throw E;  raises E at this point.   throw;  re-raises the error being handled. */
static void lower_throw(Fn *F, TSNode n) {
    TSNode value = ts_node_named_child_count(n) ? ts_node_named_child(n, 0) : (TSNode){0};
    if (!ts_node_is_null(value) && node_is(value, "comment")) value = (TSNode){0};
    begin_stmt(F, n);
    if (ts_node_is_null(value)) {
        Try *T = F->try_;
        while (T && T->where != IN_CATCH) T = T->up;
        if (!T) {
            diag_error(F->s, ts_node_start_byte(n), "'throw;' re-raises the error being handled: use it inside a catch");
            end_stmt(F);
            return;
        }
        outf(F, "(void)ac__raise(ac__task, ac__f->ac__err_%d);", T->id);
    } else {
        hoist(F, value);
        char *v = expr_text(F, value);
        outf(F, "(void)ac__raise(ac__task, %s);", v);
        free(v);
    }
    end_stmt(F);
    emit_error_route(F, F->try_);
}

static void lower_compound(Fn *F, TSNode n) {
    outf(F, "{");
    F->indent++;
    scope_push(F);
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) lower_stmt(F, ts_node_named_child(n, i));
    scope_pop(F);
    F->indent--;
    outf(F, "}");
}

/* #if / #ifdef inside a body: the directive lines as written, statements lowered. */
static void lower_preproc(Fn *F, TSNode n) {
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        const char *field = node_child_field(n, i);
        const char *t = ts_node_type(c);
        if (field && (!strcmp(field, "alternative"))) {
            lower_preproc(F, c);
        } else if (t[0] == '#' || (field && (!strcmp(field, "condition") || !strcmp(field, "name")))) {
            char *x = node_text(F->s, c);
            if (t[0] == '#') buf_printf(&F->body, "%s%s", F->body.len && F->body.data[F->body.len - 1] != '\n' ? "\n" : "", x);
            else buf_printf(&F->body, " %s\n", x);
            if (!strcmp(t, "#endif") || !strcmp(t, "#else")) buf_puts(&F->body, "\n");
            free(x);
            F->cur_line = -1;
        } else if (ts_node_is_named(c)) {
            lower_stmt(F, c);
        }
    }
}

static void lower_stmt(Fn *F, TSNode n) {
    const char *t = ts_node_type(n);
    if (!strcmp(t, "compound_statement")) lower_compound(F, n);
    else if (!strcmp(t, "declaration") || !strcmp(t, "type_definition")) lower_declaration(F, n);
    else if (!strcmp(t, "expression_statement")) lower_expression_statement(F, n);
    else if (!strcmp(t, "return_statement")) lower_return(F, n);
    else if (!strcmp(t, "if_statement")) lower_if(F, n);
    else if (!strcmp(t, "while_statement")) lower_while(F, n);
    else if (!strcmp(t, "do_statement")) lower_do(F, n);
    else if (!strcmp(t, "for_statement")) lower_for(F, n);
    else if (!strcmp(t, "switch_statement")) lower_switch(F, n);
    else if (!strcmp(t, "case_statement")) lower_case(F, n);
    else if (!strcmp(t, "continue_statement")) lower_continue(F, n);
    else if (!strcmp(t, "break_statement")) lower_break(F, n);
    else if (!strcmp(t, "goto_statement")) lower_goto(F, n);
    else if (!strcmp(t, "try_statement")) lower_try(F, n);
    else if (!strcmp(t, "throw_statement")) lower_throw(F, n);
    else if (!strcmp(t, "labeled_statement")) {
        char *label = node_text(F->s, node_field(n, "label"));
        buf_printf(&F->body, "%s:;\n", label);
        free(label);
        uint32_t nc = ts_node_named_child_count(n);
        for (uint32_t i = 1; i < nc; i++) lower_stmt(F, ts_node_named_child(n, i));
    } else if (!strcmp(t, "comment")) {
        char *x = node_text(F->s, n);
        outf(F, "%s", x);
        free(x);
    } else if (!strncmp(t, "preproc_", 8)) {
        if (!strcmp(t, "preproc_if") || !strcmp(t, "preproc_ifdef")) lower_preproc(F, n);
        else {
            char *x = node_text(F->s, n);
            buf_printf(&F->body, "%s%s", x, x[strlen(x) - 1] == '\n' ? "" : "\n");
            free(x);
            F->cur_line = -1;
        }
    } else if (!strcmp(t, "for_range_statement")) {
        lower_for_range(F, n);
    } else {
        begin_stmt(F, n);
        char *x = expr_text(F, n);
        outf(F, "%s", x);
        free(x);
        end_stmt(F);
    }
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
    F.cur_line = -1;
    F.indent = 1;
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
            vec_push(&F.member_names, xstrdup(name));
            scope_add(&F, name, name);
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
    if (F.opt->line_directives) {
        int line = source_line(s, ts_node_end_byte(body) - 1);
        buf_printf(&F.body, "#line %d \"%s\"\n", line, s->path);
    }
    outf(&F, "return AC__DONE;");

    const char *name = af->name;
    bool is_main = !strcmp(name, "main");
    const char *link = af->is_static || is_main ? "static " : "";
    const char *ctor = is_main ? "main__coro" : name;
    Lowered *L = xcalloc(1, sizeof *L);
    L->af = af;

    Buf st = {0};
    buf_printf(&st, "/* The frame of async function '%s' (%s:%d). */\n", name, s->path,
               source_line(s, ts_node_start_byte(def)));
    buf_printf(&st, "typedef struct %s__frame {\n    int ac__state;\n", name);
    if (af->is_gen) buf_puts(&st, "    int ac__mode; /* set by the runtime: an error to raise at the yield */\n");
    if (af->ret_member) buf_printf(&st, "    %s;\n", af->ret_member);
    if (af->is_gen) buf_printf(&st, "    %s ac__value; /* yielded, and sent */\n", af->ret_type);
    if (F.members.len) buf_puts(&st, F.members.data);
    if (F.sub_names.len) buf_printf(&st, "    union {\n%s    } ac__sub;\n", F.subs_decl.data);
    buf_printf(&st, "} %s__frame;\n", name);
    buf_printf(&st, "static inline void %s__init(%s__frame *ac__f%s) {\n    ac__f->ac__state = 0;%s%s\n}\n",
               name, name, init_params.len ? init_params.data : "", af->is_gen ? " ac__f->ac__mode = 0;" : "",
               init_body.len ? init_body.data : "");
    buf_printf(&st, "%sint %s__resume(void *ac__frame_ptr, ac_task *ac__task);\n", link, name);
    bool exported = !af->is_static && !is_main && !af->is_gen;
    buf_printf(&st, "%sconst ac__desc %s__desc;\n", exported ? "extern " : "static ", name);
    L->frame_struct = st.data;
    for (int i = 0; i < F.sub_names.len; i++) {
        AsyncFn *g = prog_find_fn(p, F.sub_names.items[i]);
        if (g && g->kind == FN_USER) vec_push(&L->embeds, g);
    }

    Buf d = {0};
    char *ret_off = af->ret_member ? xprintf("offsetof(%s__frame, ac__ret)", name) : xstrdup("0");
    char *ret_size = af->ret_member ? xprintf("sizeof(((%s__frame *)0)->ac__ret)", name) : xstrdup("0");
    buf_printf(&d, "static const ac__point %s__points[] = {\n    {%d, 0, NULL, \"start\"},\n%s};\n", name,
               source_line(s, ts_node_start_byte(def)), F.points.data ? F.points.data : "");
    char *gen = af->is_gen ? xprintf(",\n    AC__DESC_GEN%s, offsetof(%s__frame, ac__value),\n    %s__points, %d",
                                     af->is_async ? " | AC__DESC_ASYNC" : "", name, name, F.nstates + 1)
                           : xprintf(",\n    0, 0, %s__points, %d", name, F.nstates + 1);
    buf_printf(&d, "%sconst ac__desc %s__desc = {\n    %s__resume, \"%s\", \"%s\", %d,\n"
                   "    sizeof(%s__frame), %s, %s%s\n};\n",
               exported ? "" : "static ", name, name, name, s->path, source_line(s, ts_node_start_byte(def)),
               name, ret_off, ret_size, gen);
    free(gen);
    free(ret_off);
    free(ret_size);
    buf_printf(&d, "%s%sac_task *%s%s {\n", link, af->is_static || is_main ? "AC__UNUSED " : "", ctor,
               is_void ? "(void)" : ptext);
    buf_printf(&d, "    ac_task *ac__t = ac__coro_new(&%s__desc);\n", name);
    buf_printf(&d, "    if (ac__t) %s__init(ac__frame(ac__t)%s%s);\n    return ac__t;\n}\n", name,
               ctor_args.len ? ", " : "", ctor_args.len ? ctor_args.data : "");
    if (exported) {
        /* other files await it by building its frame in their own (see analyse.c) */
        buf_printf(&d, "void %s__start(void *ac__fp%s) {\n    %s__init(ac__fp%s%s);\n}\n", name,
                   init_params.len ? init_params.data : "", name, ctor_args.len ? ", " : "",
                   ctor_args.len ? ctor_args.data : "");
    }
    buf_printf(&d, "%sint %s__resume(void *ac__frame_ptr, ac_task *ac__task) {\n", link, name);
    buf_printf(&d, "    %s__frame *ac__f = ac__frame_ptr;\n", name);
    if (F.uses_rc) buf_puts(&d, "    int ac__rc;\n");
    buf_puts(&d, "    (void)ac__f;\n    (void)ac__task;\n");
    if (F.nstates) {
        buf_puts(&d, "    switch (ac__f->ac__state) {\n    case 0: break;\n");
        for (int k = 1; k <= F.nstates; k++) buf_printf(&d, "    case %d: goto ac__resume_%d;\n", k, k);
        buf_puts(&d, "    }\n");
    }
    buf_puts(&d, F.body.data ? F.body.data : "");
    buf_puts(&d, "}\n");
    if (is_main) {
        bool has_args = !is_void;
        buf_printf(&d, "int main(%s) {\n    return ac__main(main__coro(%s));\n}\n",
                   has_args ? "int argc, char **argv" : "void", has_args ? "argc, argv" : "");
    }
    L->definition = d.data;

    free(ptext);
    buf_free(&init_params);
    buf_free(&init_body);
    buf_free(&ctor_args);
    buf_free(&F.members);
    buf_free(&F.subs_decl);
    buf_free(&F.body);
    buf_free(&F.points);
    for (int i = 0; i < F.sub_names.len; i++) free(F.sub_names.items[i]);
    vec_free(&F.sub_names);
    for (int i = 0; i < F.member_names.len; i++) free(F.member_names.items[i]);
    vec_free(&F.member_names);
    clear_subst(&F);
    free(F.subst);
    vec_free(&F.stmt_handles);
    return L;
}

/* ------------------------------------------------------------------------- */
/* Plain C functions: handle temporaries and dropped coroutine objects         */
/* ------------------------------------------------------------------------- */

void add_edit(Edits *e, uint32_t start, uint32_t end, char *text) {
    if (e->len == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 16;
        e->items = xrealloc(e->items, (size_t)e->cap * sizeof *e->items);
    }
    e->items[e->len++] = (Edit){start, end, text};
}

/* Checks that apply everywhere in the unit. */
void check_tree(Program *p, TSNode n, AsyncFn *in_fn) {
    const Source *s = p->unit->src;
    const char *t = ts_node_type(n);
    if (!strcmp(t, "function_definition")) {
        in_fn = NULL;
        if (node_has_specifier(s, n, "async") || is_generator_decl(s, n)) {
            char *name = declarator_name(s, declarator_function(node_field(n, "declarator")));
            in_fn = name ? prog_find_fn(p, name) : NULL;
            free(name);
        }
    } else if (!strcmp(t, "identifier") || !strcmp(t, "type_identifier") ||
               !strcmp(t, "field_identifier")) {
        static const char *const reserved[] = {"async", "await", "yield", "try", "catch", "finally", "throw"};
        for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++)
            if (node_text_eq(s, n, reserved[i]))
                diag_error(s, ts_node_start_byte(n), "'%s' is a reserved word in Async C", reserved[i]);
    } else if (!strcmp(t, "await_expression") && (!in_fn || !in_fn->is_async)) {
        if (in_fn)
            diag_error(s, ts_node_start_byte(n), "'await' in generator '%s', which is not async: declare it 'async ac_gen(T)'", in_fn->name);
        else
            diag_error(s, ts_node_start_byte(n), "'await' outside an async function");
    } else if (!strcmp(t, "yield_expression") && (!in_fn || !in_fn->is_gen)) {
        diag_error(s, ts_node_start_byte(n), "'yield' outside a generator");
    } else if (!strcmp(t, "yield_expression") && in_fn->is_async && ts_node_child_count(n) > 2 &&
               !strcmp(ts_node_type(ts_node_child(n, 1)), "from")) {
        diag_error(s, ts_node_start_byte(n), "'yield from' in an async generator: iterate with 'for await' and yield each value");
    } else if (!strcmp(t, "for_range_statement") && !strcmp(ts_node_type(ts_node_child(n, 1)), "await") &&
               (!in_fn || !in_fn->is_async)) {
        diag_error(s, ts_node_start_byte(n), "'for await' outside an async function");
    } else if (!strcmp(t, "expression_statement")) {
        TSNode e = ts_node_named_child_count(n) ? ts_node_named_child(n, 0) : (TSNode){0};
        TSNode core = strip_parens(e);
        if (node_is(core, "cast_expression")) core = strip_parens(node_field(core, "value"));
        if (node_is(core, "call_expression")) {
            char *name = call_name(s, core);
            AsyncFn *f = name ? prog_find_fn(p, name) : NULL;
            if (f) diag_error(s, ts_node_start_byte(core), "coroutine '%s' is never awaited", name);
            free(name);
        }
    } else if (!strcmp(t, "call_expression") && in_fn) {
        char *name = call_name(s, n);
        if (name && (!strcmp(name, "sleep") || !strcmp(name, "usleep") || !strcmp(name, "nanosleep")))
            diag_warning(s, ts_node_start_byte(n),
                         "'%s' blocks the event loop in async function '%s'; use 'await ac_sleep(seconds)'",
                         name, in_fn->name);
        free(name);
    }
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) check_tree(p, ts_node_child(n, i), in_fn);
}

/* Plain C functions are copied as written, except for three rewrites:
 *  - a statement that makes temporary handles keeps them in locals and
 *    releases them after it;
 *  - `for (T v : gen())` becomes a loop over ac_next that closes and releases
 *    the generator on every way out (falling off, break, return, goto);
 *  - (await, yield, for await are errors there, reported by check_tree). */
typedef struct Plain {
    Fn F;
    char *ret_type;   /* the function's result type, for returns inside ranges */
    Vec ranges;       /* char *: generator handles of the enclosing range loops */
    TSNode range_bodies[64];
    bool range_owned[64];
    int nranges_body;
    int nrange;
} Plain;

static void plain_render(Plain *P, TSNode n, Buf *out);

static void plain_children(Plain *P, TSNode n, Buf *out) {
    const Source *s = P->F.s;
    uint32_t pos = ts_node_start_byte(n);
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        uint32_t cs = ts_node_start_byte(c);
        if (cs > pos) buf_put(out, s->text + pos, cs - pos);
        plain_render(P, c, out);
        pos = ts_node_end_byte(c);
    }
    uint32_t end = ts_node_end_byte(n);
    if (end > pos) buf_put(out, s->text + pos, end - pos);
}

/* Closes and releases the generators of the range loops a jump leaves,
 * innermost first; `keep` is how many outer ones it stays inside. */
static void plain_close_ranges(Plain *P, Buf *out, int keep) {
    for (int i = P->ranges.len - 1; i >= keep; i--) {
        buf_printf(out, "ac_close(%s); ", (char *)P->ranges.items[i]);
        if (i >= 64 || P->range_owned[i]) buf_printf(out, "ac_release(%s); ", (char *)P->ranges.items[i]);
    }
}

static void plain_statement(Plain *P, TSNode n, Buf *out) {
    Fn *F = &P->F;
    const char *t = ts_node_type(n);
    int base = F->stmt_handles.len;
    Buf text = {0};
    buf_puts(&text, "");
    emit_children(F, n, &text);
    bool is_return = !strcmp(t, "return_statement");
    bool handles = F->stmt_handles.len > base;
    if (!handles && !(is_return && P->ranges.len)) {
        buf_puts(out, text.data);
        buf_free(&text);
        return;
    }
    if (is_return && handles)
        diag_error(F->s, ts_node_start_byte(n),
                   "a handle made in a return statement of a plain function is never released; store it in a variable first");
    bool brace = strcmp(t, "declaration") != 0;
    if (brace) buf_puts(out, "{ ");
    for (int i = base; i < F->stmt_handles.len; i++)
        buf_printf(out, "ac_task *%s = NULL; ", (char *)F->stmt_handles.items[i]);
    if (is_return && P->ranges.len) {
        TSNode value = ts_node_named_child_count(n) ? ts_node_named_child(n, 0) : (TSNode){0};
        if (!ts_node_is_null(value) && !node_is(value, "comment")) {
            char *v = expr_text(F, value);
            buf_printf(out, "%s ac__result = (%s); ", P->ret_type, v);
            free(v);
            plain_close_ranges(P, out, 0);
            buf_puts(out, "return ac__result;");
        } else {
            plain_close_ranges(P, out, 0);
            buf_puts(out, "return;");
        }
    } else {
        buf_puts(out, text.data);
    }
    for (int i = base; i < F->stmt_handles.len; i++)
        buf_printf(out, " ac_release(%s);", (char *)F->stmt_handles.items[i]);
    if (brace) buf_puts(out, " }");
    for (int i = base; i < F->stmt_handles.len; i++) free(F->stmt_handles.items[i]);
    F->stmt_handles.len = base;
    buf_free(&text);
}

static void plain_range(Plain *P, TSNode n, Buf *out) {
    Fn *F = &P->F;
    const Source *s = F->s;
    TSNode decl = node_field(n, "declarator"), right = node_field(n, "right"), body = node_field(n, "body");
    int id = ++P->nrange;
    char *g = xprintf("ac__gen%d", id);
    char *spec = specifiers_text(s, n);
    char *d = node_text(s, decl);
    char *name = declarator_name(s, decl);
    Buf r = {0};
    buf_puts(&r, "");
    emit_expr(F, right, &r);
    AsyncFn *made;
    bool own = makes_handle(F, strip_parens(right), &made); /* else borrowed: closed, not released */
    AsyncFn *fast = own ? range_fast_generator(F, n, right) : NULL;
    if (fast) {
        buf_printf(out,
                   "{ ac_gen *%s = %s; %s %s; int ac__rc%d = AC__DONE; "
                   "if (%s) { %s__frame *ac__gf%d = ac__frame(%s); ac__gen_started(%s); for (;;) { ",
                   g, r.data, spec, d, id, g, fast->name, id, g, g);
        /* the value a yield receives on ac_next is a zero T; ac__mode stays 0 */
        if (fast->sent_used)
            buf_printf(out, "memset(&ac__gf%d->ac__value, 0, sizeof ac__gf%d->ac__value); ", id, id);
        buf_printf(out, "if ((ac__rc%d = %s__resume(ac__gf%d, %s)) != AC__YIELD) break; %s = ac__gf%d->ac__value; { ",
                   id, fast->name, id, g, name ? name : "ac__unnamed", id);
    } else {
        buf_printf(out, "{ ac_gen *%s = %s; %s %s; while (ac_next(%s, &%s)) { ", g, r.data, spec, d, g,
                   name ? name : "ac__unnamed");
    }
    buf_free(&r);
    vec_push(&P->ranges, g);
    if (P->nranges_body < 64) {
        P->range_bodies[P->nranges_body] = body;
        P->range_owned[P->nranges_body++] = own;
    }
    plain_render(P, body, out);
    P->nranges_body--;
    P->ranges.len--;
    if (fast) buf_printf(out, " } } ac__gen_finished(%s, ac__rc%d); } ac_close(%s); ac_release(%s); }", g, id, g, g);
    else if (own) buf_printf(out, " } ac_close(%s); ac_release(%s); }", g, g);
    else buf_printf(out, " } ac_close(%s); }", g);
    free(g);
    free(spec);
    free(d);
    free(name);
}

static void plain_render(Plain *P, TSNode n, Buf *out) {
    const Source *s = P->F.s;
    const char *t = ts_node_type(n);
    if (!strcmp(t, "for_range_statement")) {
        plain_range(P, n, out);
    } else if (!strcmp(t, "expression_statement") || !strcmp(t, "declaration") ||
               !strcmp(t, "return_statement")) {
        plain_statement(P, n, out);
    } else if (!strcmp(t, "goto_statement") && P->ranges.len) {
        /* leaving range loops by goto closes their generators */
        char *label = node_text(s, node_field(n, "label"));
        int keep = P->ranges.len;
        while (keep > 0 && !defines_label(s, P->range_bodies[keep - 1], label)) keep--;
        free(label);
        char *x = node_text(s, n);
        if (keep < P->ranges.len) {
            buf_puts(out, "{ ");
            plain_close_ranges(P, out, keep);
            buf_printf(out, "%s }", x);
        } else {
            buf_puts(out, x);
        }
        free(x);
    } else if (ts_node_child_count(n) == 0) {
        buf_put(out, s->text + ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
    } else {
        plain_children(P, n, out);
    }
}

/* The result type of plain function definition def, as text. */
static char *plain_result_type(const Source *s, TSNode def) {
    TSNode decl = node_field(def, "declarator");
    TSNode fd = declarator_function(decl);
    if (ts_node_is_null(fd)) return xstrdup("int");
    char *spec = specifiers_text(s, def);
    char *abs = declarator_replace(s, decl, fd, "");
    char *r = xprintf("%s %s", spec, abs);
    free(spec);
    free(abs);
    return r;
}

/* An edit replacing plain function body (or top-level declaration) n when
 * anything in it needs rewriting. */
void plain_edits(Program *p, TSNode n, TSNode def, Edits *edits, const Options *opt) {
    Plain P = {0};
    P.F.p = p;
    P.F.s = p->unit->src;
    P.F.opt = opt;
    P.ret_type = ts_node_is_null(def) ? xstrdup("int") : plain_result_type(P.F.s, def);
    Buf out = {0};
    buf_puts(&out, "");
    plain_render(&P, n, &out);
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    if (out.len != b - a || memcmp(out.data, P.F.s->text + a, out.len) != 0) {
        /* keep the line count, so #line stays right after the edit */
        int lines_before = 0, lines_after = 0;
        for (uint32_t i = a; i < b; i++) lines_before += P.F.s->text[i] == '\n';
        for (size_t i = 0; i < out.len; i++) lines_after += out.data[i] == '\n';
        for (int i = lines_after; i < lines_before; i++) buf_puts(&out, "\n");
        add_edit(edits, a, b, out.data);
    } else {
        buf_free(&out);
    }
    free(P.ret_type);
    vec_free(&P.ranges);
    clear_subst(&P.F);
    free(P.F.subst);
    vec_free(&P.F.stmt_handles);
}

