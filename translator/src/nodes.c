/* nodes.c: fast children and parents of tree-sitter nodes.
 *
 * tree-sitter 0.20's ts_node_child(n, i) walks n's children from the first
 * (O(i)), and ts_node_parent(n) walks down from the root, through every
 * earlier sibling at each level (O(depth x width)). A loop over the
 * children of a long function body or of the translation unit, and a parent
 * lookup in its 20,000th function, made acc quadratic in its input. Here the
 * children of a wide node are collected once (one cursor pass) and kept, so
 * child i is an array access and the descent for a parent is a binary search
 * at each wide level. acc.h makes every file use these under tree-sitter's
 * names. The caches serve one tree, the unit being translated
 * (node_cache_use); other trees (headers, statements parsed again) are small
 * and get tree-sitter's own functions. unit_free drops them with the tree. */
#define ACC_NODES_C
#include "acc.h"

#include <stdlib.h>
#include <string.h>

/* Nodes with fewer children use tree-sitter's own functions: they are cheap. */
enum { WIDE = 8 };

typedef struct Kids {
    const TSTree *tree;
    uint32_t n, nnamed;
    TSNode *all, *named;
} Kids;

static const TSTree *indexed; /* the tree the caches serve */
static PtrMap kids_cache; /* node id -> Kids * */
static struct {
    TSNode *nodes;
    uint32_t *at; /* their indexes in the tree's preorder (UINT32_MAX: not known) */
    int len, cap;
} path; /* acc_node_parent's */

/* (the preorder, below) */
static uint32_t pre_index_of(TSNode n);
static TSNode pre_child_toward(uint32_t at, TSNode self, uint32_t start, uint32_t end, uint32_t *next_at);

static void kids_free(Kids *k) {
    free(k->all);
    free(k->named);
    free(k);
}

static void awaits_clear(void);
static void pre_forget(const TSTree *tree);

void node_cache_use(const TSTree *tree) {
    node_cache_clear();
    indexed = tree;
}

void node_cache_forget(const TSTree *tree) {
    if (tree == indexed) node_cache_clear();
    pre_forget(tree);
}

void node_cache_clear(void) {
    indexed = NULL;
    awaits_clear(); /* (the preorders stay: each goes with its tree, pre_forget) */
    free(path.nodes);
    free(path.at);
    memset(&path, 0, sizeof path);
    for (size_t i = 0; i < kids_cache.cap; i++)
        if (kids_cache.keys[i]) kids_free(kids_cache.vals[i]);
    ptrmap_free(&kids_cache);
}

/* The children of n when it is wide, else NULL. */
static const Kids *wide_kids(TSNode n) {
    if (n.tree != indexed || !indexed) return NULL;
    uint32_t count = ts_node_child_count(n);
    if (count < WIDE) return NULL;
    Kids *k = ptrmap_get(&kids_cache, n.id);
    if (k && k->tree == n.tree) return k;
    if (k) kids_free(k); /* a freed tree's node at the same address: not ours */
    k = xcalloc(1, sizeof *k);
    k->tree = n.tree;
    k->all = xcalloc(count, sizeof *k->all);
    k->named = xcalloc(ts_node_named_child_count(n) + 1, sizeof *k->named);
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            TSNode child = ts_tree_cursor_current_node(&c);
            if (k->n < count) k->all[k->n++] = child;
            if (ts_node_is_named(child) && k->nnamed < ts_node_named_child_count(n)) k->named[k->nnamed++] = child;
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
    ptrmap_put(&kids_cache, n.id, k);
    return k;
}

TSNode acc_node_child(TSNode n, uint32_t i) {
    const Kids *k = wide_kids(n);
    if (!k) return ts_node_child(n, i);
    return i < k->n ? k->all[i] : (TSNode){0};
}

uint32_t node_first_child_ending_after(TSNode n, uint32_t byte) {
    const Kids *k = wide_kids(n);
    if (!k) {
        uint32_t nc = ts_node_child_count(n), i = 0;
        while (i < nc && ts_node_end_byte(ts_node_child(n, i)) <= byte) i++;
        return i;
    }
    uint32_t lo = 0, hi = k->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ts_node_end_byte(k->all[mid]) > byte) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

TSNode acc_node_named_child(TSNode n, uint32_t i) {
    const Kids *k = ts_node_named_child_count(n) >= WIDE ? wide_kids(n) : NULL;
    if (!k) return ts_node_named_child(n, i);
    return i < k->nnamed ? k->named[i] : (TSNode){0};
}

