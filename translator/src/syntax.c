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
#include <stdlib.h>
#include <string.h>

static const char *const async_words[] = {"async", "await", "yield", "try", "catch",
                                          "finally", "throw", "ac_gen", NULL};

/* The parent of n found from the root down: tree-sitter's ts_node_parent is
 * unreliable for zero-width (MISSING) nodes. */
static TSNode parent_of(TSNode n) {
    if (!ts_node_is_missing(n)) return ts_node_parent(n);
    TSNode cur = ts_tree_root_node(n.tree);
    uint32_t a = ts_node_start_byte(n), b = ts_node_end_byte(n);
    for (;;) {
        TSNode next = {0};
        uint32_t nc = ts_node_child_count(cur);
        for (uint32_t i = 0; i < nc; i++) {
            TSNode c = ts_node_child(cur, i);
            if (ts_node_eq(c, n)) return cur;
            if (ts_node_is_null(next) && ts_node_has_error(c) && ts_node_start_byte(c) <= a &&
                ts_node_end_byte(c) >= b)
                next = c;
        }
        if (ts_node_is_null(next)) return (TSNode){0};
        cur = next;
    }
}

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
    for (TSNode up = parent_of(n); !ts_node_is_null(up); up = ts_node_parent(up)) {
        if (node_is(up, "function_definition"))
            return node_has_specifier(s, up, "async") || is_generator_decl(s, up);
    }
    return false;
}

/* The top-level item (child of the translation unit) holding n. */
static TSNode top_level_item(TSNode n) {
    TSNode up = parent_of(n);
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
    for (TSNode up = parent_of(n); !ts_node_is_null(up); n = up, up = ts_node_parent(up)) {
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

/* In an async function, `FOR_EACH(x, list) { ... }`: a macro call read as an
 * expression statement missing its ';', then a block. acc does not expand
 * macros, so it cannot lower what the macro makes of the block. */
static bool macro_statement_head(const Source *s, TSNode n) {
    if (!ts_node_is_missing(n)) return false;
    TSNode st = parent_of(n);
    if (!node_is(st, "expression_statement")) return false;
    TSNode call = ts_node_named_child(st, 0);
    if (!node_is(call, "call_expression") || !node_is(ts_node_next_named_sibling(st), "compound_statement"))
        return false;
    char *name = node_text(s, node_field(call, "function"));
    diag_error(s, ts_node_start_byte(st),
               "'%s(...)' used as the head of a statement: acc does not expand macros in async "
               "functions; write the statement out, or move the code to a plain function", name);
    free(name);
    return true;
}

int syntax_error_check(const Source *s, TSNode n) {
    if (is_attribute_statement(n)) return SYNTAX_IGNORE;
    if (in_async_function(s, n))
        return conditional_splits(s, n) || macro_statement_head(s, n) ? SYNTAX_REPORTED : SYNTAX_REPORT;
    /* a MISSING token is a point: what matters is the item around it */
    TSNode region = ts_node_is_missing(n) ? top_level_item(n) : n;
    return holds_async_word(s, region) ? SYNTAX_REPORT : SYNTAX_IGNORE;
}

/* ---- #if 0 groups --------------------------------------------------------- */

/* The directive word of a line ("if", "endif", ...) when the line is a
 * preprocessor directive, and where its argument starts. */
static bool directive_word(const char *p, const char *end, const char **word, size_t *wlen, const char **arg) {
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (p >= end || *p != '#') return false;
    p++;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    const char *w = p;
    while (p < end && ((*p >= 'a' && *p <= 'z'))) p++;
    *word = w;
    *wlen = (size_t)(p - w);
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    *arg = p;
    return true;
}

static bool word_is(const char *w, size_t n, const char *s) { return n == strlen(s) && !memcmp(w, s, n); }

/* Is the argument of an #if exactly `0` (then a comment or the end of line)? */
static bool arg_is_zero(const char *a, const char *end) {
    if (a >= end || *a != '0') return false;
    a++;
    while (a < end && (*a == ' ' || *a == '\t' || *a == '\r')) a++;
    return a >= end || *a == '\n' || (a + 1 < end && a[0] == '/' && (a[1] == '/' || a[1] == '*'));
}

char *blank_if0_groups(const char *text, size_t len) {
    char *t = xstrndup(text, len);
    const char *end = t + len;
    int skipping = 0; /* >0: inside an #if 0 group, the nesting depth + 1 */
    for (char *p = t; p < end;) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *eol = nl ? nl : (char *)end;
        const char *w, *a;
        size_t wl;
        bool dir = directive_word(p, eol, &w, &wl, &a);
        if (skipping) {
            bool opens = dir && (word_is(w, wl, "if") || word_is(w, wl, "ifdef") || word_is(w, wl, "ifndef"));
            bool closes = dir && word_is(w, wl, "endif");
            bool turns = dir && skipping == 1 &&
                         (word_is(w, wl, "else") || word_is(w, wl, "elif") || word_is(w, wl, "elifdef") ||
                          word_is(w, wl, "elifndef"));
            if (opens) skipping++;
            if (closes && --skipping == 0) {
                /* the #endif itself stays */
            } else if (turns) {
                skipping = 0; /* the rest of the conditional is read again */
            } else {
                for (char *q = p; q < eol; q++)
                    if (*q != '\n') *q = ' ';
            }
        } else if (dir && word_is(w, wl, "if") && arg_is_zero(a, eol)) {
            skipping = 1;
        }
        p = nl ? nl + 1 : (char *)end;
    }
    return t;
}
