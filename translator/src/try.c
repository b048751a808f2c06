/* try.c: try/catch/finally and throw by static routing (no setjmp): every way
 * out of a try statement (return, break, continue, goto, error) runs its finally. */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- labels ------------------------------------------------------------------ */

/* The first `label:` inside n in preorder, by a walk (a tree other than the
 * unit's: its nodes are not in the index). */
static TSNode find_label_walk(const Source *s, TSNode n, const char *label) {
    if (node_is(n, "labeled_statement") && node_text_eq(s, node_field(n, "label"), label)) return n;
    uint32_t nc = ts_node_named_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode r = find_label_walk(s, ts_node_named_child(n, i), label);
        if (!ts_node_is_null(r)) return r;
    }
    return (TSNode){0};
}

/* Every `label:` of the unit by name, in the order of the file (a name may
 * come back: in another function, or as a GNU local label), built once from
 * the unit's preorder: "the label inside n" is a binary search, not a walk
 * of n (a goto per line of a long function was quadratic). */
typedef struct LabelList {
    Vec stmts; /* TSNode *: labeled_statement nodes, by start byte */
    char name[];
} LabelList;

static struct {
    const Source *s; /* the unit indexed, or NULL */
    StrMap by_name;
    Vec lists;
} labels;

void labels_reset(void) {
    for (int i = 0; i < labels.lists.len; i++) {
        LabelList *l = labels.lists.items[i];
        for (int k = 0; k < l->stmts.len; k++) free(l->stmts.items[k]);
        vec_free(&l->stmts);
        free(l);
    }
    vec_free(&labels.lists);
    strmap_free(&labels.by_name);
    labels.s = NULL;
}

static void labels_build(const Source *s, TSNode root) {
    labels_reset();
    labels.s = s;
    Preorder o;
    if (!node_preorder(root, &o)) return;
    for (uint32_t i = o.first; i < o.last; i++) {
        if (!node_is(o.nodes[i], "labeled_statement")) continue;
        TSNode id = node_field(o.nodes[i], "label");
        uint32_t a = ts_node_start_byte(id), n = ts_node_end_byte(id) - a;
        LabelList *l = strmap_getn(&labels.by_name, s->text + a, n);
        if (!l) {
            l = xcalloc(1, sizeof *l + n + 1);
            memcpy(l->name, s->text + a, n);
            strmap_put(&labels.by_name, l->name, l);
            vec_push(&labels.lists, l);
        }
        TSNode *at = xcalloc(1, sizeof *at);
        *at = o.nodes[i];
        vec_push(&l->stmts, at);
    }
}

/* The first `label:` inside n (n itself included), or a null node. */
static TSNode find_label(const Source *s, TSNode n, const char *label) {
    if (!node_in_unit(n.tree)) return find_label_walk(s, n, label); /* (another tree) */
    if (labels.s != s) labels_build(s, ts_tree_root_node(node_indexed));
    LabelList *l = strmap_get(&labels.by_name, label);
    if (!l) return (TSNode){0};
    uint32_t start = ts_node_start_byte(n), end = ts_node_end_byte(n);
    int lo = 0, hi = l->stmts.len; /* the first starting at or after n */
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (ts_node_start_byte(*(TSNode *)l->stmts.items[mid]) < start) lo = mid + 1;
        else hi = mid;
    }
    if (lo == l->stmts.len) return (TSNode){0};
    TSNode found = *(TSNode *)l->stmts.items[lo];
    return ts_node_end_byte(found) <= end ? found : (TSNode){0};
}

static bool node_within(TSNode inner, TSNode outer) {
    return ts_node_start_byte(inner) >= ts_node_start_byte(outer) &&
           ts_node_end_byte(inner) <= ts_node_end_byte(outer);
}

/* A try statement's routing (ac__why_N, the catch) is set up where it
 * begins, and a range loop's generator too: a goto from outside to a label
 * inside one would skip that. C++ forbids jumping into a try block as well. */
