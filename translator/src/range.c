/* range.c: range loops (`for (T v : gen())`, `for await`) inside async functions. */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* The sync generator function a range loop's expression calls directly, when
 * its frame is known here (defined earlier in this file): the loop then runs
 * the generator's resume function itself, without going through ac_next. */
AsyncFn *range_fast_generator(Fn *F, TSNode range, TSNode right) {
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
void lower_for_range(Fn *F, TSNode n) {
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
    /* check.c: a generator acc cannot type is checked by the C compiler */
    r = handle_check_emit(F, right, r, is_await ? "for await" : "for");
    outf(F, "%s = %s;", g, r);
    free(r);
    end_stmt(F);
    char *name = declarator_name(F->s, decl);
    char *member = unique_member(F, name ? name : "ac__v");
    char *md = member_declaration(F, n, decl, member, (TSNode){0});
    buf_printf(&F->members, "    %s;\n", md);
    free(md);
    if (name) {
        scope_add(F, name, member);
        /* the loop variable: what array sizes from initialisers know of it (literal.c) */
        Local *l = F->scope->locals.items[F->scope->locals.len - 1];
        TSNode type = node_field(n, "type");
        l->scalar = declarator_is_scalar(F->s, type, decl);
        l->spec_scalar = type_specifier_scalar(F->s, type);
        set_ptr_type(F->s, l, n, decl, false); /* `__typeof__(v)` in a local's type */
    }
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
    close_block(F, body);
    /* closing the generator belongs to the loop statement */
    F->line = source_line(F->s, ts_node_start_byte(n));
    if (T.finally_used) out_jump_label(F, "ac__finally", T.id);
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
    close_block(F, n);
}

