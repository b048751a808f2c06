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

#include <ctype.h>
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

/* ---- statement expressions ------------------------------------------------ */

/* The GNU statement expression `({ ... })` that n is inside, within its
 * function, or a null node. An await or yield there cannot be lowered: acc
 * hoists awaits out of the expression that holds them, which would run them
 * before the statements that come first in the block, and unconditionally. */
TSNode enclosing_statement_expression(Unit *u, TSNode n) {
    if (!u->stmt_exprs) { /* ts_node_parent is not cheap: a file with no `(` then `{` has none */
        const char *t = u->src->text, *end = t + u->src->len;
        u->stmt_exprs = 1;
        for (const char *p = t; (p = memchr(p, '(', (size_t)(end - p))) != NULL && u->stmt_exprs == 1; p++) {
            const char *q = p + 1;
            while (q < end && isspace((unsigned char)*q)) q++;
            if (q < end && (*q == '{' || *q == '/' || *q == '<')) u->stmt_exprs = 2; /* a comment, a digraph */
        }
    }
    if (u->stmt_exprs == 1) return (TSNode){0};
    for (TSNode up = ts_node_parent(n); !ts_node_is_null(up); up = ts_node_parent(up)) {
        if (node_is(up, "function_definition")) break;
        if (node_is(up, "compound_statement") && node_is(ts_node_parent(up), "parenthesized_expression"))
            return ts_node_parent(up);
    }
    return (TSNode){0};
}

/* Is n a `_Pragma(...)` (or pragma-only macro) comment node where acc's
 * lowering would not keep it? It keeps the comments between the statements
 * of a block or a case; the ones inside a statement's own syntax (`for (;;)
 * _Pragma("GCC unroll 2") x();`, inside an expression) may be dropped.
 * Statements of #if groups are lowered as a block's. */
bool pragma_outside_statements(const Source *s, TSNode n) {
    if (!node_is(n, "comment") || s->text[ts_node_start_byte(n)] == '/') return false;
    TSNode up = ts_node_parent(n);
    return !node_is(up, "compound_statement") && !node_is(up, "case_statement") && !node_is(up, "labeled_statement") &&
           !node_is(up, "translation_unit") && strncmp(ts_node_type(up), "preproc_", 8) != 0; /* #if groups too */
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

static void blank_if0_groups(char *t, size_t len) {
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
}

/* ---- digraphs and pragma macros ------------------------------------------- */

/* Past a comment, string or character literal starting at p (else p). */
const char *skip_literal(const char *p, const char *end) {
    if (p + 1 < end && p[0] == '/' && p[1] == '*') {
        for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++) {}
        return p + 1 < end ? p + 2 : end;
    }
    if (p + 1 < end && p[0] == '/' && p[1] == '/') {
        for (p += 2; p < end && *p != '\n'; p++)
            if (*p == '\\' && p + 1 < end) p++;
        return p;
    }
    if (*p == '"' || *p == '\'') {
        char q = *p++;
        for (; p < end && *p != q && *p != '\n'; p++)
            if (*p == '\\' && p + 1 < end) p++;
        return p < end && *p == q ? p + 1 : p;
    }
    return p;
}

static bool ident_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

/* The end of the directive line starting at p (line continuations joined). */
static const char *directive_end(const char *p, const char *end) {
    for (; p < end && *p != '\n'; p++)
        if (*p == '\\' && p + 1 < end && (p[1] == '\n' || (p[1] == '\r' && p + 2 < end && p[2] == '\n'))) p += p[1] == '\r' ? 2 : 1;
    return p;
}

/* Is [p, end) only `_Pragma("...")` operators, blanks and line continuations? */
static bool only_pragmas(const char *p, const char *end) {
    bool any = false;
    for (;;) {
        while (p < end && (isspace((unsigned char)*p) || *p == '\\')) p++;
        if (p == end) return any;
        if ((size_t)(end - p) < 7 || memcmp(p, "_Pragma", 7)) return false;
        for (p += 7; p < end && isspace((unsigned char)*p); p++) {}
        if (p == end || *p++ != '(') return false;
        while (p < end && isspace((unsigned char)*p)) p++;
        while (p < end && (*p == 'L' || *p == 'u' || *p == 'U' || *p == '8')) p++;
        if (p == end || *p != '"') return false;
        p = skip_literal(p, end);
        while (p < end && isspace((unsigned char)*p)) p++;
        if (p == end || *p++ != ')') return false;
        any = true;
    }
}

static bool is_pragma_macro(const Vec *names, const char *w, size_t n) {
    for (int i = 0; i < names->len; i++) {
        const char *m = names->items[i];
        if (!strncmp(m, w, n) && !ident_char(m[n])) return true;
    }
    return false;
}

