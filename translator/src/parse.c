/* parse.c: runs the tree-sitter parser and reports syntax errors; node helpers. */
#include "acc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const TSLanguage *tree_sitter_ac(void);

/* A short, printable excerpt of the text at n for "near '...'" messages. */
static char *near_text(const Source *s, TSNode n) {
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    /* The first token of the erroneous region is what the reader needs. */
    if (ts_node_child_count(n) > 0) {
        TSNode first = ts_node_child(n, 0);
        while (ts_node_child_count(first) > 0) first = ts_node_child(first, 0);
        a = ts_node_start_byte(first);
        b = ts_node_end_byte(first);
    }
    if (b - a > 24) b = a + 24;
    char *t = xstrndup(s->text + a, b - a);
    for (char *p = t; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    return t;
}

/* C23's `auto x = e;` (type inference): C17 has no such declaration, so the
 * parser reads x as a type name and misses the declarator. The declaration
 * around the MISSING node n, when it is that, else a null node. */
static TSNode c23_auto_declaration(const Source *s, TSNode n) {
    TSNode d = ts_node_parent(n);
    for (int up = 0; up < 3 && !ts_node_is_null(d) && !node_is(d, "declaration"); up++) d = ts_node_parent(d);
    if (!node_is(d, "declaration") || !node_has_specifier(s, d, "auto")) return (TSNode){0};
    return node_is(node_field(d, "type"), "type_identifier") ? d : (TSNode){0};
}

static void report_node(const Source *s, TSNode n, int *count) {
    TSNode autod = ts_node_is_missing(n) ? c23_auto_declaration(s, n) : (TSNode){0};
    if (!ts_node_is_null(autod)) {
        TSNode name = node_field(autod, "type");
        char *v = node_text(s, name);
        diag_error(s, ts_node_start_byte(name), "C23 'auto' type inference is not supported in async functions; "
                   "write '__auto_type %s' (GNU C) or the type", v);
        free(v);
    } else if (ts_node_is_missing(n)) {
        diag_error(s, ts_node_start_byte(n), "expected '%s'", ts_node_type(n));
    } else {
        char *near = near_text(s, n);
        if (*near)
            diag_error(s, ts_node_start_byte(n), "syntax error near '%s'", near);
        else
            diag_error(s, ts_node_start_byte(n), "syntax error");
        free(near);
    }
    (*count)++;
}

/* Every MISSING node and every outermost ERROR node (errors nested in an ERROR
 * region are reported only through its MISSING parts), in source order. The
 * walk is iterative: the tree is as deep as the input makes it. */
static void report_syntax(const Source *s, TSNode root, int *count) {
    TSTreeCursor c = ts_tree_cursor_new(root);
    for (;;) {
        TSNode n = ts_tree_cursor_current_node(&c);
        bool descend = false;
        if (ts_node_is_missing(n) || node_is(n, "ERROR")) {
            /* syntax.c: plain C around it may be copied as written */
            int how = syntax_error_check(s, n);
            if (how == SYNTAX_REPORT) report_node(s, n, count);
            else if (how == SYNTAX_REPORTED) (*count)++;
        } else {
            descend = ts_node_has_error(n);
        }
        if (!cursor_next(&c, descend)) break;
    }
    ts_tree_cursor_delete(&c);
}

/* ---- the nesting limit ---------------------------------------------------- */

/* What a reader calls a node of this type, for the nesting diagnostic:
 * statements first (they are what the reader nested), then expressions. */
static const char *construct_name(const char *type, bool statements) {
    static const char *const stmts[][2] = {
        {"compound_statement", "block"},
        {"if_statement", "'if' statement"},
        {"for_statement", "'for' loop"},
        {"for_range_statement", "range 'for' loop"},
        {"while_statement", "'while' loop"},
        {"do_statement", "'do' loop"},
        {"switch_statement", "'switch' statement"},
        {"case_statement", "'case'"},
        {"labeled_statement", "labelled statement"},
        {"try_statement", "'try' statement"},
        {"preproc_if", "'#if'"},
        {"preproc_ifdef", "'#ifdef'"},
        {"field_declaration_list", "struct or union body"},
    };
    static const char *const exprs[][2] = {
        {"parenthesized_expression", "parenthesised expression"},
        {"parenthesized_declarator", "parenthesised declarator"},
        {"pointer_declarator", "declarator"},
        {"array_declarator", "declarator"},
        {"function_declarator", "declarator"},
        {"argument_list", "argument list"},
        {"call_expression", "call"},
        {"binary_expression", "operator expression"},
        {"unary_expression", "operator expression"},
        {"pointer_expression", "operator expression"},
        {"cast_expression", "cast"},
        {"subscript_expression", "subscript"},
        {"comma_expression", "comma expression"},
        {"assignment_expression", "assignment"},
        {"conditional_expression", "conditional expression"},
        {"initializer_list", "initialiser list"},
        {"await_expression", "'await'"},
    };
    if (statements) {
        for (size_t i = 0; i < sizeof stmts / sizeof *stmts; i++)
            if (!strcmp(type, stmts[i][0])) return stmts[i][1];
    } else {
        for (size_t i = 0; i < sizeof exprs / sizeof *exprs; i++)
            if (!strcmp(type, exprs[i][0])) return exprs[i][1];
    }
    return NULL;
}

/* The nesting diagnostic at node n, the first one past the limit: located at
 * the nearest enclosing construct a reader knows. */
static void report_nesting(const Source *s, TSNode n, int limit) {
    for (int pass = 0; pass < 2; pass++) {
        TSNode k = n;
        for (int up = 0; up < 6 && !ts_node_is_null(k); up++, k = ts_node_parent(k)) {
            const char *what = construct_name(ts_node_type(k), pass == 0);
            if (what) {
                diag_error(s, ts_node_start_byte(k), "nesting too deep (limit %d levels) at this %s", limit, what);
                return;
            }
        }
    }
    diag_error(s, ts_node_start_byte(n), "nesting too deep (limit %d levels)", limit);
}

/* The input's nesting is checked once, right after parsing, without recursion:
 * every later pass walks the tree recursively, so the limit keeps each of them
 * well inside the stack, as gcc and clang limit bracket depth. The limit counts
 * levels of the syntax tree: a block, an if, a parenthesis are one each, a
 * while loop or an else-if two, a switch case three. Measured with an 8 MB
 * stack under AddressSanitizer (-O2, the largest frames): nested blocks
 * overflowed at about 2,800 levels, nested switch cases at about 2,800
 * (bench/acc_speed_gen.py and tests/robustness/deep.sh make such inputs). */
static bool check_nesting(const Source *s, TSNode root) {
    const int limit = ACC_NESTING_LIMIT;
    /* the preorder (nodes.c), which the later passes walk, knows the depth */
    if (node_tree_depth(root.tree) <= (uint32_t)limit) return true;
    TSTreeCursor c = ts_tree_cursor_new(root);
    int depth = 0;
    bool ok = true;
    for (;;) {
        bool descend = true;
        if (depth > limit) {
            /* one error per top-level declaration: go on with the next one */
            report_nesting(s, ts_tree_cursor_current_node(&c), limit);
            ok = false;
            while (depth > 1 && ts_tree_cursor_goto_parent(&c)) depth--;
            descend = false;
        }
        if (descend && ts_tree_cursor_goto_first_child(&c)) {
            depth++;
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(&c)) {
            if (!ts_tree_cursor_goto_parent(&c)) goto done;
            depth--;
        }
    }
done:
    ts_tree_cursor_delete(&c);
    return ok;
}

Unit *unit_parse(Source *src, bool in_pieces) {
    Unit *u = xcalloc(1, sizeof *u);
    u->src = src;
    u->parser = ts_parser_new();
    if (!ts_parser_set_language(u->parser, tree_sitter_ac())) {
        diag_fatal("the grammar's ABI does not match the tree-sitter runtime");
        unit_free(u);
        return NULL;
    }
    char *parsed = parser_view(src->text, src->len);
    if (!in_pieces || !unit_parse_pieces(u, parsed)) u->tree = ts_parser_parse_string(u->parser, NULL, parsed, (uint32_t)src->len);
    u->view = parsed;
    if (in_pieces) linemap_use_view(src, parsed); /* the unit being translated */
    if (!u->tree) {
        diag_fatal("could not parse '%s'", src->path);
        unit_free(u);
        return NULL;
    }
    u->root = ts_tree_root_node(u->tree);
    int count = 0;
    if (!check_nesting(src, u->root)) count++;
    else if (ts_node_has_error(u->root)) report_syntax(src, u->root, &count);
    if (count) {
        unit_free(u);
        return NULL;
    }
    return u;
}

/* A unit parsed in pieces is large: its trees are deleted by a thread of
 * their own while acc writes the output (unit_reap waits for it). */
static struct {
    pthread_t thread;
    bool running;
    TSTree *trees[ACC_PIECES_MAX];
    int n;
} reaper;

static void *delete_trees(void *arg) {
    (void)arg;
    for (int k = 0; k < reaper.n; k++) ts_tree_delete(reaper.trees[k]);
    return NULL;
}

void unit_reap(void) {
    if (!reaper.running) return;
    pthread_join(reaper.thread, NULL);
    reaper.running = false;
}

bool unit_keep_trees;
static TSTree *kept[ACC_PIECES_MAX]; /* reachable to the end (LeakSanitizer) */

void unit_free(Unit *u) {
    if (!u) return;
    node_cache_forget(u->tree); /* its nodes' addresses may come back in another tree */
    if (u->npieces && unit_keep_trees) {
        /* as clang's -disable-free: the process ends after writing the output */
        memcpy(kept, u->pieces, sizeof kept);
        unit_keep_trees = false;
    } else if (u->npieces) {
        unit_reap();
        reaper.n = u->npieces;
        memcpy(reaper.trees, u->pieces, sizeof reaper.trees);
        reaper.running = pthread_create(&reaper.thread, NULL, delete_trees, NULL) == 0;
        if (!reaper.running) delete_trees(NULL);
    } else if (u->tree) {
        ts_tree_delete(u->tree);
    }
    if (u->parser) ts_parser_delete(u->parser);
    linemap_drop_view(u->view);
    free(u->view);
    free(u);
}

/* Moves a cursor to the next node of a preorder walk: the first child when
 * `descend` and there is one, else the next sibling of it or of the nearest
 * ancestor that has one. False when the walk of the cursor's root is over. */
bool cursor_next(TSTreeCursor *c, bool descend) {
    if (descend && ts_tree_cursor_goto_first_child(c)) return true;
    while (!ts_tree_cursor_goto_next_sibling(c))
        if (!ts_tree_cursor_goto_parent(c)) return false;
    return true;
}

const char *node_type(TSNode n) { return ts_node_is_null(n) ? "" : ts_node_type(n); }

/* ---- node types as numbers ------------------------------------------------ */

/* Every name the grammar gives a node type gets a number, so that node_is
 * compares numbers where it compared strings. ts_node_symbol gives a node's
 * public symbol (the first of the symbols of its name and kind) or its
 * alias, and ts_node_type that symbol's name: the number is by_symbol[sym]. */
static struct {
    bool built;
    StrMap by_name;  /* name -> id + 1 */
    int *by_symbol;  /* symbol -> id; the last two: the ERROR symbols */
    uint32_t count;  /* the grammar's symbols */
    int n;
} type_ids;

static void type_ids_build(void) {
    type_ids.built = true;
    const TSLanguage *lang = tree_sitter_ac();
    uint32_t count = type_ids.count = ts_language_symbol_count(lang);
    type_ids.by_symbol = xcalloc(count + 2, sizeof *type_ids.by_symbol);
    for (uint32_t sym = 0; sym < count + 2; sym++) {
        /* the last two: (TSSymbol)-1 and -2, the ERROR symbols */
        TSSymbol s = sym < count ? (TSSymbol)sym : (TSSymbol)(sym == count ? -1 : -2);
        const char *name = ts_language_symbol_name(lang, s);
        void *v = name ? strmap_get(&type_ids.by_name, name) : NULL;
        if (name && !v) strmap_put(&type_ids.by_name, name, v = (void *)(uintptr_t)(++type_ids.n));
        type_ids.by_symbol[sym] = v ? (int)(uintptr_t)v - 1 : -1;
    }
    node_type_by_symbol = type_ids.by_symbol;
    node_type_symbols = count;
}

int type_id(const char *name) {
    if (!type_ids.built) type_ids_build();
    void *v = strmap_get(&type_ids.by_name, name);
    return v ? (int)(uintptr_t)v - 1 : -1;
}

int node_type_id(TSNode n) {
    if (ts_node_is_null(n)) return -1;
    if (!type_ids.built) type_ids_build();
    TSSymbol sym = ts_node_symbol(n);
    if (sym < type_ids.count) return type_ids.by_symbol[sym];
    return sym == (TSSymbol)-1 ? type_ids.by_symbol[type_ids.count]
           : sym == (TSSymbol)-2 ? type_ids.by_symbol[type_ids.count + 1] : -1;
}

const int *node_type_by_symbol;
uint32_t node_type_symbols; /* 0 until built: node_is_id asks node_type_id */

int field_id(const char *name) {
    return ts_language_field_id_for_name(tree_sitter_ac(), name, (uint32_t)strlen(name));
}


char *node_text(const Source *s, TSNode n) {
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    return xstrndup(s->text + a, b - a);
}

bool node_text_eq(const Source *s, TSNode n, const char *str) {
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    size_t len = strlen(str);
    return b - a == len && memcmp(s->text + a, str, len) == 0;
}

TSNode declarator_ident(TSNode d) {
    while (!ts_node_is_null(d)) {
        int t = node_type_id(d); /* (numbers, not names: asked of every declarator) */
        if (t == TYPE_ID("identifier") || t == TYPE_ID("field_identifier") || t == TYPE_ID("type_identifier"))
            return d;
        if (t == TYPE_ID("parenthesized_declarator")) {
            d = ts_node_named_child(d, 0);
            continue;
        }
        TSNode next = node_field(d, "declarator");
        if (ts_node_is_null(next)) break;
        d = next;
    }
    TSNode null = {0};
    return null;
}

char *declarator_name(const Source *s, TSNode d) {
    TSNode id = declarator_ident(d);
    return ts_node_is_null(id) ? NULL : node_text(s, id);
}

/* The innermost function declarator on the way to the name: the one that
 * declares the function (`(*pick(int))(int, int)`: `pick(int)`, a function
 * returning a pointer to a function). */
TSNode declarator_function(TSNode d) {
    TSNode found = d; /* a null node of the tree when there is none (not {0}: the
                         tree-sitter API takes null nodes of a tree) */
    bool any = false;
    while (!ts_node_is_null(d)) {
        if (node_is(d, "function_declarator")) {
            found = d;
            any = true;
        }
        if (node_is(d, "parenthesized_declarator")) {
            d = ts_node_named_child(d, 0);
            continue;
        }
        d = node_field(d, "declarator");
    }
    return any ? found : d;
}

bool node_has_specifier(const Source *s, TSNode n, const char *word) {
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        int t = node_type_id(c); /* (numbers, not names: asked of every declaration) */
        if (t == TYPE_ID("storage_class_specifier") || t == TYPE_ID("type_qualifier") || t == TYPE_ID("async_specifier")) {
            if (node_text_eq(s, c, word)) return true;
        }
    }
    return false;
}

bool node_contains_type(TSNode n, const char *type) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    bool found = false;
    int id = type_id(type); /* once, not per node */
    for (;;) {
        if (node_is_id(ts_tree_cursor_current_node(&c), id)) {
            found = true;
            break;
        }
        if (!cursor_next(&c, true)) break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}
