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

bool syntax_error_is_fatal(const Source *s, TSNode n) {
    if (is_attribute_statement(n)) return false;
    if (in_async_function(s, n)) return true;
    /* a MISSING token is a point: what matters is the item around it */
    TSNode region = ts_node_is_missing(n) ? top_level_item(n) : n;
    return holds_async_word(s, region);
}
