/* await.c: awaits and yields hoisted out of expressions in C evaluation order:
 * suspension points, direct awaits (embedded frames), handles, yield, yield from. */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* Awaits                                                                     */
/* ------------------------------------------------------------------------- */


/* Where an error goes from here: the catch of the innermost try whose body we
 * are in, else the finally of the innermost try whose body or catch we are in
 * (it re-raises afterwards), else out of the function. */
void emit_error_route(Fn *F, Try *from) {
    for (Try *T = from; T; T = T->up) {
        if (T->where == IN_BODY && T->has_catch) {
            T->catch_used = true;
            outf(F, "goto ac__catch_%d;", T->id);
            return;
        }
        if (T->where != IN_FINALLY && T->has_finally) {
            /* the finally handles the error (runtime: ac__catch), which
             * replaces the catch's when it comes from the catch */
            outf(F, "ac__f->ac__err_%d = ac__catch(ac__task, &ac__f->ac__err_%d);", T->id, T->id);
            outf(F, "ac__f->ac__why_%d = AC__WHY_ERROR;", T->id);
            T->finally_used = true;
            outf(F, "goto ac__finally_%d;", T->id);
            return;
        }
        /* leaving a catch or finally block: its error is no longer handled */
        if (T->where != IN_BODY) outf(F, "ac__handled(ac__task, &ac__f->ac__err_%d);", T->id);
    }
    if (error_leaves_untraced(F)) {
        outf(F, "return AC__FAIL;");
        return;
    }
    outf(F, "return ac__unwind(ac__task, &%s__desc, %d);", F->af->name, F->line);
}

/* --libac: an error leaves the runtime's composites without a line of their
 * own in the traceback, as it left the hand-written operations they replace
 * (the user's await of the runtime call is the innermost line; ac_dump shows
 * them so too, AC__DESC_LIBAC). Their ways out then need neither the task nor
 * a call after the one that failed: an await's is `return ac__rc`, a throw's
 * `return ac__raise(...)`, both tail calls, and the fast paths of the queue
 * and lock waits keep no register and no stack frame (bench/hot.sh). */
bool error_leaves_untraced(const Fn *F) {
    /* (a sync generator runs as a task of its own, not in the loop's current
     * one: ac__raise_here would miss it) */
    return F->opt->libac && F->af != NULL && (!F->af->is_gen || F->af->is_async);
}

/* Can an error here leave the function by a tail call (--libac)? Untraced,
 * in no try's catch or finally block and in the body of none with a catch or
 * a finally, and the statement made no handle temporaries to release. */