/* The names of the object-like macros of text whose body is only `_Pragma`
 * operators (`#define QUIET_BEGIN _Pragma("GCC diagnostic push")`), each a
 * pointer into text ended by a non-identifier character. */
static void pragma_macros(const char *t, const char *end, Vec *names) {
    Vec others = {0}; /* names also defined otherwise: not known to be pragmas at a use */
    for (const char *p = t; p < end;) {
        const char *w, *a, *eol = directive_end(p, end);
        size_t wl;
        if (directive_word(p, eol, &w, &wl, &a) && word_is(w, wl, "define")) {
            const char *n = a, *q = a;
            while (q < eol && ident_char(*q)) q++;
            if (q > n && q < eol && (*q == ' ' || *q == '\t') && only_pragmas(q, eol)) vec_push(names, (void *)n);
            else if (q > n) vec_push(&others, (void *)n);
        }
        p = eol < end ? eol + 1 : end;
    }
    for (int i = 0; i < names->len; i++) {
        const char *m = names->items[i];
        size_t len = 0;
        while (ident_char(m[len])) len++;
        if (is_pragma_macro(&others, m, len)) names->items[i--] = names->items[--names->len];
    }
    vec_free(&others);
}

/* Respells the digraph at p (C95, 6.4.6p3: `<: :> <% %> %: %:%:` are
 * `[ ] { } # ##`) with its punctuator, padded with a blank on the inner side
 * (`[ `, ` ]`), so a node that starts or ends at it spans the digraph; returns its length,
 * 0 if p starts no digraph. Longest token first: `<<:` is `<<` then `:`,
 * `%:%:` is `##`. */
static size_t respell_digraph(char *p, const char *end) {
    static const char *const pairs[][2] = {{"%:%:", "##  "}, {"<<", NULL}, {"<:", "[ "}, {":>", " ]"},
                                           {"<%", "{ "},     {"%>", " }"}, {"%:", "# "}};
    if (*p != '<' && *p != ':' && *p != '%') return 0; /* the common case, cheaply */
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        size_t n = strlen(pairs[i][0]);
        if ((size_t)(end - p) >= n && !memcmp(p, pairs[i][0], n)) {
            if (pairs[i][1]) memcpy(p, pairs[i][1], n);
            return n;
        }
    }
    return 0;
}

static bool mentions_pragma(const char *p, const char *end) {
    for (; (p = memchr(p, '_', (size_t)(end - p))) != NULL; p++)
        if ((size_t)(end - p) >= 7 && !memcmp(p, "_Pragma", 7)) return true;
    return false;
}

/* The parser's copy of the source, same length and same offsets, so every
 * node's text is still read from the source itself:
 *   - digraphs are respelled (tree-sitter-c knows only `[ ] { } # ##`);
 *   - each use of a pragma-only macro (outside directives) becomes a run of
 *     \x01 bytes, which the grammar lexes as a `comment` like `_Pragma(...)`
 *     itself: a name the parser would take for an expression is a
 *     preprocessing operator that leaves no token behind;
 *   - the lines of `#if 0` groups are blanked (the C compiler never reads
 *     them: notes, half-written code). */
char *parser_view(const char *text, size_t len) {
    char *t = xstrndup(text, len);
    const char *end = t + len;
    Vec pragmas = {0};
    if (mentions_pragma(t, end)) pragma_macros(t, end, &pragmas);
    bool line_start = true;
    for (char *p = t; p < end;) {
        const char *lit = *p == '/' || *p == '"' || *p == '\'' ? skip_literal(p, end) : p;
        if (lit != p) {
            line_start = lit[-1] == '\n';
            p = (char *)lit;
            continue;
        }
        size_t n = *p == '<' || *p == ':' || *p == '%' ? respell_digraph(p, end) : 0;
        if (line_start && *p == '#') { /* a directive: nothing to rewrite but its digraphs */
            const char *eol = directive_end(p, end);
            for (char *q = p; q < eol;) {
                const char *l = skip_literal(q, eol);
                size_t d = l != q ? 0 : respell_digraph(q, eol);
                q = l != q ? (char *)l : q + (d ? d : 1);
            }
            p = (char *)eol;
            continue;
        }
        if (n) {
            p += n;
        } else if (ident_char(*p)) {
            char *w = p;
            while (p < end && ident_char(*p)) p++;
            if (pragmas.len && !isdigit((unsigned char)*w) && is_pragma_macro(&pragmas, w, (size_t)(p - w)))
                memset(w, 1, (size_t)(p - w));
        } else {
            p++;
        }
        line_start = p[-1] == '\n' || (line_start && (p[-1] == ' ' || p[-1] == '\t'));
    }
    vec_free(&pragmas);
    blank_if0_groups(t, len);
    return t;
}
