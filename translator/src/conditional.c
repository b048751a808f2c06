/* conditional.c: where a top-level item sits in the file's preprocessor
 * conditionals. Alternative definitions of one async function
 *
 *   #ifdef FAST
 *   async int get(void) { ... }
 *   #else
 *   async int get(void) { ... }
 *   #endif
 *
 * are each lowered and emitted in their own branch; their frame structs,
 * emitted earlier when a caller embeds them, keep their branch's condition. */
#include "acc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool is_branch(TSNode n) {
    return node_is(n, "preproc_if") || node_is(n, "preproc_ifdef") || node_is(n, "preproc_elif") ||
           node_is(n, "preproc_elifdef") || node_is(n, "preproc_else");
}

/* Is n the `alternative` of its parent (an #elif/#else of the same conditional)? */
static bool is_alternative(TSNode n) {
    TSNode up = ts_node_parent(n);
    return is_branch(up) && ts_node_eq(node_field(up, "alternative"), n);
}

/* The opening line of branch b: "#if C", "#ifdef N", "#elif C", "#else". */
static char *branch_line(const Source *s, TSNode b) {
    TSNode tok = ts_node_child(b, 0);
    TSNode cond = node_field(b, "condition");
    if (ts_node_is_null(cond)) cond = node_field(b, "name");
    uint32_t a = ts_node_start_byte(tok);
    uint32_t e = ts_node_is_null(cond) ? ts_node_end_byte(tok) : ts_node_end_byte(cond);
    return xstrndup(s->text + a, e - a);
}

/* The branches holding n, innermost first (each the node whose direct child,
 * not alternative, leads to n). */
static void enclosing_branches(TSNode n, Vec *out) {
    for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); n = up, up = ts_node_parent(up)) {
        if (is_branch(up) && !ts_node_eq(node_field(up, "alternative"), n)) {
            TSNode *b = xcalloc(1, sizeof *b);
            *b = up;
            vec_push(out, b);
        }
    }
}

/* The conditional a branch belongs to (its #if/#ifdef) and the branch's index. */
static TSNode conditional_of(TSNode b, int *index) {
    int k = 0;
    while (is_alternative(b)) {
        b = ts_node_parent(b);
        k++;
    }
    *index = k;
    return b;
}

char *branch_path(TSNode n) {
    Vec bs = {0};
    enclosing_branches(n, &bs);
    Buf p = {0};
    buf_puts(&p, "");
    for (int i = bs.len - 1; i >= 0; i--) {
        int k;
        TSNode c = conditional_of(*(TSNode *)bs.items[i], &k);
        buf_printf(&p, "/%u.%d", ts_node_start_byte(c), k);
        free(bs.items[i]);
    }
    vec_free(&bs);
    return p.data;
}

bool branches_exclusive(const char *a, const char *b) {
    for (const char *p = a; (p = strchr(p, '/')); p++) {
        long c, k;
        if (sscanf(p, "/%ld.%ld", &c, &k) != 2) continue;
        for (const char *q = b; (q = strchr(q, '/')); q++) {
            long c2, k2;
            if (sscanf(q, "/%ld.%ld", &c2, &k2) == 2 && c2 == c && k2 != k) return true;
        }
    }
    return false;
}

char *branch_guard(const Source *s, TSNode n, int *depth) {
    Vec bs = {0};
    enclosing_branches(n, &bs);
    Buf g = {0};
    buf_puts(&g, "");
    *depth = bs.len;
    for (int i = bs.len - 1; i >= 0; i--) {
        int k;
        TSNode b = *(TSNode *)bs.items[i];
        TSNode c = conditional_of(b, &k);
        /* the earlier branches' lines, empty, then this one's */
        for (TSNode x = c;; x = node_field(x, "alternative")) {
            char *line = branch_line(s, x);
            buf_printf(&g, "%s\n", line);
            free(line);
            if (ts_node_eq(x, b)) break;
        }
        free(bs.items[i]);
    }
    vec_free(&bs);
    return g.data;
}

/* Level i of the branches holding a node (outermost first): `row` in the
 * node's branch, `fallback` in every other configuration. */
static void put_guarded(const Source *s, Vec *bs, int i, const char *row, const char *fallback, Buf *out) {
    if (i < 0) {
        buf_puts(out, row);
        return;
    }
    int k;
    TSNode b = *(TSNode *)bs->items[i];
    TSNode c = conditional_of(b, &k);
    for (TSNode x = c;; x = node_field(x, "alternative")) {
        char *line = branch_line(s, x);
        buf_printf(out, "%s\n", line);
        free(line);
        if (ts_node_eq(x, b)) break;
        buf_puts(out, fallback);
    }
    put_guarded(s, bs, i - 1, row, fallback, out);
    if (!node_is(b, "preproc_else")) {
        buf_puts(out, "#else\n");
        buf_puts(out, fallback);
    }
    buf_puts(out, "#endif\n");
}

char *guarded_with_fallback(const Source *s, TSNode n, const char *row, const char *fallback) {
    Vec bs = {0};
    enclosing_branches(n, &bs);
    Buf out = {0};
    buf_puts(&out, "");
    put_guarded(s, &bs, bs.len - 1, row, fallback, &out);
    for (int i = 0; i < bs.len; i++) free(bs.items[i]);
    vec_free(&bs);
    return out.data;
}
