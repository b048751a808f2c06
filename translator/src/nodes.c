/* nodes.c: the unit's syntax tree as arrays: children, fields and parents of
 * tree-sitter nodes in O(1).
 *
 * tree-sitter 0.20's ts_node_child(n, i) walks n's children from the first
 * (O(i)), ts_node_child_by_field_id walks them too, and ts_node_parent(n)
 * walks down from the root, through every earlier sibling at each level
 * (O(depth x width)). A loop over the children of a long function body or of
 * the translation unit, and a parent lookup in its 20,000th function, made acc
 * quadratic in its input; the calls left cost a third of its time. So one
 * cursor walk (pre_build) lays each tree acc walks out in preorder: every
 * node's subtree end, parent, field, children and named children are arrays,
 * and a hash table finds a node's index from its id. acc.h makes every file
 * use these under tree-sitter's names. The child and field lookups serve one
 * tree, the unit being translated (node_cache_use); other trees (headers,
 * statements parsed again) are small and get tree-sitter's own functions.
 * unit_free drops the arrays with the tree. */
#define ACC_NODES_C
#include "acc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The nodes of one tree in preorder: one cursor walk builds it, and every
 * later walk of the unit (the checks, the macros, the callees, the await
 * index) is a loop over arrays. A cursor step costs hundreds of instructions
 * in tree-sitter 0.20: each walk of the whole unit cost as much as a tenth of
 * its parse. */
typedef struct NodeWalk {
    const TSTree *tree;
    /* a unit parsed in pieces (chunk.c): every piece's tree, tree first */
    const TSTree *trees[ACC_PIECES_MAX];
    int ntrees;
    TSNode *nodes;
    uint32_t *end;    /* index past node i's subtree */
    uint32_t *parent; /* index of node i's parent (UINT32_MAX: the root) */
    uint16_t *field;  /* node i's field in its parent (the cursor's), 0: none */
    uint8_t *named;   /* ts_node_is_named(node i); | IS_ERROR: an ERROR node */
    uint16_t *sym;    /* ts_node_symbol(node i) */
    uint32_t *kidpos; /* node i's children: kids[kidpos[i] .. kidpos[i + 1]) */
    uint32_t *kids;
    uint32_t *namedpos; /* its named children: namedkids[namedpos[i] .. namedpos[i + 1]) */
    uint32_t *namedkids;
    uint32_t *slots; /* id -> index: open addressing, UINT32_MAX empty */
    size_t mask;
    uint32_t len, cap;
    uint32_t depth;   /* the deepest node's depth (the root's is 0) */
    struct NodeWalk *next;
} Pre;

/* One per tree walked (the unit's, and any other asked for), kept until its
 * tree is freed: a walk in progress never sees its arrays move. */
static Pre *pres;
const TSTree *node_indexed; /* the tree the O(1) lookups serve */
static Pre *ipre;           /* its preorder, once built */
/* The last lookups, by id: the lowering asks about the nodes of one
 * statement again and again, and this table stays in the cache where the
 * id table of a large unit does not. Cleared with the indexed tree. One per
 * thread, like the path below: scope.c builds its index in a thread of its
 * own while the unit is analysed. */
enum { MEMO = 4096 };
static _Thread_local struct Memo {
    const void *id;
    uint32_t at;
} memo[MEMO];

static _Thread_local struct {
    TSNode *nodes;
    uint32_t *at; /* their indexes in the tree's preorder */
    int len, cap;
} path; /* acc_node_parent's */

/* ACC_CHECK_NODES=1: compare the arrays' answers with tree-sitter's (read
 * once, before any thread starts) */
static int check_nodes = -1;

static Pre *pre_of(const TSTree *tree);
enum { IS_ERROR = 2 };

static void pre_free(Pre *p) {
    free(p->nodes);
    free(p->end);
    free(p->parent);
    free(p->field);
    free(p->named);
    free(p->sym);
    free(p->kidpos);
    free(p->kids);
    free(p->namedpos);
    free(p->namedkids);
    free(p->slots);
    free(p);
}

