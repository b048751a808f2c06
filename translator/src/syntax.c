/* syntax.c: which syntax errors stop the translation.
 *
 * tree-sitter parses C without a preprocessor and without knowing typedef
 * names, so valid C full of macros (`FOR_RANGE(k, n) { ... }`, `int mode =`
 * followed by `#if`, `__attribute__((fallthrough));`) can come back with
 * ERROR or MISSING nodes. Code outside async functions is copied as written
 * and judged by the C compiler, so an error there matters only when acc
 * needs to understand the code:
 *   - it is inside an async function or generator (body or signature), which
 *     acc rewrites;
 *   - it contains an Async C word (async, await, yield, try, catch, finally,
 *     throw, ac_gen): a construct acc would have to translate, or an async
 *     function whose extent acc cannot know.
 * Everything else passes through verbatim (emit.c leaves such code alone). */
#include "acc.h"

#include <stdint.h>
#include <string.h>

static const char *const async_words[] = {"async", "await", "yield", "try", "catch",
                                          "finally", "throw", "ac_gen", NULL};

static bool is_async_word(const Source *s, TSNode leaf) {
    for (int i = 0; async_words[i]; i++)
        if (node_text_eq(s, leaf, async_words[i])) return true;
    return false;
}

/* Does the region of n hold an Async C word? Iterative: n may be deep. */
static bool holds_async_word(const Source *s, TSNode n) {
    TSTreeCursor c = ts_tree_cursor_new(n);
    bool found = false;
    for (;;) {
        TSNode cur = ts_tree_cursor_current_node(&c);
        if (ts_node_child_count(cur) == 0) {
            if (is_async_word(s, cur)) {
                found = true;
                break;
            }
        } else if (ts_tree_cursor_goto_first_child(&c)) {
            continue;
        }
        /* next sibling, or up until there is one */
        bool moved = false;
        while (!moved) {
            if (ts_tree_cursor_goto_next_sibling(&c)) moved = true;
            else if (!ts_tree_cursor_goto_parent(&c)) break;
            else if (ts_node_eq(ts_tree_cursor_current_node(&c), n)) break;
        }
        if (!moved) break;
    }
    ts_tree_cursor_delete(&c);
    return found;
}

/* Is n inside an async function or generator definition? */
static bool in_async_function(const Source *s, TSNode n) {
    for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); up = ts_node_parent(up)) {
        if (node_is(up, "function_definition"))
            return node_has_specifier(s, up, "async") || is_generator_decl(s, up);
    }
    return false;
}

/* The top-level item (child of the translation unit) holding n. */
static TSNode top_level_item(TSNode n) {
    TSNode up = ts_node_parent(n);
    while (!ts_node_is_null(up) && !ts_node_is_null(ts_node_parent(up))) {
        n = up;
        up = ts_node_parent(up);
    }
    return n;
}

/* `__attribute__((fallthrough));` in a statement position parses as an ERROR
 * holding the attribute, then an empty statement: valid GNU C, lowered as
 * written. */
static bool is_attribute_statement(TSNode n) {
    if (!node_is(n, "ERROR") || ts_node_named_child_count(n) != 1) return false;
    if (!node_is(ts_node_named_child(n, 0), "attribute_specifier")) return false;
    TSNode next = ts_node_next_sibling(n);
    return node_is(next, "expression_statement") && ts_node_named_child_count(next) == 0;
}

static bool is_conditional(TSNode n) {
    return node_is(n, "preproc_if") || node_is(n, "preproc_ifdef");
}

/* Does region n hold a preprocessor directive token (#if, #else, #endif...)? */
static bool holds_directive(TSNode n) {
    if (ts_node_child_count(n) == 0) return ts_node_type(n)[0] == '#';
    uint32_t nc = ts_node_child_count(n);
    for (uint32_t i = 0; i < nc; i++)
        if (holds_directive(ts_node_child(n, i))) return true;
    return false;
}

/* The statement (a child of a block, a case or a conditional branch) holding n. */
static TSNode enclosing_statement(TSNode n) {
    for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); n = up, up = ts_node_parent(up)) {
        if (node_is(up, "compound_statement") || node_is(up, "case_statement") ||
            !strncmp(ts_node_type(up), "preproc_", 8))
            return n;
    }
    return n;
}

/* In an async function, a conditional that splits a statement (`if (c)` then
 * `#ifdef X`, `int v =` then `#if`, `#if` inside an argument list) cannot be
 * lowered: acc rewrites whole statements. Reported once per statement. */
static bool conditional_splits(const Source *s, TSNode n) {
    TSNode st = enclosing_statement(n);
    bool splits = (node_is(n, "ERROR") && ts_node_child_count(n) < 64 && holds_directive(n)) ||
                  (ts_node_end_byte(n) == ts_node_end_byte(st) &&
                   is_conditional(ts_node_next_named_sibling(st)));
    if (!splits) return false;
    static const Source *last_src;
    static uint32_t last_start = UINT32_MAX;
    if (last_src == s && last_start == ts_node_start_byte(st)) return true;
    last_src = s;
    last_start = ts_node_start_byte(st);
    diag_error(s, ts_node_start_byte(st),
               "a preprocessor conditional splits this statement: in an async function each "
               "branch of #if/#ifdef must hold whole statements");
    return true;
}

int syntax_error_check(const Source *s, TSNode n) {
    if (is_attribute_statement(n)) return SYNTAX_IGNORE;
    if (in_async_function(s, n)) return conditional_splits(s, n) ? SYNTAX_REPORTED : SYNTAX_REPORT;
    /* a MISSING token is a point: what matters is the item around it */
    TSNode region = ts_node_is_missing(n) ? top_level_item(n) : n;
    return holds_async_word(s, region) ? SYNTAX_REPORT : SYNTAX_IGNORE;
}
