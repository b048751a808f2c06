/* awaits.c: how many await and yield expressions a node holds, in O(log n)
 * for the unit being translated (nodes.c's indexed tree), by a walk for
 * other trees. (Moved out of nodes.c.) */
#include "acc.h"

#include <stdlib.h>
#include <string.h>

/* ---- awaits in a range ---------------------------------------------------- */

/* The start bytes of every await and yield expression of one tree, in order:
 * how many a node holds is two binary searches, where walking its subtree
 * for every statement made nested loops quadratic. An await is at least the
 * keyword wide, so the ones that start inside a node are the ones it holds.
 * Awaits inside an operand C never evaluates (sizeof, _Generic: expr.c's
 * is_unevaluated_operand) do not count when that operand is inside the node
 * asked about: they are listed apart with their innermost such operand. */
typedef struct Hidden {
    uint32_t start; /* the await's */
    TSNode operand; /* the innermost unevaluated operand around it */
} Hidden;

static struct {
    const TSTree *tree;
    uint32_t *starts;
    size_t n, cap;
    Hidden *hidden;
    size_t nhidden, cap_hidden;
} awaits;

void node_awaits_clear(void) {
    free(awaits.starts);
    free(awaits.hidden);
    memset(&awaits, 0, sizeof awaits);
}

static void awaits_add(uint32_t start, TSNode operand) {
    if (awaits.n == awaits.cap) {
        awaits.cap = awaits.cap ? 2 * awaits.cap : 64;
        awaits.starts = xrealloc(awaits.starts, awaits.cap * sizeof *awaits.starts);
    }
    awaits.starts[awaits.n++] = start;
    if (ts_node_is_null(operand)) return;
    if (awaits.nhidden == awaits.cap_hidden) {
        awaits.cap_hidden = awaits.cap_hidden ? 2 * awaits.cap_hidden : 16;
        awaits.hidden = xrealloc(awaits.hidden, awaits.cap_hidden * sizeof *awaits.hidden);
    }
    awaits.hidden[awaits.nhidden++] = (Hidden){start, operand};
}

static void awaits_build(const TSTree *tree) {
    node_awaits_clear();
    awaits.tree = tree;
    Preorder o;
    if (!node_preorder(ts_tree_root_node(tree), &o)) return;
    /* operand[i]: the innermost unevaluated operand around node i (or itself),
     * as an index (UINT32_MAX: none); a parent comes before its children */
    uint32_t *operand = xcalloc(o.last, sizeof *operand);
    for (uint32_t i = o.first; i < o.last; i++) {
        TSNode n = o.nodes[i];
        uint32_t up = o.parent[i];
        operand[i] = up == UINT32_MAX ? UINT32_MAX
                     : is_unevaluated_operand(o.nodes[up], n) ? i : operand[up];
        if (node_is(n, "await_expression") || node_is(n, "yield_expression"))
            awaits_add(ts_node_start_byte(n), operand[i] == UINT32_MAX ? (TSNode){0} : o.nodes[operand[i]]);
    }
    free(operand);
}

/* The first index whose start is >= byte. */
static size_t awaits_lower_bound(uint32_t byte) {
    size_t lo = 0, hi = awaits.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (awaits.starts[mid] < byte) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The same count by walking n (trees other than the indexed one): preorder,
 * without the operands C never evaluates. up[d]: the node at depth d. */
static int awaits_walk(TSNode root) {
    int count = 0, depth = 0, cap = 64;
    TSNode *up = xcalloc((size_t)cap, sizeof *up);
    TSTreeCursor c = ts_tree_cursor_new(root);
    up[0] = root;
    for (;;) {
        const char *t = ts_node_type(up[depth]);
        count += !strcmp(t, "await_expression") || !strcmp(t, "yield_expression");
        if (ts_tree_cursor_goto_first_child(&c)) {
            if (++depth == cap) up = xrealloc(up, (size_t)(cap *= 2) * sizeof *up);
        } else {
            for (;;) {
                if (depth == 0) goto done;
                if (ts_tree_cursor_goto_next_sibling(&c)) break;
                ts_tree_cursor_goto_parent(&c);
                depth--;
            }
        }
        /* the cursor is on a node at depth > 0: skip it while it is unevaluated */
        for (;;) {
            TSNode k = ts_tree_cursor_current_node(&c);
            if (!is_unevaluated_operand(up[depth - 1], k)) {
                up[depth] = k;
                break;
            }
            while (!ts_tree_cursor_goto_next_sibling(&c)) {
                ts_tree_cursor_goto_parent(&c);
                if (--depth == 0) goto done;
            }
        }
    }
done:
    ts_tree_cursor_delete(&c);
    free(up);
    return count;
}

int node_await_count(TSNode n) {
    if (ts_node_is_null(n)) return 0;
    if (!node_in_unit(n.tree)) return awaits_walk(n);
    if (awaits.tree != node_indexed || !awaits.starts) awaits_build(node_indexed);
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    if (b <= a) return 0;
    int count = (int)(awaits_lower_bound(b) - awaits_lower_bound(a));
    /* minus those in an unevaluated operand inside n (a proper descendant) */
    size_t lo = 0, hi = awaits.nhidden; /* in start order: the first at or after a */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (awaits.hidden[mid].start < a) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < awaits.nhidden && awaits.hidden[i].start < b; i++) {
        const Hidden *h = &awaits.hidden[i];
        uint32_t os = ts_node_start_byte(h->operand), oe = ts_node_end_byte(h->operand);
        if (os >= a && oe <= b && h->operand.id != n.id) count--;
    }
    return count;
}