static void pre_forget(const TSTree *tree) {
    for (Pre **at = &pres; *at; at = &(*at)->next)
        if ((*at)->tree == tree) {
            Pre *p = *at;
            *at = p->next;
            if (p == ipre) ipre = NULL;
            if (p->nodes == node_marked.nodes) memset(&node_marked, 0, sizeof node_marked);
            pre_free(p);
            return;
        }
}

NodeMarked node_marked;

void node_cache_use(const TSTree *tree) {
    node_cache_clear();
    if (check_nodes < 0) check_nodes = getenv("ACC_CHECK_NODES") != NULL;
    node_indexed = tree;
    ipre = pre_of(tree);
    node_marked = (NodeMarked){tree, ipre->nodes, ipre->sym, ipre->len, {0}, 0};
    for (int k = 0; k < ipre->ntrees; k++) node_marked.trees[node_marked.ntrees++] = ipre->trees[k];
}

TSSymbol acc_node_symbol_slow(TSNode n) { return ts_node_symbol(n); }

void node_cache_forget(const TSTree *tree) {
    if (tree == node_indexed) node_cache_clear();
    pre_forget(tree);
}

void node_cache_clear(void) {
    node_indexed = NULL;
    memset(&node_marked, 0, sizeof node_marked);
    ipre = NULL;
    memset(memo, 0, sizeof memo);
    node_awaits_clear(); /* (the preorders stay: each goes with its tree, pre_forget) */
    node_thread_done();
}

void node_thread_done(void) {
    free(path.nodes);
    free(path.at);
    memset(&path, 0, sizeof path);
}

/* ---- building the preorder ------------------------------------------------ */

/* Room for cap nodes in the walk's arrays. */
static void pre_reserve(Pre *p, uint32_t cap) {
    p->cap = cap;
    p->nodes = xrealloc(p->nodes, p->cap * sizeof *p->nodes);
    p->end = xrealloc(p->end, p->cap * sizeof *p->end);
    p->parent = xrealloc(p->parent, p->cap * sizeof *p->parent);
    p->field = xrealloc(p->field, p->cap * sizeof *p->field);
}

static uint32_t pre_add(Pre *p, const TSTreeCursor *c, uint32_t parent) {
    if (p->len == p->cap) pre_reserve(p, p->cap ? 2 * p->cap : 1024);
    p->nodes[p->len] = ts_tree_cursor_current_node(c);
    p->end[p->len] = p->len + 1;
    p->parent[p->len] = parent;
    p->field[p->len] = parent == UINT32_MAX ? 0 : ts_tree_cursor_current_field_id(c);
    return p->len++;
}

static size_t id_hash(const void *id, size_t mask) {
    return (size_t)(((uint64_t)(uintptr_t)id >> 3) * 0x9E3779B97F4A7C15ull >> 32) & mask;
}

/* The children lists: a counting pass over the parents, then a fill in
 * preorder (a node's children come in order). */
static void pre_index_kids(Pre *p) {
    uint32_t n = p->len;
    p->kidpos = xcalloc((size_t)n + 1, sizeof *p->kidpos);
    p->namedpos = xcalloc((size_t)n + 1, sizeof *p->namedpos);
    for (uint32_t i = 0; i < n; i++) {
        if (p->parent[i] == UINT32_MAX) continue;
        p->kidpos[p->parent[i] + 1]++;
        p->namedpos[p->parent[i] + 1] += p->named[i] & 1;
    }
    for (uint32_t i = 0; i < n; i++) {
        p->kidpos[i + 1] += p->kidpos[i];
        p->namedpos[i + 1] += p->namedpos[i];
    }
    p->kids = xcalloc(p->kidpos[n] + 1, sizeof *p->kids);
    p->namedkids = xcalloc(p->namedpos[n] + 1, sizeof *p->namedkids);
    uint32_t *fill = xcalloc((size_t)n + 1, sizeof *fill), *nfill = xcalloc((size_t)n + 1, sizeof *nfill);
    for (uint32_t i = 0; i < n; i++) {
        uint32_t up = p->parent[i];
        if (up == UINT32_MAX) continue;
        p->kids[p->kidpos[up] + fill[up]++] = i;
        if (p->named[i] & 1) p->namedkids[p->namedpos[up] + nfill[up]++] = i;
    }
    free(fill);
    free(nfill);
}

