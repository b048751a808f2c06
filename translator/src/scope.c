/* scope.c: the declaration of a name visible at a node, for the checks in the
 * program's terms (check.c): which declaration a name in an expression refers
 * to, so that acc can see its declared type, and whether a local hides an
 * async function of the same name.
 *
 * Every declaration of the unit is indexed by name once, in one loop over the
 * preorder of the tree (nodes.c), so that finding the one visible at a node
 * costs a lookup and a binary search, not a walk of the file: acc's cost stays
 * linear in its input.
 */
#include "acc.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Every declaration of the unit, indexed by name once (util.c's StrMap), so
 * that finding the one visible at a node costs a lookup, not a walk of the
 * file: acc's cost stays linear in its input.
 *   - file scope: the first declaration or definition of each name;
 *   - inside functions (parameters, block-scope declarations, loop headers):
 *     every one, in the order of the file, with the range of its scope and
 *     of its function. */
typedef struct DeclRef {
    TSNode decl;       /* declaration, parameter_declaration, function_definition, for_range_statement */
    TSNode declarator;
    uint32_t start;    /* where the name becomes visible (about: the declaration's start) */
    uint32_t scope_start, scope_end, fn_start, fn_end;
} DeclRef;

typedef struct NameEntry {
    char *name;
    DeclRef *top;   /* at file scope, or NULL */
    Vec locals;     /* DeclRef *, in the order of the file */
} NameEntry;

static struct {
    const Source *s;
    StrMap by_name; /* name -> NameEntry * (util.c) */
    Vec entries;    /* NameEntry *, to free them */
} index_;

static NameEntry *index_entry(const Source *s, TSNode id, bool create) {
    uint32_t a = ts_node_start_byte(id), b = ts_node_end_byte(id);
    NameEntry *e = strmap_getn(&index_.by_name, s->text + a, b - a);
    if (e || !create) return e;
    e = xcalloc(1, sizeof *e);
    e->name = xstrndup(s->text + a, b - a);
    strmap_put(&index_.by_name, e->name, e);
    vec_push(&index_.entries, e);
    return e;
}

/* Records that `decl` declares the name of `declarator`, visible in `scope`
 * (a null scope: file scope) inside function `fn`. */
static void index_add(const Source *s, TSNode decl, TSNode declarator, TSNode scope, TSNode fn) {
    TSNode id = declarator_ident(declarator);
    if (ts_node_is_null(id) || !node_is(id, "identifier")) return;
    NameEntry *e = index_entry(s, id, true);
    if (ts_node_is_null(scope) && e->top) return;
    DeclRef *r = xcalloc(1, sizeof *r);
    r->decl = decl;
    r->declarator = declarator;
    r->start = ts_node_start_byte(decl);
    if (ts_node_is_null(scope)) {
        e->top = r;
        return;
    }
    r->scope_start = ts_node_start_byte(scope);
    r->scope_end = ts_node_end_byte(scope);
    r->fn_start = ts_node_start_byte(fn);
    r->fn_end = ts_node_end_byte(fn);
    vec_push(&e->locals, r);
}

/* Each declarator of declaration n. */
static void index_declaration(const Source *s, TSNode n, TSNode scope, TSNode fn) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    if (ts_tree_cursor_goto_first_child(&c)) {
        do {
            const char *f = ts_tree_cursor_current_field_name(&c);
            if (f && !strcmp(f, "declarator")) index_add(s, n, ts_tree_cursor_current_node(&c), scope, fn);
        } while (ts_tree_cursor_goto_next_sibling(&c));
    }
    ts_tree_cursor_delete(&c);
}

/* The scope a block-level declaration or loop header belongs to. */
static TSNode scope_of(TSNode n) {
    TSNode up = ts_node_parent(n);
    /* after `case X:` a declaration belongs to the switch's block */
    while (node_is(up, "case_statement") || node_is(up, "labeled_statement")) up = ts_node_parent(up);
    return up;
}

/* The index being built in a thread (scope_index_start): only the thread
 * that started it reads `ahead` or the index, after joining it. */
static struct {
    pthread_t thread;
    bool running;
    Preorder o;
} ahead;

static void index_wait(void) {
    if (!ahead.running) return;
    pthread_join(ahead.thread, NULL);
    ahead.running = false;
}

