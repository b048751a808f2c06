/* stmt.c: statements and control flow inside async functions: each statement
 * is lowered after its awaits are hoisted; loops, if, switch, jumps. */
#include "acc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* Statements                                                                 */
/* ------------------------------------------------------------------------- */

/* The first named child of n that is not a comment (`else // why` then
 * `x = 8;`, `return` then a comment then `v;`), or a null node. */
TSNode first_named_not_comment(TSNode n) {
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(n, i);
        if (!node_is(c, "comment")) return c;
    }
    return (TSNode){0};
}

void begin_stmt(Fn *F, TSNode n) {
    clear_subst(F);
    for (int i = 0; i < F->stmt_handles.len; i++) free(F->stmt_handles.items[i]);
    F->stmt_handles.len = 0;
    F->awaits_left = count_awaits(n);
    F->stmt_start = F->body.len;
    mark_line(F, n);
    F->stmt_line = F->line;
}

/* Handle temporaries start out NULL (an operand C skipped leaves its slot
 * empty) and are released once the statement is done. */
void end_stmt(Fn *F) {
    if (F->stmt_handles.len) {
        Buf zero = {0};
        for (int i = 0; i < F->stmt_handles.len; i++) {
            if (F->opt->line_directives) buf_printf(&zero, "\x01%d\n", F->stmt_line);
            for (int k = 0; k < F->indent && k < ACC_INDENT_MAX; k++) buf_puts(&zero, "    ");
            buf_printf(&zero, "%s = NULL;\n", (char *)F->stmt_handles.items[i]);
        }
        size_t at = F->stmt_start;
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

/* The text of a condition whose awaits were just hoisted, as a value that
 * outlives the statement's handle temporaries: when the statement made any
 * (the frame of a recursive await, a coroutine object), the truth value is
 * taken into a temporary first, so that end_stmt can release them before
 * the test (a `break` in the test would skip the release). */
static char *hoisted_condition(Fn *F, TSNode cond) {
    char *c = expr_text(F, cond);
    if (!F->stmt_handles.len) return c;
    char *t = new_temp(F, "int", NULL);
    outf(F, "%s = !!(%s);", t, c);
    free(c);
    c = xprintf("(%s)", t);
    free(t);
    return c;
}

static void check_no_handles_in_condition(Fn *F, TSNode cond) {
    /* check.c has said it if the handle is a misused coroutine object */
    if (F->stmt_handles.len && !misuse_reported_in(F->p, cond))
        diag_error(F->s, ts_node_start_byte(cond),
                   "a handle made in a condition is never released; store it in a variable first");
}

/* A sub-statement, always braced so that its lowering may take several lines. */
void lower_substmt(Fn *F, TSNode n) {
    if (node_is(n, "compound_statement")) {
        lower_stmt(F, n);
        return;
    }
    outf(F, "{");
    F->indent++;
    scope_push(F);
    lower_stmt(F, n);
    scope_pop(F);
    close_block(F, n);
}

static void lower_return(Fn *F, TSNode n) {
    TSNode value = first_named_not_comment(n);
    begin_stmt(F, n);
    if (!ts_node_is_null(value)) {
        hoist(F, value);
        char *e = expr_text(F, value);
        char *v = xprintf("(%s)", e); /* `return a, b;` stores the comma's value */
        free(e);
        if (F->af->ret_member)
            store_result(F, v); /* decl.c */
        else
            outf(F, "(void)(%s);", v);
        free(v);
    }
    end_stmt(F);
    Exit x = {EXIT_RETURN, NULL, NULL};
    emit_exit(F, &x, F->try_);
}

static void lower_expression_statement(Fn *F, TSNode n) {
    TSNode e = first_named_not_comment(n);
    if (ts_node_is_null(e)) {
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

void loop_push(Fn *F, Loop *l, char *cont, bool is_switch) {
    l->cont_label = cont;
    l->used = false;
    l->is_switch = is_switch;
    l->up = F->loop;
    F->loop = l;
}

void loop_pop(Fn *F) { F->loop = F->loop->up; }

/* The continue label, emitted only if a `continue` used it. */
static void emit_cont_label(Fn *F, Loop *l) {
    if (l->used) out_jump_label(F, l->cont_label, -1);
    free(l->cont_label);
}

static void lower_cond_break(Fn *F, TSNode cond) {
    begin_stmt(F, cond);
    hoist(F, cond);
    char *c = hoisted_condition(F, cond);
    end_stmt(F);
    outf(F, "if (!%s) break;", c);
    free(c);
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
    close_block(F, n);
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
    close_block(F, n);
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
            char *c = hoisted_condition(F, cond);
            end_stmt(F);
            outf(F, "if (!(%s)) break;", c);
            free(c);
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
        close_block(F, n);
    }
    scope_pop(F);
    close_block(F, n);
}

static void lower_if(Fn *F, TSNode n) {
    TSNode cond = node_field(n, "condition"), cons = node_field(n, "consequence"),
           alt = node_field(n, "alternative");
    begin_stmt(F, n);
    hoist(F, cond);
    char *c = hoisted_condition(F, cond);
    end_stmt(F);
    outf(F, "if %s", c);
    free(c);
    lower_substmt(F, cons);
    if (!ts_node_is_null(alt)) {
        mark_line(F, alt);
        if (node_is(alt, "else_clause")) alt = first_named_not_comment(alt);
        outf(F, "else");
        lower_substmt(F, alt);
    }
}

static void lower_switch(Fn *F, TSNode n) {
    TSNode cond = node_field(n, "condition"), body = node_field(n, "body");
    begin_stmt(F, n);
    hoist(F, cond);
    char *c = expr_text(F, cond);
    /* Handles the condition made (a recursive await) are released before the
     * switch: its value is taken first, with its own type (a C local of the
     * resume function: it is read at once, never across an await). */
    bool hold = F->stmt_handles.len > 0;
    if (hold) {
        outf(F, "{");
        F->indent++;
        outf(F, "__typeof__(%s) ac__sw = %s;", c, c);
    }
    end_stmt(F);
    outf(F, "switch %s", hold ? "(ac__sw)" : c);
    free(c);
    Loop l;
    loop_push(F, &l, NULL, true);
    lower_substmt(F, body);
    loop_pop(F);
    if (hold) {
        close_block(F, n);
    }
}

static void lower_case(Fn *F, TSNode n) {
    TSNode value = node_field(n, "value"), high = node_field(n, "high"); /* GNU `case 1 ... 3:` */
    check_case_in_try(F, n);
    /* No #line here: it would come between a fall-through comment and its
     * label, and gcc's -Wimplicit-fallthrough would no longer see the comment. */
    uint32_t nc = ts_node_named_child_count(n);
    /* `case 1: case 2:` stays as written: a null statement between the two
     * labels would be a fall-through to clang's -Wimplicit-fallthrough. The
     * `;` is needed where a label is followed by a declaration or `}`. */
    uint32_t labels = (ts_node_is_null(value) ? 0u : 1u) + (ts_node_is_null(high) ? 0u : 1u);
    /* or a label governing only another label (`switch (x) case 1: case 2: y;`) */
    bool nested = nc == labels + 1 && node_is(ts_node_named_child(n, nc - 1), "case_statement");
    bool empty = nc == labels;
    const char *after = nested || (empty && node_is(ts_node_next_named_sibling(n), "case_statement")) ? "" : ";";
    if (ts_node_is_null(value)) {
        buf_printf(&F->body, "default:%s\n", after);
    } else {
        char *v = renamed_text(F->s, value); /* hoist.c: a local enumerator may be renamed */
        char *h = ts_node_is_null(high) ? xstrdup("") : renamed_text(F->s, high);
        buf_printf(&F->body, "case %s%s%s:%s\n", v, *h ? " ... " : "", h, after);
        free(v);
        free(h);
    }
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_named_child(n, i);
        if (!ts_node_is_null(value) && ts_node_eq(c, value)) continue;
        if (!ts_node_is_null(high) && ts_node_eq(c, high)) continue;
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

static void lower_compound(Fn *F, TSNode n) {
    mark_line(F, n);
    outf(F, "{");
    F->indent++;
    scope_push(F);
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) lower_stmt(F, ts_node_named_child(n, i));
    scope_pop(F);
    close_block(F, n);
}

/* A preprocessor conditional line inside an async function's body. It is
 * written where it stands in the body, and also in the frame's members (the
 * members a branch declares exist only under the same condition, so two
 * branches may declare one name with different types) and in the resume
 * function's dispatch (the case of a resume point exists exactly when its
 * label does). */
static void put_conditional_line(Fn *F, const char *line) {
    if (F->body.len && F->body.data[F->body.len - 1] != '\n') buf_puts(&F->body, "\n");
    buf_printf(&F->body, "%s\n", line);
    buf_printf(&F->members, "%s\n", line);
    flush_dispatch(F);
    buf_printf(&F->dispatch, "%s\n", line);
}

/* The directive line opening branch n (#if C, #ifdef N, #elif C, #else...):
 * its text from the directive to the end of its condition or name. */
static char *branch_directive(Fn *F, TSNode n) {
    TSNode tok = ts_node_child(n, 0);
    TSNode cond = node_field(n, "condition");
    if (ts_node_is_null(cond)) cond = node_field(n, "name");
    uint32_t a = ts_node_start_byte(tok);
    uint32_t b = ts_node_is_null(cond) ? ts_node_end_byte(tok) : ts_node_end_byte(cond);
    return xstrndup(F->s->text + a, b - a);
}

/* #if / #ifdef / #elif / #else inside a body: the directive lines as written,
 * each branch's statements lowered. Branch k of conditional c is recorded in
 * F->cond_path as "/c.k", so that two branches may reuse a member name. */
static void lower_preproc_branch(Fn *F, TSNode n, int cond_id, int branch, Vec *starts, bool *has_else) {
    char *dir = branch_directive(F, n);
    put_conditional_line(F, dir);
    free(dir);
    vec_push(starts, (void *)(intptr_t)F->scope->locals.len);
    *has_else = node_is(n, "preproc_else");
    size_t saved = strlen(F->cond_path);
    char *path = xprintf("%s/%d.%d", F->cond_path, cond_id, branch);
    free(F->cond_path);
    F->cond_path = path;
    TSNode alt = {0};
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        const char *field = node_child_field(n, i);
        if (field && !strcmp(field, "alternative")) alt = c;
        else if (field && (!strcmp(field, "condition") || !strcmp(field, "name"))) continue;
        else if (ts_node_is_named(c)) lower_stmt(F, c);
    }
    F->cond_path[saved] = 0;
    if (!ts_node_is_null(alt)) lower_preproc_branch(F, alt, cond_id, branch + 1, starts, has_else);
}

/* A name declared in some configurations of a conditional only, that shadows
 * another binding: after the #endif, C means the branch's object in some
 * configurations and the other one in the rest, and acc's text can name only
 * one frame member. (Declared in every branch, it is one member name.) One
 * pass counts each name's declarations and branches (a hash per name: a
 * conditional may declare thousands), a second reports, in the order of the
 * names' first declarations. */
typedef struct NameCount {
    int here;     /* its declarations in the conditional */
    int last;     /* the branch of the latest one */
    int branches; /* how many branches declare it */
    bool done;
} NameCount;

static void check_partial_shadowing(Fn *F, TSNode n, int first, Vec *starts, bool has_else) {
    Vec *locals = &F->scope->locals;
    StrMap names = {0};
    Vec counts = {0};
    for (int i = first, b = 0; i < locals->len; i++) {
        while (b + 1 < starts->len && (int)(intptr_t)starts->items[b + 1] <= i) b++;
        Local *l = locals->items[i];
        NameCount *c = strmap_get(&names, l->name);
        if (!c) {
            c = xcalloc(1, sizeof *c);
            c->last = -1;
            strmap_put(&names, l->name, c);
            vec_push(&counts, c);
        }
        c->here++;
        if (c->last != b) c->last = b, c->branches++;
    }
    for (int i = first; i < locals->len; i++) {
        Local *l = locals->items[i];
        NameCount *c = strmap_get(&names, l->name);
        if (c->done) continue;
        c->done = true;
        if (has_else && c->branches == starts->len) continue;
        /* the binding before the conditional: under its own declarations */
        Local *outer = scope_local(F, l->name, strlen(l->name), c->here);
        if (!outer) continue;
        bool same = outer->member && l->member ? !strcmp(outer->member, l->member) : outer->member == l->member;
        if (same) continue;
        diag_error(F->s, ts_node_start_byte(n),
                   "'%s' is declared in some branches of this conditional only and hides another '%s': "
                   "acc cannot name both after it; declare it in every branch, or rename it",
                   l->name, l->name);
    }
    for (int i = 0; i < counts.len; i++) free(counts.items[i]);
    vec_free(&counts);
    strmap_free(&names);
}

static void lower_preproc(Fn *F, TSNode n) {
    int first = F->scope->locals.len;
    Vec starts = {0};
    bool has_else = false;
    lower_preproc_branch(F, n, ++F->nconds, 0, &starts, &has_else);
    put_conditional_line(F, "#endif");
    check_partial_shadowing(F, n, first, &starts, has_else);
    vec_free(&starts);
}

/* A comment that gcc's -Wimplicit-fallthrough=3 takes for a fall-through
 * marker: "fallthrough", "fall through", "falls thru", "FALLTHRU", ... */
static bool is_fallthrough_comment(const char *text) {
    if (*text != '/') return false; /* `_Pragma("... -Wimplicit-fallthrough")` is a comment node too */
    char *low = xstrdup(text);
    for (char *p = low; *p; p++) *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    bool yes = false;
    for (char *p = strstr(low, "fall"); p && !yes; p = strstr(p + 1, "fall")) {
        char *q = p + 4;
        if (*q == 's') q++;
        if (*q == ' ' || *q == '-') q++;
        yes = !strncmp(q, "thr", 3);
    }
    free(low);
    return yes;
}

/* Is comment n the last thing before a `case`/`default` label of its switch? */
static bool precedes_case_label(TSNode n) {
    TSNode next = ts_node_next_named_sibling(n);
    if (ts_node_is_null(next)) {
        TSNode up = ts_node_parent(n);
        if (!node_is(up, "case_statement")) return false;
        next = ts_node_next_named_sibling(up);
    }
    return node_is(next, "case_statement");
}

void lower_stmt(Fn *F, TSNode n) {
    int t = node_type_id(n); /* (numbers, not names: every statement comes here) */
    if (t == TYPE_ID("compound_statement")) lower_compound(F, n);
    else if (t == TYPE_ID("declaration") || t == TYPE_ID("type_definition") || t == TYPE_ID("struct_specifier") ||
             t == TYPE_ID("union_specifier") || t == TYPE_ID("enum_specifier"))
        lower_declaration(F, n); /* decl.c: types defined here are hoisted */
    else if (t == TYPE_ID("expression_statement")) {
        if (!lower_if_declaration(F, n)) lower_expression_statement(F, n); /* types.c */
    }
    else if (t == TYPE_ID("return_statement")) lower_return(F, n);
    else if (t == TYPE_ID("if_statement")) lower_if(F, n);
    else if (t == TYPE_ID("while_statement")) lower_while(F, n);
    else if (t == TYPE_ID("do_statement")) lower_do(F, n);
    else if (t == TYPE_ID("for_statement")) lower_for(F, n);
    else if (t == TYPE_ID("switch_statement")) lower_switch(F, n);
    else if (t == TYPE_ID("case_statement")) lower_case(F, n);
    else if (t == TYPE_ID("continue_statement")) lower_continue(F, n);
    else if (t == TYPE_ID("break_statement")) lower_break(F, n);
    else if (t == TYPE_ID("goto_statement")) lower_goto(F, n);
    else if (t == TYPE_ID("try_statement")) lower_try(F, n);
    else if (t == TYPE_ID("throw_statement")) lower_throw(F, n);
    else if (t == TYPE_ID("labeled_statement")) {
        char *label = node_text(F->s, node_field(n, "label"));
        out_label(F, source_line(F->s, ts_node_start_byte(n)), label);
        free(label);
        uint32_t nc = ts_node_named_child_count(n);
        for (uint32_t i = 1; i < nc; i++) lower_stmt(F, ts_node_named_child(n, i));
    } else if (t == TYPE_ID("comment")) {
        char *x = node_text(F->s, n);
        outf(F, "%s", x);
        /* The labels of the lowered code before it hide the comment from
         * gcc's -Wimplicit-fallthrough: say it in C. */
        if (is_fallthrough_comment(x) && precedes_case_label(n)) outf(F, "__attribute__((fallthrough));");
        free(x);
    } else if (!strncmp(ts_node_type(n), "preproc_", 8)) {
        if (t == TYPE_ID("preproc_if") || t == TYPE_ID("preproc_ifdef")) lower_preproc(F, n);
        else if (t == TYPE_ID("preproc_include")) {
            /* the statements an #include adds are read by the C compiler, not
             * by acc: their names would not reach the frame (finding 137) */
            diag_error(F->s, ts_node_start_byte(n),
                       "'#include' inside async function '%s': acc cannot see the code it adds, whose locals "
                       "would not keep their values across awaits and whose names would miss the frame; "
                       "include it outside the function", F->af->name);
        } else {
            char *x = node_text(F->s, n);
            buf_printf(&F->body, "%s%s", x, x[strlen(x) - 1] == '\n' ? "" : "\n");
            free(x);
        }
    } else if (t == TYPE_ID("for_range_statement")) {
        lower_for_range(F, n);
    } else {
        begin_stmt(F, n);
        char *x = expr_text(F, n);
        outf(F, "%s", x);
        free(x);
        end_stmt(F);
    }
}