static void slots_alloc(Pre *p) {
    size_t size = 64;
    while (size < 2 * (size_t)p->len) size *= 2;
    p->mask = size - 1;
    p->slots = xrealloc(NULL, size * sizeof *p->slots);
    memset(p->slots, 0xff, size * sizeof *p->slots);
}

/* Node i into the id table (threads of the join fill it at once: a slot is
 * taken by compare-and-swap), and its mark: each node handed out from these
 * arrays carries its index where tree-sitter keeps its row and column (acc
 * reads neither; tree-sitter uses them only for points): NODE_MARK in the
 * row, the index in the column. A node with the mark whose index names a
 * node of another id (one a cursor derived from a marked node, whose row it
 * copied) is looked up by id. */
static void slots_add(Pre *p, uint32_t i) {
    size_t h = id_hash(p->nodes[i].id, p->mask);
    for (;; h = (h + 1) & p->mask) {
        uint32_t empty = UINT32_MAX;
        if (__atomic_compare_exchange_n(&p->slots[h], &empty, i, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) break;
    }
    p->nodes[i].context[1] = NODE_MARK;
    p->nodes[i].context[2] = i;
}

/* The children lists and the id table. */
static void pre_index_build(Pre *p) {
    pre_index_kids(p);
    slots_alloc(p);
    for (uint32_t i = 0; i < p->len; i++) slots_add(p, i);
}

/* The walk: nodes, subtree ends, parents, fields, symbols, named flags and
 * depth. It reads only its tree, so pieces of a unit are walked in parallel. */
static Pre *pre_walk(const TSTree *tree) {
    Pre *p = xcalloc(1, sizeof *p);
    p->tree = tree;
    p->trees[p->ntrees++] = tree;
    uint32_t cap = 256, depth = 0;
    uint32_t *open = xcalloc(cap, sizeof *open); /* open[d]: the node at depth d */
    TSNode root = ts_tree_root_node(tree);
    /* about 0.65 nodes per byte of C: one reallocation (a copy) at most */
    pre_reserve(p, (ts_node_end_byte(root) - ts_node_start_byte(root)) / 4 * 3 + 1024);
    TSTreeCursor c = ts_tree_cursor_new(root);
    open[0] = pre_add(p, &c, UINT32_MAX);
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
        open[depth] = pre_add(p, &c, open[depth - 1]);
    }
done:
    ts_tree_cursor_delete(&c);
    free(open);
    p->named = xcalloc(p->len, 1);
    p->sym = xcalloc(p->len, sizeof *p->sym);
    for (uint32_t i = 0; i < p->len; i++) {
        p->sym[i] = ts_node_symbol(p->nodes[i]);
        p->named[i] = ts_node_is_named(p->nodes[i]) | (p->sym[i] == (TSSymbol)-1 ? IS_ERROR : 0);
    }
    return p;
}

static Pre *pre_register(Pre *p) {
    pre_index_build(p);
    p->next = pres;
    pres = p;
    return p;
}

static Pre *pre_build(const TSTree *tree) { return pre_register(pre_walk(tree)); }

NodeWalk *node_walk(const TSTree *tree) {
    Pre *p = pre_walk(tree);
    pre_index_kids(p); /* in the piece's thread: the join only shifts them */
    return p;
}
uint32_t node_walk_depth(const NodeWalk *w) { return w->depth; }
void node_walk_free(NodeWalk *w) {
    if (w) pre_free(w);
}

/* ---- joining the pieces' walks (chunk.c) ------------------------------------ */