/* ts_node_parent's rule, one level: among node's children, in order, stop at
 * `self`, or at the first that starts after it; descend into the first that
 * ends at or after it. The children's starts and ends never decrease, so on a
 * wide node both are binary searches. Returns the child to descend into, or a
 * null node when self is a child of node (or none contains it). */
static TSNode child_toward(TSNode node, uint32_t at, TSNode self, uint32_t start, uint32_t end, uint32_t *next_at) {
    const Kids *k = wide_kids(node);
    TSNode none = {0};
    *next_at = UINT32_MAX;
    if (!k && at != UINT32_MAX) return pre_child_toward(at, self, start, end, next_at);
    if (!k) {
        TSTreeCursor c = ts_tree_cursor_new(node);
        TSNode found = none;
        if (ts_tree_cursor_goto_first_child(&c)) {
            do {
                TSNode child = ts_tree_cursor_current_node(&c);
                if (ts_node_start_byte(child) > start || child.id == self.id) break;
                if (ts_node_end_byte(child) >= end) {
                    found = child;
                    break;
                }
            } while (ts_tree_cursor_goto_next_sibling(&c));
        }
        ts_tree_cursor_delete(&c);
        return found;
    }
    /* the first child whose end is >= end */
    uint32_t lo = 0, hi = k->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ts_node_end_byte(k->all[mid]) >= end) hi = mid;
        else lo = mid + 1;
    }
    if (lo == k->n) return none;
    TSNode c = k->all[lo];
    if (ts_node_start_byte(c) > start || c.id == self.id) return none;
    *next_at = pre_index_of(c);
    return c;
}

/* The path from the root to the last parent found: lookups come in source
 * order, so the next one starts from the nearest node of the path that
 * strictly contains its node, not from the root. */
static void path_push(TSNode n, uint32_t at) {
    if (path.len == path.cap) {
        path.cap = path.cap ? 2 * path.cap : 64;
        path.nodes = xrealloc(path.nodes, (size_t)path.cap * sizeof *path.nodes);
        path.at = xrealloc(path.at, (size_t)path.cap * sizeof *path.at);
    }
    path.at[path.len] = at;
    path.nodes[path.len++] = n;
}

static bool strictly_contains(TSNode a, uint32_t start, uint32_t end) {
    uint32_t as = ts_node_start_byte(a), ae = ts_node_end_byte(a);
    return as <= start && end <= ae && ae - as > end - start;
}

TSNode acc_node_parent(TSNode self) {
    if (ts_node_is_null(self)) return self;
    if (self.tree != indexed || !indexed) return ts_node_parent(self);
    TSNode root = ts_tree_root_node(self.tree);
    if (root.id == self.id) return (TSNode){0};
    if (!path.len || path.nodes[0].tree != self.tree || path.nodes[0].id != root.id) {
        path.len = 0;
        path_push(root, 0); /* the root is the preorder's first node */
    }
    uint32_t start = ts_node_start_byte(self), end = ts_node_end_byte(self);
    while (path.len > 1 && !strictly_contains(path.nodes[path.len - 1], start, end)) path.len--;
    for (;;) {
        TSNode node = path.nodes[path.len - 1];
        uint32_t next_at;
        TSNode next = child_toward(node, path.at[path.len - 1], self, start, end, &next_at);
        if (ts_node_is_null(next)) return node;
        path_push(next, next_at);
    }
}

/* ---- the preorder ---------------------------------------------------------- */

/* The nodes of one tree in preorder, with where each one's subtree ends and
 * its parent: one cursor walk builds it, and every later walk of the unit (the
 * checks, the macros, the callees, the await index) is a loop over arrays. A
 * cursor step costs hundreds of instructions in tree-sitter 0.20: each walk
 * of the whole unit cost as much as a tenth of its parse. Start bytes never
 * decrease in preorder, so a node's index is a binary search. */
typedef struct Pre {
    const TSTree *tree;
    TSNode *nodes;
    uint32_t *end;    /* index past node i's subtree */
    uint32_t *parent; /* index of node i's parent (UINT32_MAX: the root) */
    uint32_t len, cap;
    uint32_t depth;   /* the deepest node's depth (the root's is 0) */
    struct Pre *next;
} Pre;