static void check_goto_into_try(Fn *F, TSNode go, const char *label) {
    TSNode target = find_label(F->s, node_field(F->af->def, "body"), label);
    if (ts_node_is_null(target)) return; /* no such label: the C compiler says so */
    TSNode part = target; /* the body, catch or finally of `up` holding the label */
    for (TSNode up = ts_node_parent(target); !ts_node_is_null(up); part = up, up = ts_node_parent(up)) {
        bool guarded = node_is(up, "try_statement") || node_is(up, "for_range_statement");
        if (guarded && !node_within(go, part)) {
            diag_error(F->s, ts_node_start_byte(go), "'goto %s' jumps into a %s from outside it", label,
                       node_is(up, "try_statement") ? "try statement" : "range loop");
            return;
        }
        if (node_is(up, "compound_statement") && node_is(ts_node_parent(up), "function_definition")) return;
    }
}

/* A case label inside a try statement or range loop that is itself inside
 * the switch: the switch would jump into it (see check_goto_into_try). */
void check_case_in_try(Fn *F, TSNode label) {
    Loop *sw = F->loop;
    while (sw && !sw->is_switch) sw = sw->up;
    if (!sw) return;
    for (Try *T = F->try_; T; T = T->up) {
        for (Loop *l = T->loop_at; l; l = l->up)
            if (l == sw) {
                diag_error(F->s, ts_node_start_byte(label), "a case label inside a %s: the switch would jump into it",
                           node_is(T->node, "try_statement") ? "try statement" : "range loop");
                return;
            }
    }
}

void lower_goto(Fn *F, TSNode n) {
    mark_line(F, n);
    char *label = node_text(F->s, node_field(n, "label"));
    check_goto_into_try(F, n, label);
    Exit x = {EXIT_GOTO, NULL, label};
    emit_exit(F, &x, F->try_);
    free(label);
}