bool error_leaves_by_tail_call(const Fn *F) {
    if (!error_leaves_untraced(F) || F->stmt_handles.len) return false;
    for (const Try *T = F->try_; T; T = T->up)
        if (T->where != IN_BODY || T->has_catch || T->has_finally) return false;
    return true;
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
void record_point(Fn *F, AsyncFn *callee, const char *member, const char *what) {
    if (callee && callee->kind != FN_RUNTIME)
        buf_printf(&F->points, "    {%d, offsetof(%s__frame, ac__sub.%s), &%s__desc, \"%s\"},\n", F->line,
                   F->af->name, member, callee->name, callee->name);
    else
        buf_printf(&F->points, "    {%d, 0, NULL, \"%s\"},\n", F->line, what);
}

/* The suspension point of an await of the frame at ac__sub.<member> (of
 * `callee`, or a runtime leaf): state k, its resume label, the call. */
void emit_suspend_point(Fn *F, AsyncFn *callee, const char *member, const char *resume) {
    int k = ++F->nstates;
    record_point(F, callee, member, strcmp(member, "ac__wait") ? member : "await");
    F->uses_rc = true;
    outf(F, "ac__f->ac__state = %d;", k);
    buf_printf(&F->body, "ac__resume_%d:\n", k);
    outf(F, "if ((ac__rc = %s(&ac__f->ac__sub.%s, ac__task)) != AC__DONE) {", resume, member);
    if (error_leaves_by_tail_call(F)) {
        /* AC__SUSPEND, or AC__FAIL with the task's error set */
        outf(F, "    return ac__rc;");
        outf(F, "}");
        return;
    }
    outf(F, "    if (ac__rc == AC__SUSPEND) return AC__SUSPEND;");
    emit_fail(F);
    outf(F, "}");
}

/* handle is one argument: `await (n++, h)` awaits h (the parentheses are kept). */
static void emit_wait_handle(Fn *F, const char *handle) {
    add_sub(F, "ac__wait__frame", "ac__wait");
    outf(F, "ac__wait__init(&ac__f->ac__sub.ac__wait, (%s));", handle);
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
        /* check.c: the arguments in a call named like g (the diag engineer's hook) */
        char *init = xprintf("%s__init", g->name);
        char *named = named_init_call(F, g, call, at, frame, init);
        if (named) outf(F, "%s", named);
        else outf(F, "%s(%s%s%s);", init, frame, *at ? ", " : "", at);
        free(named);
        free(init);
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
        char *fits = xprintf("%s__desc.frame_size <= sizeof ac__f->ac__sub.ac__ext && %s__desc.frame_align <= _Alignof(max_align_t)",
                              g->name, g->name);
        /* check.c: the arguments once, in a call named like g (the diag
         * engineer's hook): the frame is allocated first when it does not
         * fit, then built where it is (not at all if the allocation failed:
         * the await of the NULL handle raises it) */
        char *start = xprintf("%s__start", g->name);
        char *where = xprintf("%s ? (void *)ac__f->ac__sub.ac__ext : (%s = ac__origin((ac__coro_new(&%s__desc)), __FILE__, __LINE__)) ? ac__frame(%s) : NULL",
                              fits, h, g->name, h);
        char *named = named_init_call(F, g, call, at, where, start);
        if (named) outf(F, "%s", named);
        outf(F, "if (%s) {", fits);
        F->indent++;
        if (!named) outf(F, "%s(ac__f->ac__sub.ac__ext%s%s);", start, *at ? ", " : "", at);
        emit_suspend_point(F, g, "ac__ext", resume);
        if (t)
            outf(F, "%s = *(%s *)(ac__f->ac__sub.ac__ext + %s__desc.ret_offset);", t, g->ret_type, g->name);
        F->indent--;
        outf(F, "} else {");
        F->indent++;
        if (!named) outf(F, "%s = ac__origin((%s(%s)), __FILE__, __LINE__);", h, g->name, at);
        emit_wait_handle(F, h);
        if (t) outf(F, "%s = ac_result(%s, %s);", t, h, g->ret_type);
        F->indent--;
        outf(F, "}");
        free(named);
        free(where);
        free(start);
        free(fits);
        free(resume);
        free(at);
        return t; /* already a temporary: later awaits cannot clobber it */
    } else {
        char *h = new_handle(F);
        outf(F, "%s = ac__origin((%s(%s)), __FILE__, __LINE__);", h, g->name, at);
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

/* The async function `await f(...)` calls directly, or NULL (an await of a
 * handle). A generator is an error: it is iterated, not awaited. */
static AsyncFn *awaited_fn(Fn *F, TSNode n, bool *is_gen) {
    AsyncFn *g = called_async(F, strip_parens(node_field(n, "argument")));
    *is_gen = g && g->is_gen;
    if (*is_gen)
        diag_error(F->s, ts_node_start_byte(n), "generator '%s' is iterated, not awaited: use 'for%s (T v : %s(...))'",
                   g->name, g->is_async ? " await" : "", g->name);
    return g;
}

/* The expression an await, parentheses left out, is the operand of. */
static TSNode await_parent(TSNode n) {
    TSNode up = ts_node_parent(n);
    while (node_is(up, "parenthesized_expression")) up = ts_node_parent(up);
    return up;
}

/* An await or a yield in an operand C never evaluates (sizeof, _Generic's
 * controlling expression) is not run either: it stands for an expression of
 * its type that is never evaluated, `*(R (*))N` for a callee's result type R
 * (spelled from R's declaration, so that R may be a pointer to a function). */
char *unevaluated_value(Fn *F, TSNode n) {
    if (node_is(n, "yield_expression")) /* its value is what was sent: ac__value's type */
        return xstrdup(F->af->is_gen ? "ac__f->ac__value" : "0");
    bool is_gen;
    AsyncFn *g = awaited_fn(F, n, &is_gen);
    if (is_gen) return xstrdup("0");
    if (g) {
        if (!g->ret_member) return xstrdup("((void)0)");
        const char *at = strstr(g->ret_member, "ac__ret");
        /* a distinct address per await (100000 + its offset; locals use small
         * ones), so that `await f() != await f()` is no self-comparison to gcc */
        return xprintf("(*(%.*s(*)%s)%u)", (int)(at - g->ret_member), g->ret_member, at + strlen("ac__ret"),
                       100000u + ts_node_start_byte(n));
    }
    /* await h has no type of its own; (T) await h is a T */
    return xstrdup(node_is(await_parent(n), "cast_expression") ? "0" : "((void)0)");
}

/* The text of type descriptor td (a type name, C11 6.7.7) with `name` where
 * its abstract declarator leaves the identifier out: `int (*)(void)` with
 * `x` is `int (*x)(void)`, `char *` is `char *x`, `int` is `int x`. */
static char *type_with_name(const Source *s, TSNode td, const char *name) {
    TSNode d = node_field(td, "declarator");
    uint32_t at = ts_node_end_byte(td);
    while (!ts_node_is_null(d)) {
        TSNode inner = node_is(d, "abstract_parenthesized_declarator") ? ts_node_named_child(d, 0)
                                                                        : node_field(d, "declarator");
        if (ts_node_is_null(inner) || node_is(inner, "comment")) {
            /* the name follows a pointer's `*` and qualifiers, else it comes
             * before the () or [] of a function or array declarator */
            at = node_is(d, "abstract_pointer_declarator") ? ts_node_end_byte(d) : ts_node_start_byte(d);
            break;
        }
        d = inner;
    }
    uint32_t a = ts_node_start_byte(td), b = ts_node_end_byte(td);
    return xprintf("%.*s %s%.*s", (int)(at - a), s->text + a, name, (int)(b - at), s->text + at);
}

static void lower_await(Fn *F, TSNode n) {
    F->awaits_left--;
    TSNode arg = strip_parens(node_field(n, "argument"));
    bool is_gen;
    AsyncFn *g = awaited_fn(F, n, &is_gen);
    if (is_gen) {
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
    /* check.c: a handle acc cannot type is checked by the C compiler, with a
     * message in the program's terms at this line (the diag engineer's hook) */
    h = handle_check_emit(F, arg, h, "await");
    emit_wait_handle(F, h);
    free(h);
    /* (T) await h reads h's result as T. */
    TSNode up = await_parent(n);
    if (node_is(up, "cast_expression")) {
        TSNode type = node_field(up, "type");
        char *t = node_text(F->s, type);
        if (strcmp(t, "void")) {
            /* ac_result(h, T) spelled with T's declarator, which may be
             * `int (*)(void)`: a `*` or a name goes inside it */
            char *ptr = type_with_name(F->s, type, "(*)");
            char *r = xprintf("(*(%s)ac__result(ac__f->ac__sub.ac__wait.h, sizeof(%s)))", ptr, t);
            free(ptr);
            if (F->awaits_left > 0) {
                char *member = type_with_name(F->s, type, "ac__ret");
                char *tmp = new_temp(F, NULL, member);
                free(member);
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
            outf(F, "ac__f->ac__value = (%s);", v);
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
    } else {
        hoist(F, arg);
        char *g = expr_text(F, arg);
        /* yield from sub(...) owns the generator it makes; yield from a stored
         * generator only borrows it */
        AsyncFn *made;
        bool own = makes_handle(F, strip_parens(arg), &made);
        char *h = own ? new_handle(F) : new_temp(F, "ac_gen *", NULL);
        F->uses_rc = true;
        outf(F, "%s = (%s);", h, g);
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

/* Is the value of expression n thrown away (an expression statement, a for
 * loop's increment, the left operand of a comma)? */
static bool value_discarded(TSNode n) {
    TSNode up = ts_node_parent(n);
    while (node_is(up, "parenthesized_expression")) {
        n = up;
        up = ts_node_parent(up);
    }
    if (node_is(up, "expression_statement")) return true;
    if (node_is(up, "for_statement")) return ts_node_eq(node_field(up, "update"), n);
    if (node_is(up, "comma_expression")) return ts_node_eq(node_field(up, "left"), n);
    return false;
}

/* Is n, parentheses and a cast to void left out, an await or a yield (whose
 * value, once hoisted, is a plain read)? */
static bool is_lone_suspension(Fn *F, TSNode n) {
    n = strip_parens(n);
    if (node_is(n, "cast_expression") && node_text_eq(F->s, node_field(n, "type"), "void"))
        n = strip_parens(node_field(n, "value"));
    return node_is(n, "await_expression") || node_is(n, "yield_expression");
}

/* a && b, a || b: b runs only when C would evaluate it; the value is 0 or 1. */
static void hoist_logical(Fn *F, TSNode n, bool or_) {
    TSNode right = node_field(n, "right");
    hoist(F, node_field(n, "left"));
    char *left = expr_text(F, node_field(n, "left"));
    char *t = new_temp(F, "int", NULL);
    outf(F, "%s = (%s) != 0;", t, left);
    outf(F, "if (%s%s) {", or_ ? "!" : "", t);
    F->indent++;
    hoist(F, right);
    char *r = expr_text(F, right);
    outf(F, "%s = (%s) != 0;", t, r);
    F->indent--;
    outf(F, "}");
    free(left);
    free(r);
    set_subst(F, n, t);
}

/* Storage for the value of any scalar (the first operand of GNU `a ?: b`):
 * the frame cannot spell the operand's type, the resume function can. */
#define SCALAR_SLOT "union { long double _Complex c; long double d; void *p; void (*f)(void); long long l; }"

/* GNU `c ?: b` is `c ? c : b` with c evaluated once: c's value (not just its
 * truth) is kept in a slot, copied in and out as c's own type promoted
 * (`0 ? c : c`, as the ?: promotes it anyway; typeof evaluates nothing).
 * Returns the int temporary holding c's truth; *value is what reads c back. */
static char *keep_gnu_condition(Fn *F, const char *c, char **value) {
    char *t = new_temp(F, "int", NULL);
    char *slot = new_temp(F, SCALAR_SLOT, NULL);
    char *type = xprintf("__typeof__(0 ? (%s) : (%s))", c, c);
    int k = F->ntemps;
    outf(F, "{ %s ac__v%d = (%s); memcpy(&%s, &ac__v%d, sizeof ac__v%d); %s = ac__v%d != 0; }", type, k, c, slot, k,
         k, t, k);
    *value = xprintf("({ %s ac__v%d; memcpy(&ac__v%d, &%s, sizeof ac__v%d); ac__v%d; })", type, k, k, slot, k, k);
    free(type);
    free(slot);
    return t;
}

/* c ? a : b with awaits in a or b: c is evaluated once, into a temporary, and
 * the awaits of a (of b) run only when c is true (false). The residual keeps
 * the `?:`, so its type is C's: the usual arithmetic conversions, pointer and
 * struct results. */
static void hoist_conditional(Fn *F, TSNode n) {
    TSNode cond = node_field(n, "condition"), cons = node_field(n, "consequence"),
           alt = node_field(n, "alternative");
    hoist(F, cond);
    bool gnu = ts_node_is_null(cons);
    if ((gnu || !has_await(cons)) && !has_await(alt)) return;
    char *c = expr_text(F, cond);
    char *t;
    if (gnu) {
        char *value;
        t = keep_gnu_condition(F, c, &value);
        set_subst(F, cond, value);
    } else {
        t = new_temp(F, "int", NULL);
        outf(F, "%s = (%s) != 0;", t, c);
        set_subst(F, cond, xstrdup(t));
    }
    free(c);
    if (!gnu && has_await(cons)) {
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

/* a, b: a is evaluated (for its side effects) before b. */
static void hoist_comma(Fn *F, TSNode n) {
    TSNode left = node_field(n, "left"), right = node_field(n, "right");
    hoist(F, left);
    char *l = expr_text(F, left);
    if (!is_lone_suspension(F, left)) outf(F, "(void)(%s);", l);
    free(l);
    hoist(F, right);
    char *r = expr_text(F, right);
    /* `i++, await f()` as a for increment: its value is not a statement's;
     * else the comma stays, its left operand done (the compiler sees the
     * expression's shape as written: `x < (await f(), x)` is no self-comparison) */
    set_subst(F, n, value_discarded(n) ? xprintf("((void)(%s))", r) : xprintf("((void)0, %s)", r));
    free(r);
}

/* _Generic(c, T1: a, default: b): C evaluates only the association the type
 * of c selects (6.5.1.1p3), and never c. When an association awaits, the
 * same _Generic with the associations' numbers picks it at run time, and the
 * awaits of association k run only when it is picked. */
static void hoist_generic(Fn *F, TSNode n) {
    Buf sel = {0};
    uint32_t pos = ts_node_start_byte(n), nc = ts_node_child_count(n);
    bool seen_control = false;
    int k = 0;
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        if (ts_node_start_byte(c) > pos) buf_put(&sel, F->s->text + pos, ts_node_start_byte(c) - pos);
        bool assoc = ts_node_is_named(c) && !node_is(c, "comment") && !node_is(c, "type_descriptor");
        if (assoc && seen_control) buf_printf(&sel, "%d", k++);
        else emit_expr(F, c, &sel);
        seen_control |= assoc;
        pos = ts_node_end_byte(c);
    }
    char *t = new_temp(F, "int", NULL);
    outf(F, "%s = %s;", t, sel.data);
    buf_free(&sel);
    seen_control = false;
    k = 0;
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        if (!ts_node_is_named(c) || node_is(c, "comment") || node_is(c, "type_descriptor")) continue;
        if (!seen_control) {
            seen_control = true;
            continue;
        }
        if (has_await(c)) {
            outf(F, "if (%s == %d) {", t, k);
            F->indent++;
            hoist(F, c);
            F->indent--;
            outf(F, "}");
        }
        k++;
    }
    free(t);
}

/* Emits, before the statement, everything the awaits inside n need, in C's
 * evaluation order, and records what replaces each await in the residual.
 * Operands C never evaluates are left alone (see unevaluated_value). */
void hoist(Fn *F, TSNode n) {
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
        if ((and_ || or_) && has_await(node_field(n, "right"))) {
            hoist_logical(F, n, or_);
            return;
        }
    }
    if (node_is(n, "conditional_expression")) {
        hoist_conditional(F, n);
        return;
    }
    if (node_is(n, "comma_expression")) {
        hoist_comma(F, n);
        return;
    }
    if (node_is(n, "generic_expression")) {
        hoist_generic(F, n);
        return;
    }
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        if (!is_unevaluated_operand(n, c)) hoist(F, c);
    }
}