void scope_index_free(void) {
    index_wait();
    for (int i = 0; i < index_.entries.len; i++) {
        NameEntry *e = index_.entries.items[i];
        free(e->name);
        free(e->top);
        for (int k = 0; k < e->locals.len; k++) free(e->locals.items[k]);
        vec_free(&e->locals);
        free(e);
    }
    vec_free(&index_.entries);
    strmap_free(&index_.by_name);
    index_.s = NULL;
}

/* The index of the unit: a loop over its preorder (nodes.c). It reads the
 * tree and writes only index_, so it can run beside analyse (scope_index_start). */
static void index_unit(const Source *s, const Preorder *o) {
    TSNode fn = {0};
    uint32_t fn_end = 0; /* the index past fn's subtree */
    for (uint32_t i = o->first; i < o->last;) {
        if (!ts_node_is_null(fn) && i >= fn_end) fn = (TSNode){0};
        TSNode n = o->nodes[i];
        int k = preorder_type_id(o, i); /* (the unit's symbol array) */
        bool descend = true;
        if (k == TYPE_ID("function_definition") && ts_node_is_null(fn)) {
            TSNode d = node_field(n, "declarator");
            index_add(s, n, d, (TSNode){0}, (TSNode){0});
            fn = n;
            fn_end = o->end[i];
            TSNode fd = declarator_function(d);
            TSNode params = ts_node_is_null(fd) ? fd : node_field(fd, "parameters"); /* K&R, damaged input */
            uint32_t np = ts_node_is_null(params) ? 0 : ts_node_named_child_count(params);
            for (uint32_t j = 0; j < np; j++) {
                TSNode prm = ts_node_named_child(params, j);
                if (node_is(prm, "parameter_declaration")) index_add(s, prm, node_field(prm, "declarator"), n, n);
            }
        } else if (k == TYPE_ID("declaration")) {
            if (ts_node_is_null(fn)) index_declaration(s, n, (TSNode){0}, fn);
            else index_declaration(s, n, scope_of(n), fn);
        } else if (k == TYPE_ID("for_range_statement") && !ts_node_is_null(fn)) {
            index_add(s, n, node_field(n, "declarator"), n, fn);
        } else if (k == TYPE_ID("expression_statement") || k == TYPE_ID("string_literal") || k == TYPE_ID("comment")) {
            descend = false; /* no declarations in there (statement expressions aside) */
        }
        i = descend ? i + 1 : o->end[i];
    }
}

static void *index_thread(void *arg) {
    index_unit(arg, &ahead.o);
    node_thread_done();
    return NULL;
}

/* Builds the index of the unit (once), or waits for the thread building it. */
void scope_index_build(const Source *s, TSNode root) {
    index_wait();
    if (index_.s == s) return;
    scope_index_free(); /* another unit's */
    index_.s = s;
    Preorder o;
    if (node_preorder(root, &o)) index_unit(s, &o);
}

void scope_index_start(const Source *s, TSNode root) {
    index_wait();
    if (index_.s == s) return;
    scope_index_free();
    if (!node_preorder(root, &ahead.o)) return;
    (void)node_type_id(root); /* parse.c's table of types, built here and not in two threads */
    index_.s = s;
    ahead.running = pthread_create(&ahead.thread, NULL, index_thread, (void *)s) == 0;
    if (!ahead.running) index_unit(s, &ahead.o);
}

/* The declaration of `name` visible at node `at`: the innermost one before
 * it in a scope around it, in its function; else the file's. *decl gets the
 * declaring node, *local whether it is inside a function. Returns the
 * declarator, or a null node. */
TSNode find_declaration(const Source *s, TSNode at, const char *name, TSNode *decl, bool *local) {
    *local = false;
    index_wait();
    if (index_.s != s) return (TSNode){0}; /* not built: nothing is known */
    NameEntry *e = strmap_get(&index_.by_name, name);
    if (!e) return (TSNode){0};
    uint32_t pos = ts_node_start_byte(at);
    /* the last local declaration before pos, then back while in pos's function */
    int lo = 0, hi = e->locals.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (((DeclRef *)e->locals.items[mid])->start < pos) lo = mid + 1;
        else hi = mid;
    }
    for (int i = lo - 1; i >= 0; i--) {
        DeclRef *r = e->locals.items[i];
        if (pos < r->fn_start || pos >= r->fn_end) break; /* an earlier function's */
        if (pos >= r->scope_start && pos < r->scope_end) {
            *decl = r->decl;
            *local = true;
            return r->declarator;
        }
    }
    if (!e->top) return (TSNode){0};
    *decl = e->top->decl;
    return e->top->declarator;
}