/* One per tree walked (the unit's, and any other asked for), kept until its
 * tree is freed: a walk in progress never sees its arrays move. */
static Pre *pres;

static void pre_free(Pre *p) {
    free(p->nodes);
    free(p->end);
    free(p->parent);
    free(p);
}



static void pre_forget(const TSTree *tree) {
    for (Pre **at = &pres; *at; at = &(*at)->next)
        if ((*at)->tree == tree) {
            Pre *p = *at;
            *at = p->next;
            pre_free(p);
            return;
        }
}

static uint32_t pre_add(Pre *p, TSNode n, uint32_t parent) {
    if (p->len == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 1024;
        p->nodes = xrealloc(p->nodes, p->cap * sizeof *p->nodes);
        p->end = xrealloc(p->end, p->cap * sizeof *p->end);
        p->parent = xrealloc(p->parent, p->cap * sizeof *p->parent);
    }
    p->nodes[p->len] = n;
    p->end[p->len] = p->len + 1;
    p->parent[p->len] = parent;
    return p->len++;
}

static Pre *pre_build(const TSTree *tree) {
    Pre *p = xcalloc(1, sizeof *p);
    p->tree = tree;
    uint32_t cap = 256, depth = 0;
    uint32_t *open = xcalloc(cap, sizeof *open); /* open[d]: the node at depth d */
    TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(tree));
    open[0] = pre_add(p, ts_tree_cursor_current_node(&c), UINT32_MAX);
    for (;;) {
        if (ts_tree_cursor_goto_first_child(&c)) {
            if (++depth == cap) open = xrealloc(open, (cap *= 2) * sizeof *open);
            if (depth > p->depth) p->depth = depth;
        } else {
            p->end[open[depth]] = p->len;
            while (!ts_tree_cursor_goto_next_sibling(&c)) {
                if (!ts_tree_cursor_goto_parent(&c)) goto done;
                p->end[open[--depth]] = p->len;
            }
        }
        open[depth] = pre_add(p, ts_tree_cursor_current_node(&c), open[depth - 1]);
    }
done:
    ts_tree_cursor_delete(&c);
    free(open);
    p->next = pres;
    pres = p;
    return p;
}

static Pre *pre_of(const TSTree *tree) {
    for (Pre *p = pres; p; p = p->next)
        if (p->tree == tree) return p;
    return pre_build(tree);
}

/* n's index in p (the preorder of its tree), or UINT32_MAX. */
static uint32_t pre_index(const Pre *p, TSNode n) {
    uint32_t start = ts_node_start_byte(n), lo = 0, hi = p->len;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ts_node_start_byte(p->nodes[mid]) < start) lo = mid + 1;
        else hi = mid;
    }
    for (; lo < p->len && ts_node_start_byte(p->nodes[lo]) == start; lo++)
        if (p->nodes[lo].id == n.id) return lo;
    return UINT32_MAX;
}

bool node_preorder(TSNode root, Preorder *out) {
    memset(out, 0, sizeof *out);
    if (ts_node_is_null(root)) return false;
    const Pre *p = pre_of(root.tree);
    uint32_t i = pre_index(p, root);
    if (i == UINT32_MAX) return false;
    out->nodes = p->nodes;
    out->end = p->end;
    out->parent = p->parent;
    out->first = i;
    out->last = p->end[i];
    return true;
}

uint32_t node_tree_depth(const TSTree *tree) { return pre_of(tree)->depth; }

static uint32_t pre_index_of(TSNode n) { return pre_index(pre_of(n.tree), n); }

/* child_toward's rule over the children of the node at index `at` of the
 * indexed tree's preorder: the same children, in the same order, as a cursor
 * would give, without one. */
static TSNode pre_child_toward(uint32_t at, TSNode self, uint32_t start, uint32_t end, uint32_t *next_at) {
    const Pre *p = pre_of(indexed);
    for (uint32_t j = at + 1; j < p->end[at]; j = p->end[j]) {
        TSNode child = p->nodes[j];
        if (ts_node_start_byte(child) > start || child.id == self.id) break;
        if (ts_node_end_byte(child) >= end) {
            *next_at = j;
            return child;
        }
    }
    return (TSNode){0};
}

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

static void awaits_clear(void) {
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
    awaits_clear();
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
    if (n.tree != indexed || !indexed) return awaits_walk(n);
    if (awaits.tree != n.tree || !awaits.starts) awaits_build(n.tree);
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
