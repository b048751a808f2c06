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

/* A type name among the arguments of a call through an expression (see
 * node_has_type_argument): its bytes. */
typedef struct Span {
    uint32_t start, end;
} Span;

static struct {
    const TSTree *tree;
    uint32_t *starts;
    size_t n, cap;
    Hidden *hidden;
    size_t nhidden, cap_hidden;
    Span *typeargs; /* in start order */
    size_t ntypeargs, cap_typeargs;
} awaits;

void node_awaits_clear(void) {
    free(awaits.starts);
    free(awaits.hidden);
    free(awaits.typeargs);
    memset(&awaits, 0, sizeof awaits);
}

static void typeargs_add(TSNode n) {
    if (awaits.ntypeargs == awaits.cap_typeargs) {
        awaits.cap_typeargs = awaits.cap_typeargs ? 2 * awaits.cap_typeargs : 16;
        awaits.typeargs = xrealloc(awaits.typeargs, awaits.cap_typeargs * sizeof *awaits.typeargs);
    }
    awaits.typeargs[awaits.ntypeargs++] = (Span){ts_node_start_byte(n), ts_node_end_byte(n)};
}

/* Is type descriptor i (a child of argument list up) an argument of a call
 * through an expression, not a macro called by name? */
static bool type_argument(const Preorder *o, uint32_t up) {
    uint32_t call = o->parent[up];
    TSNode call_node = call == UINT32_MAX ? ts_node_parent(o->nodes[up]) : o->nodes[call];
    return !node_is(node_field(call_node, "function"), "identifier");
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
    /* has_operand[i]: can node i have an unevaluated operand child (its type
     * is one is_unevaluated_operand answers yes for)? Each node's type is
     * looked up once, where asking is_unevaluated_operand of every node cost
     * a fifth of the lowering. */
    bool *has_operand = xcalloc(o.last, sizeof *has_operand);
    int await_t = TYPE_ID("await_expression"), yield_t = TYPE_ID("yield_expression");
    int sizeof_t = TYPE_ID("sizeof_expression"), alignof_t = TYPE_ID("alignof_expression");
    int typeof_t = TYPE_ID("typeof_specifier"), generic_t = TYPE_ID("generic_expression");
    int typedesc_t = TYPE_ID("type_descriptor"), args_t = TYPE_ID("argument_list");
    for (uint32_t i = o.first; i < o.last; i++) {
        TSNode n = o.nodes[i];
        uint32_t up = o.parent[i];
        int t = preorder_type_id(&o, i);
        if (t == typedesc_t && up != UINT32_MAX && preorder_type_id(&o, up) == args_t && type_argument(&o, up))
            typeargs_add(n);
        has_operand[i] = t == sizeof_t || t == alignof_t || t == typeof_t || t == generic_t;
        operand[i] = up == UINT32_MAX ? UINT32_MAX
                     : has_operand[up] && is_unevaluated_operand(o.nodes[up], n) ? i : operand[up];
        if (t == await_t || t == yield_t)
            awaits_add(ts_node_start_byte(n), operand[i] == UINT32_MAX ? (TSNode){0} : o.nodes[operand[i]]);
    }
    free(has_operand);
    free(operand);
}

/* The awaits' index of the tree, built when asked first. */
static void awaits_use(void) {
    if (awaits.tree != node_indexed || !awaits.starts) awaits_build(node_indexed);
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
    awaits_use();
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

/* ---- type names among a call's arguments --------------------------------- */

/* The same answer by walking n (trees other than the indexed one). */
static bool type_argument_walk(TSNode n) {
    if (node_is(n, "argument_list")) {
        TSNode call = ts_node_parent(n);
        uint32_t nc = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode c = ts_node_named_child(n, i);
            if (node_is(c, "type_descriptor") && !node_is(node_field(call, "function"), "identifier")) return true;
        }
    }
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++)
        if (type_argument_walk(ts_node_child(n, i))) return true;
    return false;
}

bool node_has_type_argument(TSNode n) {
    if (ts_node_is_null(n)) return false;
    if (!node_in_unit(n.tree)) return type_argument_walk(n);
    awaits_use();
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    size_t lo = 0, hi = awaits.ntypeargs; /* the first that starts at or after a */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (awaits.typeargs[mid].start < a) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < awaits.ntypeargs && awaits.typeargs[i].start < b; i++)
        if (awaits.typeargs[i].end <= b) return true;
    return false;
}