/* Is there a `label:` inside n? */
bool defines_label(const Source *s, TSNode n, const char *label) { return !ts_node_is_null(find_label(s, n, label)); }

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
void emit_exit(Fn *F, Exit *x, Try *from) {
    for (Try *T = from; T; T = T->up) {
        /* leaving a catch or finally block: its error is no longer handled */
        if (T->where != IN_BODY && exit_leaves(F, x, T))
            outf(F, "ac__handled(ac__task, &ac__f->ac__err_%d);", T->id);
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

/* The end of a finally block: continue the way out that brought us here.
 * When the try statement cannot end normally (T->no_normal_end), the last
 * way out is taken without a test, so that the C compiler sees that the code
 * does not go on (-Wimplicit-fallthrough, -Wreturn-type). */
void emit_finally_dispatch(Fn *F, Try *T) {
    bool last_unconditional = T->no_normal_end && T->exits.len == 0;
    if (last_unconditional) outf(F, "{");
    else outf(F, "if (ac__f->ac__why_%d == AC__WHY_ERROR) {", T->id);
    F->indent++;
    outf(F, "(void)ac__reraise(ac__task, &ac__f->ac__err_%d);", T->id);
    emit_error_route(F, T->up);
    F->indent--;
    outf(F, "}");
    for (int i = 0; i < T->exits.len; i++) {
        Exit *x = T->exits.items[i];
        if (T->no_normal_end && i == T->exits.len - 1) outf(F, "{");
        else outf(F, "if (ac__f->ac__why_%d == %d) {", T->id, AC__WHY_FIRST_EXIT + i);
        F->indent++;
        emit_exit(F, x, T->up);
        F->indent--;
        outf(F, "}");
        free(x->label);
        free(x);
    }
    vec_free(&T->exits);
}

/* Does statement n end in a jump, so that control never reaches its end?
 * (Conservative: only a jump as the last statement, or an if whose two
 * branches both do.) */
static bool ends_in_jump(TSNode n) {
    while (node_is(n, "compound_statement")) {
        TSNode last = {0};
        uint32_t nc = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode c = ts_node_named_child(n, i);
            if (!node_is(c, "comment")) last = c;
        }
        if (ts_node_is_null(last)) return false;
        n = last;
    }
    const char *t = node_type(n);
    if (!strcmp(t, "break_statement") || !strcmp(t, "continue_statement") || !strcmp(t, "return_statement") ||
        !strcmp(t, "goto_statement") || !strcmp(t, "throw_statement"))
        return true;
    if (!strcmp(t, "if_statement")) {
        TSNode alt = node_field(n, "alternative");
        if (ts_node_is_null(alt)) return false;
        if (node_is(alt, "else_clause")) alt = first_named_not_comment(alt);
        return ends_in_jump(node_field(n, "consequence")) && ends_in_jump(alt);
    }
    return false;
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
void lower_try(Fn *F, TSNode n) {
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
    T.no_normal_end = ends_in_jump(body) && (!T.has_catch || ends_in_jump(node_field(catch_, "body")));
    buf_printf(&F->members, "    int ac__err_%d;\n", T.id);
    if (T.has_finally) buf_printf(&F->members, "    int ac__why_%d;\n", T.id);
    mark_line(F, n);
    outf(F, "/* try %d */", T.id);
    if (T.has_finally) outf(F, "ac__f->ac__why_%d = 0;", T.id);
    F->try_ = &T;
    lower_stmt(F, body);
    if (T.has_catch) {
        F->line = end_line(F, body);
        outf(F, "goto ac__end_%d;", T.id);
        if (T.catch_used) out_jump_label(F, "ac__catch", T.id);
        T.where = IN_CATCH;
        mark_line(F, catch_);
        outf(F, "ac__f->ac__err_%d = ac__catch(ac__task, &ac__f->ac__err_%d);", T.id, T.id);
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
            {
                /* the caught code: what array sizes from initialisers know of it (literal.c) */
                Local *l = F->scope->locals.items[F->scope->locals.len - 1];
                TSNode type = node_field(param, "type");
                l->scalar = declarator_is_scalar(F->s, type, node_field(param, "declarator"));
                l->spec_scalar = type_specifier_scalar(F->s, type);
                set_ptr_type(F->s, l, param, node_field(param, "declarator"), false);
            }
            free(name);
        }
        lower_stmt(F, node_field(catch_, "body"));
        scope_pop(F);
        /* the end of the catch: its error is no longer handled */
        outf(F, "ac__handled(ac__task, &ac__f->ac__err_%d);", T.id);
        F->indent--;
        outf(F, "}");
        buf_printf(&F->body, "ac__end_%d:;\n", T.id);
    }
    if (T.has_finally) {
        if (T.finally_used) out_jump_label(F, "ac__finally", T.id);
        T.where = IN_FINALLY;
        mark_line(F, finally_);
        lower_stmt(F, node_field(finally_, "body"));
        F->try_ = T.up;
        /* the way out after the finally: its closing brace */
        F->line = end_line(F, finally_);
        emit_finally_dispatch(F, &T);
    }
    F->try_ = T.up;
}
/* throw E;  raises E at this point.   throw;  re-raises the error being handled. */
void lower_throw(Fn *F, TSNode n) {
    TSNode value = first_named_not_comment(n);
    begin_stmt(F, n);
    if (ts_node_is_null(value)) {
        Try *T = F->try_;
        while (T && T->where != IN_CATCH) T = T->up;
        if (!T) {
            diag_error(F->s, ts_node_start_byte(n), "'throw;' re-raises the error being handled: use it inside a catch");
            end_stmt(F);
            return;
        }
        outf(F, "(void)ac__reraise(ac__task, &ac__f->ac__err_%d);", T->id);
    } else {
        hoist(F, value);
        char *v = expr_text(F, value);
        if (error_leaves_by_tail_call(F)) {
            /* (the task the loop runs: then the task is kept in no register
             * across the calls before the throw; libac's composites run in it) */
            outf(F, "return ac__raise_here(%s);", v);
            free(v);
            end_stmt(F);
            return;
        }
        outf(F, "(void)ac__raise(ac__task, %s);", v);
        free(v);
    }
    end_stmt(F);
    emit_error_route(F, F->try_);
}