/* Piece k's node i (i > 0) goes to off + i - 1: its root is dropped, its
 * top-level nodes become children of the first piece's root (index 0).
 * Each piece is shifted into the unit's arrays by a thread of its own. */
typedef struct Shift {
    Pre *to;
    Pre *w;
    uint32_t off;   /* where its node 1 goes (piece 0: its node 0 goes to 0) */
    uint32_t kbase, nbase; /* where its non-root nodes' children go in kids, namedkids */
    uint32_t kroot, nroot; /* where its root's children go */
} Shift;

static void *shift_piece(void *arg) {
    Shift *sh = arg;
    Pre *to = sh->to;
    const Pre *w = sh->w;
    uint32_t off = sh->off;
    /* global index of local node i (i > 0) */
#define G(i) (off + (i) - 1)
    uint32_t rk = w->kidpos[1], rn = w->namedpos[1]; /* its root's children */
    for (uint32_t i = 1; i < w->len; i++) {
        uint32_t g = G(i);
        to->nodes[g] = w->nodes[i];
        to->end[g] = G(w->end[i]);
        to->parent[g] = w->parent[i] == 0 ? 0 : G(w->parent[i]);
        to->field[g] = w->field[i];
        to->sym[g] = w->sym[i];
        to->named[g] = w->named[i];
        to->kidpos[g] = sh->kbase + w->kidpos[i] - rk;
        to->namedpos[g] = sh->nbase + w->namedpos[i] - rn;
    }
    for (uint32_t j = rk; j < w->kidpos[w->len]; j++) to->kids[sh->kbase + j - rk] = G(w->kids[j]);
    for (uint32_t j = rn; j < w->namedpos[w->len]; j++) to->namedkids[sh->nbase + j - rn] = G(w->namedkids[j]);
    for (uint32_t j = 0; j < rk; j++) to->kids[sh->kroot + j] = G(w->kids[j]);
    for (uint32_t j = 0; j < rn; j++) to->namedkids[sh->nroot + j] = G(w->namedkids[j]);
#undef G
    uint32_t last = off + w->len - 1; /* past its last node */
    for (uint32_t g = off; g < last; g++) slots_add(to, g);
    return NULL;
}

static Pre *pre_alloc(uint32_t len, uint32_t kids, uint32_t named) {
    Pre *p = xcalloc(1, sizeof *p);
    p->len = p->cap = len;
    p->nodes = xrealloc(NULL, len * sizeof *p->nodes);
    p->end = xrealloc(NULL, len * sizeof *p->end);
    p->parent = xrealloc(NULL, len * sizeof *p->parent);
    p->field = xrealloc(NULL, len * sizeof *p->field);
    p->sym = xrealloc(NULL, len * sizeof *p->sym);
    p->named = xrealloc(NULL, len);
    p->kidpos = xrealloc(NULL, ((size_t)len + 1) * sizeof *p->kidpos);
    p->namedpos = xrealloc(NULL, ((size_t)len + 1) * sizeof *p->namedpos);
    p->kids = xrealloc(NULL, ((size_t)kids + 1) * sizeof *p->kids);
    p->namedkids = xrealloc(NULL, ((size_t)named + 1) * sizeof *p->namedkids);
    slots_alloc(p);
    return p;
}

