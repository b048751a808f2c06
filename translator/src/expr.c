/* expr.c: queries on expressions and their text with substitutions (frame
 * members for locals, handle temporaries for calls that make handles). */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* Queries on expressions                                                     */
/* ------------------------------------------------------------------------- */

/* Operands C never evaluates: the operand of sizeof when it is an expression
 * (C11 6.5.3.4p2: only a variable length array type is evaluated, and that is a
 * type name, whose array sizes are evaluated like any expression), the
 * controlling expression of _Generic (6.5.1.1p3), the operand of _Alignof and
 * of typeof (C23 6.7.2.5p4: evaluated only for a variably modified type). */
bool is_unevaluated_operand(TSNode parent, TSNode child) {
    int t = node_type_id(parent); /* asked of every node (nodes.c's await index) */
    if (t == TYPE_ID("sizeof_expression")) return ts_node_eq(node_field(parent, "value"), child);
    if (t == TYPE_ID("alignof_expression") || t == TYPE_ID("typeof_specifier")) return true;
    if (t == TYPE_ID("generic_expression")) {
        uint32_t nc = ts_node_named_child_count(parent);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode c = ts_node_named_child(parent, i);
            if (!node_is(c, "comment")) return ts_node_eq(c, child);
        }
    }
    return false;
}

/* Is n inside an operand C never evaluates? */
bool in_unevaluated(TSNode n) {
    for (TSNode p = ts_node_parent(n); !ts_node_is_null(p); n = p, p = ts_node_parent(p)) {
        if (is_unevaluated_operand(p, n)) return true;
        if (node_is(p, "compound_statement") || node_is(p, "expression_statement")) return false;
    }
    return false;
}

static bool is_suspension(TSNode n) {
    return node_is(n, "await_expression") || node_is(n, "yield_expression");
}

/* Does evaluating n run an await or a yield? How many? Awaits in operands C
 * never evaluates do not count: they never run. Both are asked of every
 * statement and operand: an index answers them (nodes.c), where a walk of the
 * subtree each time made nesting quadratic. */
bool has_await(TSNode n) { return node_await_count(n) > 0; }

int count_awaits(TSNode n) { return node_await_count(n); }

TSNode strip_parens(TSNode n) {
    while (node_is(n, "parenthesized_expression") && ts_node_named_child_count(n) == 1)
        n = ts_node_named_child(n, 0);
    return n;
}

/* Does a local of the function (a frame local, or a C-level static or
 * typedef, which has no frame member) declare the name of identifier id? */
static bool declared_locally(Fn *F, TSNode id) { return scope_binding(F, F->s, id) != NULL; }

/* The async function a call expression calls by name, or NULL. */
AsyncFn *called_async(Fn *F, TSNode call) {
    if (!node_is(call, "call_expression")) return NULL;
    TSNode fn = node_field(call, "function");
    if (!node_is(fn, "identifier")) return NULL;
    if (F->in_async && declared_locally(F, fn)) return NULL; /* a local shadows it */
    char *name = node_text(F->s, fn);
    AsyncFn *f = prog_find_fn(F->p, name);
    free(name);
    return f;
}

char *call_name(const Source *s, TSNode call) {
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
bool makes_handle(Fn *F, TSNode n, AsyncFn **coro) {
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
    if (F->in_async && declared_locally(F, node_field(n, "function"))) {
        free(name); /* a local named like a runtime function */
        return false;
    }
    RtRole r = runtime_call_role(name);
    free(name);
    return r == RT_PRODUCER || r == RT_PASS_THROUGH;
}

/* ------------------------------------------------------------------------- */
/* Expressions: text with substitutions                                       */
/* ------------------------------------------------------------------------- */

/* C11 6.4.2.2: __func__ in a function body is `static const char __func__[] =
 * "name";`. In an async function it must name the function as written, not
 * its resume function, also where a macro of a header uses it (assert,
 * logging): around the generated definition, __func__ and GNU C's
 * __FUNCTION__ and __PRETTY_FUNCTION__ (the same in C) are defined to a
 * static array with the name. */
void func_name_begin(Buf *d, const char *name) {
    buf_printf(d, "static AC__UNUSED const char %s__func[] = \"%s\";\n", name, name);
    buf_printf(d, "#define __func__ %s__func\n#define __FUNCTION__ %s__func\n#define __PRETTY_FUNCTION__ %s__func\n",
               name, name, name);
}

void func_name_end(Buf *d) {
    buf_puts(d, "#undef __func__\n#undef __FUNCTION__\n#undef __PRETTY_FUNCTION__\n");
}

void emit_children(Fn *F, TSNode n, Buf *out) {
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

void emit_expr(Fn *F, TSNode n, Buf *out) {
    const char *sub = get_subst(F, n);
    if (sub) {
        buf_puts(out, sub);
        return;
    }
    uint32_t nc = ts_node_child_count(n); /* (asked twice below: once) */
    if (F->in_async && nc == 0) {
        const char *r = rename_of(F, n); /* a hoisted local type's name (hoist.c) */
        if (r) {
            buf_puts(out, r);
            return;
        }
    }
    if (node_is(n, "identifier") && F->in_async) {
        const char *m = scope_lookup(F, F->s, n);
        if (m) {
            buf_puts(out, "ac__f->"); /* (appends, not buf_printf: every use of a local) */
            buf_puts(out, m);
            return;
        }
        check_macro_use(F, n);
    }
    if (F->in_async && node_is(n, "compound_literal_expression")) {
        emit_compound_literal(F, n, out); /* literal.c: its storage is the frame's */
        return;
    }
    AsyncFn *coro;
    if (makes_handle(F, n, &coro) && !in_unevaluated(n)) {
        Buf inner = {0};
        emit_children(F, n, &inner);
        char *made = coro ? xprintf("ac__origin((%s), __FILE__, __LINE__)", inner.data) /* AC__AT expanded: no compiler note about the macro (diag) */ : xstrdup(inner.data);
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
    if (nc == 0) {
        buf_put(out, F->s->text + ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
        return;
    }
    if (F->in_async && is_suspension(n) && in_unevaluated(n)) {
        /* not hoisted: in an operand C never evaluates (sizeof, _Generic) */
        char *t = unevaluated_value(F, n);
        buf_puts(out, t);
        free(t);
        return;
    }
    emit_children(F, n, out);
}

char *expr_text(Fn *F, TSNode n) {
    Buf b = {0};
    emit_expr(F, n, &b);
    if (!b.data) buf_puts(&b, "");
    return b.data;
}

