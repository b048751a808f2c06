/* parse.c: runs the tree-sitter parser and reports syntax errors; node helpers. */
#include "acc.h"

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

static void report_syntax(const Source *s, TSNode n, int *count) {
    int how = ts_node_is_missing(n) || node_is(n, "ERROR") ? syntax_error_check(s, n) : SYNTAX_REPORT;
    if (how != SYNTAX_REPORT) {
        if (how == SYNTAX_REPORTED) (*count)++;
        return;
    }
    if (ts_node_is_missing(n)) {
        const char *t = ts_node_type(n);
        diag_error(s, ts_node_start_byte(n), "expected '%s'", t);
        (*count)++;
        return;
    }
    if (node_is(n, "ERROR")) {
        char *near = near_text(s, n);
        if (*near)
            diag_error(s, ts_node_start_byte(n), "syntax error near '%s'", near);
        else
            diag_error(s, ts_node_start_byte(n), "syntax error");
        free(near);
        (*count)++;
        /* Report errors nested in an ERROR region only through its MISSING parts. */
        return;
    }
    if (!ts_node_has_error(n)) return;
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) report_syntax(s, ts_node_child(n, i), count);
}

Unit *unit_parse(Source *src) {
    Unit *u = xcalloc(1, sizeof *u);
    u->src = src;
    u->parser = ts_parser_new();
    if (!ts_parser_set_language(u->parser, tree_sitter_ac())) {
        diag_fatal("the grammar's ABI does not match the tree-sitter runtime");
        unit_free(u);
        return NULL;
    }
    char *parsed = blank_if0_groups(src->text, src->len);
    u->tree = ts_parser_parse_string(u->parser, NULL, parsed, (uint32_t)src->len);
    free(parsed);
    if (!u->tree) {
        diag_fatal("could not parse '%s'", src->path);
        unit_free(u);
        return NULL;
    }
    u->root = ts_tree_root_node(u->tree);
    int count = 0;
    if (ts_node_has_error(u->root)) report_syntax(src, u->root, &count);
    if (count) {
        unit_free(u);
        return NULL;
    }
    return u;
}

void unit_free(Unit *u) {
    if (!u) return;
    if (u->tree) ts_tree_delete(u->tree);
    if (u->parser) ts_parser_delete(u->parser);
    free(u);
}

const char *node_type(TSNode n) { return ts_node_is_null(n) ? "" : ts_node_type(n); }

bool node_is(TSNode n, const char *type) {
    return !ts_node_is_null(n) && strcmp(ts_node_type(n), type) == 0;
}

TSNode node_field(TSNode n, const char *field) {
    if (ts_node_is_null(n)) return n; /* tree-sitter would crash on it */
    return ts_node_child_by_field_name(n, field, (uint32_t)strlen(field));
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
        const char *t = ts_node_type(d);
        if (!strcmp(t, "identifier") || !strcmp(t, "field_identifier") ||
            !strcmp(t, "type_identifier"))
            return d;
        if (!strcmp(t, "parenthesized_declarator")) {
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
    TSNode found = {0};
    while (!ts_node_is_null(d)) {
        if (node_is(d, "function_declarator")) found = d;
        if (node_is(d, "parenthesized_declarator")) {
            d = ts_node_named_child(d, 0);
            continue;
        }
        d = node_field(d, "declarator");
    }
    return found;
}

bool node_has_specifier(const Source *s, TSNode n, const char *word) {
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++) {
        TSNode c = ts_node_child(n, i);
        const char *t = ts_node_type(c);
        if (!strcmp(t, "storage_class_specifier") || !strcmp(t, "type_qualifier") ||
            !strcmp(t, "async_specifier")) {
            if (node_text_eq(s, c, word)) return true;
        }
    }
    return false;
}

bool node_contains_type(TSNode n, const char *type) {
    if (node_is(n, type)) return true;
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++)
        if (node_contains_type(ts_node_child(n, i), type)) return true;
    return false;
}

/* The field name of the i-th child of n, or NULL. (The runtime's own
 * ts_node_field_name_for_child misnames children after a hidden one in 0.20.) */
const char *node_child_field(TSNode n, uint32_t i) {
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