void node_unit_adopt(NodeWalk **walks, int n) {
    /* sizes: every piece's nodes but its root (the first piece's is the unit's) */
    uint32_t len = 1, kids = 0, named = 0, rkids = 0, rnamed = 0;
    for (int k = 0; k < n; k++) {
        const Pre *w = walks[k];
        len += w->len - 1;
        kids += w->kidpos[w->len];
        named += w->namedpos[w->len];
        rkids += w->kidpos[1];
        rnamed += w->namedpos[1];
    }
    Pre *p = pre_alloc(len, kids, named);
    Shift sh[ACC_PIECES_MAX];
    uint32_t off = 1, kbase = rkids, nbase = rnamed, kroot = 0, nroot = 0;
    for (int k = 0; k < n; k++) {
        Pre *w = walks[k];
        sh[k] = (Shift){p, w, off, kbase, nbase, kroot, nroot};
        off += w->len - 1;
        kbase += w->kidpos[w->len] - w->kidpos[1];
        nbase += w->namedpos[w->len] - w->namedpos[1];
        kroot += w->kidpos[1];
        nroot += w->namedpos[1];
        p->trees[p->ntrees++] = w->tree;
        if (w->depth > p->depth) p->depth = w->depth;
    }
    /* the root: the first piece's */
    p->tree = walks[0]->tree;
    p->nodes[0] = walks[0]->nodes[0];
    p->end[0] = len;
    p->parent[0] = UINT32_MAX;
    p->field[0] = 0;
    p->sym[0] = walks[0]->sym[0];
    p->named[0] = walks[0]->named[0];
    p->kidpos[0] = 0;
    p->namedpos[0] = 0;
    p->kidpos[len] = kids;
    p->namedpos[len] = named;
    slots_add(p, 0);
    pthread_t th[ACC_PIECES_MAX];
    bool started[ACC_PIECES_MAX] = {0};
    for (int k = 1; k < n; k++) started[k] = pthread_create(&th[k], NULL, shift_piece, &sh[k]) == 0;
    shift_piece(&sh[0]);
    for (int k = 1; k < n; k++) {
        if (started[k]) pthread_join(th[k], NULL);
        else shift_piece(&sh[k]);
    }
    for (int k = 0; k < n; k++) pre_free(walks[k]);
    pre_forget(p->tree); /* a walk of the first piece alone, if one was made */
    p->next = pres;
    pres = p;
}

static bool pre_has(const Pre *p, const TSTree *tree) {
    for (int k = 0; k < p->ntrees; k++)
        if (p->trees[k] == tree) return true;
    return false;
}

static Pre *pre_of(const TSTree *tree) {
    for (Pre *p = pres; p; p = p->next)
        if (pre_has(p, tree)) return p;
    return pre_build(tree);
}

bool node_in_unit(const TSTree *tree) { return node_indexed && (tree == node_indexed || node_in_marked(tree)); }

/* n's index in p (the preorder of its tree), or UINT32_MAX. */
static uint32_t pre_index(const Pre *p, TSNode n) {
    for (size_t h = id_hash(n.id, p->mask);; h = (h + 1) & p->mask) {
        uint32_t i = p->slots[h];
        if (i == UINT32_MAX || p->nodes[i].id == n.id) return i;
    }
}

