/* plain.c: plain C functions (handle temporaries, range loops). The checks
 * that apply to the whole unit are in check.c. */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* Plain C functions: handle temporaries and dropped coroutine objects         */
/* ------------------------------------------------------------------------- */

void add_edit(Edits *e, uint32_t start, uint32_t end, char *text) {
    if (e->len == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 16;
        e->items = xrealloc(e->items, (size_t)e->cap * sizeof *e->items);
    }
    e->items[e->len++] = (Edit){start, end, text, NULL, NULL};
}

void add_edit3(Edits *e, uint32_t start, uint32_t end, char *text, const char *body, char *tail) {
    add_edit(e, start, end, text);
    e->items[e->len - 1].body = body;
    e->items[e->len - 1].tail = tail;
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
    struct RangeLoop { /* the enclosing range loops (as deep as the input nests them) */
        TSNode body;
        bool owned;   /* the loop made its generator: it releases it */
    } *range_loops;   /* ranges.len of them, innermost last */
    int range_cap;
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
        if (P->range_loops[i].owned) buf_printf(out, "ac_release(%s); ", (char *)P->ranges.items[i]);
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
    /* check.c: a generator acc cannot type is checked by the C compiler */
    char *why = handle_check_message(F->p, s, right, "for");
    if (why) {
        char *checked = handle_checked(r.data, why);
        buf_free(&r);
        buf_puts(&r, checked);
        free(checked);
        free(why);
    }
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
    if (P->ranges.len > P->range_cap) {
        P->range_cap = P->ranges.len * 2;
        P->range_loops = xrealloc(P->range_loops, (size_t)P->range_cap * sizeof *P->range_loops);
    }
    P->range_loops[P->ranges.len - 1] = (struct RangeLoop){body, own};
    plain_render(P, body, out);
    P->ranges.len--;
    if (fast) buf_printf(out, " } } ac__gen_finished(%s, ac__rc%d); } ac_close(%s); ac_release(%s); }", g, id, g, g);
    else if (own) buf_printf(out, " } ac_close(%s); ac_release(%s); }", g, g);
    else buf_printf(out, " } ac_close(%s); }", g);
    free(g);
    free(spec);
    free(d);
    free(name);
}

/* Does the condition of if/while/do/switch statement n make a handle (a task
 * of ac_spawn, a coroutine object)? Its handle would never be released: the
 * statement forms of plain functions release theirs after the statement, and
 * a condition cannot (a loop evaluates it again), so it is a located error,
 * as for a return statement (finding 502). */
static void check_condition_handles(Plain *P, TSNode n) {
    Fn *F = &P->F;
    TSNode cond = node_field(n, "condition");
    if (ts_node_is_null(cond)) return;
    int base = F->stmt_handles.len;
    Buf scratch = {0};
    buf_puts(&scratch, "");
    emit_children(F, cond, &scratch);
    if (F->stmt_handles.len > base) {
        const char *kw = ts_node_type(n);
        int len = (int)(strchr(kw, '_') - kw);
        diag_error(F->s, ts_node_start_byte(cond),
                   "a handle made in the condition of '%.*s' in a plain function is never released; "
                   "store it in a variable first", len, kw);
    }
    for (int i = base; i < F->stmt_handles.len; i++) free(F->stmt_handles.items[i]);
    F->stmt_handles.len = base;
    buf_free(&scratch);
}

static void plain_render(Plain *P, TSNode n, Buf *out) {
    const Source *s = P->F.s;
    int t = node_type_id(n); /* (numbers, not names: every node comes here) */
    if (t == TYPE_ID("if_statement") || t == TYPE_ID("while_statement") || t == TYPE_ID("do_statement") ||
        t == TYPE_ID("switch_statement"))
        check_condition_handles(P, n);
    if (t == TYPE_ID("for_range_statement")) {
        plain_range(P, n, out);
    } else if (t == TYPE_ID("expression_statement") || t == TYPE_ID("declaration") ||
               t == TYPE_ID("return_statement")) {
        plain_statement(P, n, out);
    } else if (t == TYPE_ID("goto_statement") && P->ranges.len) {
        /* leaving range loops by goto closes their generators */
        char *label = node_text(s, node_field(n, "label"));
        int keep = P->ranges.len;
        while (keep > 0 && !defines_label(s, P->range_loops[keep - 1].body, label)) keep--;
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
    free(P.range_loops);
    clear_subst(&P.F);
    free(P.F.subst);
    ptrmap_free(&P.F.subst_index);
    vec_free(&P.F.stmt_handles);
}