/* n's index in the indexed tree's preorder, or UINT32_MAX (another tree). */
static uint32_t indexed_at(TSNode n) {
    if (!n.id || !node_in_unit(n.tree)) return UINT32_MAX;
    if (!ipre) ipre = pre_of(node_indexed);
    if (n.context[1] == NODE_MARK && n.context[2] < ipre->len && ipre->nodes[n.context[2]].id == n.id)
        return n.context[2];
    struct Memo *m = &memo[((uintptr_t)n.id >> 3) & (MEMO - 1)];
    if (m->id == n.id) return m->at;
    if (!ipre) ipre = pre_of(node_indexed);
    uint32_t at = pre_index(ipre, n);
    if (at != UINT32_MAX) *m = (struct Memo){n.id, at};
    return at;
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

/* ---- children and fields -------------------------------------------------- */

TSNode acc_node_child(TSNode n, uint32_t i) {
    uint32_t at = indexed_at(n);
    if (at == UINT32_MAX) return ts_node_child(n, i);
    const Pre *p = ipre;
    return i < p->kidpos[at + 1] - p->kidpos[at] ? p->nodes[p->kids[p->kidpos[at] + i]] : (TSNode){0};
}

uint32_t acc_node_child_count(TSNode n) {
    uint32_t at = indexed_at(n);
    return at == UINT32_MAX ? ts_node_child_count(n) : ipre->kidpos[at + 1] - ipre->kidpos[at];
}

uint32_t acc_node_named_child_count(TSNode n) {
    uint32_t at = indexed_at(n);
    return at == UINT32_MAX ? ts_node_named_child_count(n) : ipre->namedpos[at + 1] - ipre->namedpos[at];
}

TSNode acc_node_named_child(TSNode n, uint32_t i) {
    uint32_t at = indexed_at(n);
    if (at == UINT32_MAX) return ts_node_named_child(n, i);
    const Pre *p = ipre;
    return i < p->namedpos[at + 1] - p->namedpos[at] ? p->nodes[p->namedkids[p->namedpos[at] + i]] : (TSNode){0};
}

uint32_t node_first_child_ending_after(TSNode n, uint32_t byte) {
    uint32_t at = indexed_at(n);
    if (at == UINT32_MAX) {
        uint32_t nc = ts_node_child_count(n), i = 0;
        while (i < nc && ts_node_end_byte(ts_node_child(n, i)) <= byte) i++;
        return i;
    }
    const Pre *p = ipre;
    const uint32_t *k = p->kids + p->kidpos[at];
    uint32_t lo = 0, hi = p->kidpos[at + 1] - p->kidpos[at];
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ts_node_end_byte(p->nodes[k[mid]]) > byte) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* The field of n's child `field`, from the cursor's fields: the first child
 * the cursor names so. tree-sitter 0.20's ts_node_child_by_field_id gives the
 * same node, except in an ERROR node (where it finds none: its own is used); ACC_CHECK_NODES=1 makes acc compare the two on every lookup
 * (tests/robustness runs it over the repository's .ac files). */
TSNode node_field_id(TSNode n, int field) {
    /* a null node has no tree: tree-sitter 0.20 would dereference it */
    if (ts_node_is_null(n)) return n;
    uint32_t at = indexed_at(n);
    const Pre *p = ipre;
    if (at == UINT32_MAX || field <= 0 || (p->named[at] & IS_ERROR))
        return ts_node_child_by_field_id(n, (TSFieldId)field);
    TSNode found = {0};
    for (uint32_t k = p->kidpos[at]; k < p->kidpos[at + 1]; k++)
        if (p->field[p->kids[k]] == field) {
            found = p->nodes[p->kids[k]];
            break;
        }
    if (check_nodes > 0) {
        TSNode ts = ts_node_child_by_field_id(n, (TSFieldId)field);
        if (ts.id != found.id) {
            fprintf(stderr, "acc: internal: field %d of the %s at byte %u: %s, tree-sitter's %s\n", field,
                    ts_node_type(n), ts_node_start_byte(n), found.id ? ts_node_type(found) : "none",
                    ts.id ? ts_node_type(ts) : "none");
            abort();
        }
    }
    return found;
}

/* The field name of the i-th child of n, or NULL. (The runtime's own
 * ts_node_field_name_for_child misnames children after a hidden one in 0.20:
 * this is the cursor's.) */
const char *node_child_field(TSNode n, uint32_t i) {
    uint32_t at = indexed_at(n);
    if (at != UINT32_MAX) {
        const Pre *p = ipre;
        if (i >= p->kidpos[at + 1] - p->kidpos[at]) return NULL;
        uint16_t f = p->field[p->kids[p->kidpos[at] + i]];
        return f ? ts_language_field_name_for_id(ts_tree_language(n.tree), f) : NULL;
    }
    TSTreeCursor c = ts_tree_cursor_new(n);
    const char *name = NULL;
    if (ts_tree_cursor_goto_first_child(&c)) {
        uint32_t k = 0;
        do {
            if (k == i) {
                name = ts_tree_cursor_current_field_name(&c);
                break;
            }
            k++;
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
    return name;
}

/* ---- parents ---------------------------------------------------------------- */

/* ts_node_parent's rule, one level: among node's children, in order, stop at
 * `self`, or at the first that starts after it; descend into the first that
 * ends at or after it. The children's starts and ends never decrease, so
 * both are binary searches. Returns the child to descend into, or a null node
 * when self is a child of node (or none contains it). */
static TSNode child_toward(const Pre *p, uint32_t at, TSNode self, uint32_t start, uint32_t end, uint32_t *next_at) {
    TSNode none = {0};
    *next_at = UINT32_MAX;
    const uint32_t *k = p->kids + p->kidpos[at];
    uint32_t lo = 0, n = p->kidpos[at + 1] - p->kidpos[at], hi = n;
    /* the first child whose end is >= end */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (ts_node_end_byte(p->nodes[k[mid]]) >= end) hi = mid;
        else lo = mid + 1;
    }
    if (lo == n) return none;
    TSNode c = p->nodes[k[lo]];
    if (ts_node_start_byte(c) > start || c.id == self.id) return none;
    *next_at = k[lo];
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
    if (!node_in_unit(self.tree)) return ts_node_parent(self);
    if (!ipre) ipre = pre_of(node_indexed);
    const Pre *p = ipre;
    TSNode root = p->nodes[0];
    if (root.id == self.id) return (TSNode){0};
    if (!path.len) path_push(root, 0); /* the root is the preorder's first node */
    uint32_t start = ts_node_start_byte(self), end = ts_node_end_byte(self);
    while (path.len > 1 && !strictly_contains(path.nodes[path.len - 1], start, end)) path.len--;
    for (;;) {
        uint32_t next_at;
        TSNode next = child_toward(p, path.at[path.len - 1], self, start, end, &next_at);
        if (ts_node_is_null(next)) return path.nodes[path.len - 1];
        path_push(next, next_at);
    }
}

/* ---- siblings --------------------------------------------------------------- */

/* tree-sitter 0.20 finds a sibling through ts_node_parent and a walk of the
 * parent's children: O(depth x width), and a loop over the declarations of a
 * long block quadratic. Here it is the neighbour in the parent's children
 * list. Zero-width nodes (MISSING ones) keep tree-sitter's functions: its
 * rule for them compares positions. ACC_CHECK_NODES=1 compares the two. */
static TSNode sibling(uint32_t at, int dir, bool named) {
    const Pre *p = ipre;
    uint32_t up = p->parent[at];
    if (up == UINT32_MAX) return (TSNode){0};
    const uint32_t *k = p->kids + p->kidpos[up];
    uint32_t lo = 0, hi = p->kidpos[up + 1] - p->kidpos[up], count = hi;
    while (lo < hi) { /* at's place: the children's indexes increase */
        uint32_t mid = lo + (hi - lo) / 2;
        if (k[mid] < at) lo = mid + 1;
        else hi = mid;
    }
    for (int64_t j = (int64_t)lo + dir; j >= 0 && j < (int64_t)count; j += dir)
        if (!named || (p->named[k[j]] & 1)) return p->nodes[k[j]];
    return (TSNode){0};
}

static TSNode sibling_of(TSNode n, int dir, bool named) {
    uint32_t at = indexed_at(n);
    bool fast = at != UINT32_MAX && ts_node_start_byte(n) != ts_node_end_byte(n);
    TSNode found = fast ? sibling(at, dir, named) : (TSNode){0};
    if (fast && check_nodes <= 0) return found;
    TSNode ts = dir > 0 ? (named ? ts_node_next_named_sibling(n) : ts_node_next_sibling(n))
                        : (named ? ts_node_prev_named_sibling(n) : ts_node_prev_sibling(n));
    if (fast && ts.id != found.id) {
        fprintf(stderr, "acc: internal: sibling (%d, %d) of the node at byte %u: %p, tree-sitter's %p\n", dir, named,
                ts_node_start_byte(n), found.id, ts.id);
        abort();
    }
    return ts;
}

TSNode acc_node_next_sibling(TSNode n) { return sibling_of(n, 1, false); }
TSNode acc_node_next_named_sibling(TSNode n) { return sibling_of(n, 1, true); }
TSNode acc_node_prev_sibling(TSNode n) { return sibling_of(n, -1, false); }
TSNode acc_node_prev_named_sibling(TSNode n) { return sibling_of(n, -1, true); }
