/*
 * query_check: compiles a tree-sitter query file (translator/grammar/queries/NAME.scm)
 * against the Async C grammar and checks the captures it makes on a sample.
 *
 *   query_check [--any] QUERY.scm SAMPLE.ac EXPECTED
 *
 * The query must compile (ts_query_new: a node name or field the grammar does not
 * have is an error, reported as QUERY.scm:line:col) and the sample must parse
 * without errors. The predicates #match?, #not-match?, #eq? and #not-eq? are
 * evaluated (POSIX extended regular expressions); #set! is accepted; any other
 * predicate is an error.
 *
 * EXPECTED holds lines "LINE TEXT CAPTURE" ('#' starts a comment), about the
 * captured nodes on line LINE (1-based) of the sample whose text is TEXT:
 *   - by default (highlights): there is one, and each wins the capture CAPTURE,
 *     both the way the tree-sitter CLI and Helix choose (the first pattern that
 *     captures the node) and the way Neovim chooses (the highest
 *     `#set! priority`, default 100, then the last pattern);
 *   - with --any (locals, tags): one of them is captured as CAPTURE by some
 *     pattern.
 * CAPTURE "-" means: there is none (no pattern captures such a node).
 *
 * Prints one line per failure and "N passed, M failed"; exits 1 on any failure.
 */
#define _POSIX_C_SOURCE 200809L
#include <regex.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

const TSLanguage *tree_sitter_ac(void);

static int passed, failed;

static void fail(const char *fmt, const char *a, const char *b, const char *c) {
    failed++;
    printf("FAIL: ");
    printf(fmt, a, b, c);
    printf("\n");
}

static char *read_file(const char *path, uint32_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "query_check: cannot read %s\n", path);
        exit(2);
    }
    size_t cap = 4096, n = 0, r;
    char *buf = malloc(cap);
    while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n + 1 >= cap) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    buf[n] = 0;
    *len = (uint32_t)n;
    return buf;
}

/* One capture of one node, kept when the match's predicates hold. */
typedef struct {
    uint32_t start, end;
    TSSymbol symbol;
    uint32_t row;
    uint32_t capture;  /* capture id */
    uint32_t pattern;  /* pattern index */
    int priority;
} Cap;

static const char *src;

static char *node_text(uint32_t start, uint32_t end) {
    char *s = malloc(end - start + 1);
    memcpy(s, src + start, end - start);
    s[end - start] = 0;
    return s;
}

static const TSNode *capture_node(const TSQueryMatch *m, uint32_t id) {
    for (uint16_t i = 0; i < m->capture_count; i++)
        if (m->captures[i].index == id) return &m->captures[i].node;
    return NULL;
}

/* Evaluates the match's predicates; *priority gets `#set! priority N`. */
static bool predicates_hold(const TSQuery *q, const TSQueryMatch *m, int *priority) {
    uint32_t n;
    const TSQueryPredicateStep *st = ts_query_predicates_for_pattern(q, m->pattern_index, &n);
    uint32_t len;
    bool ok = true;
    for (uint32_t i = 0; i < n;) {
        uint32_t j = i;
        while (j < n && st[j].type != TSQueryPredicateStepTypeDone) j++;
        /* st[i .. j-1]: the predicate's name and arguments */
        const char *name = ts_query_string_value_for_id(q, st[i].value_id, &len);
        if (!strcmp(name, "set!")) {
            if (j - i == 3 && st[i + 1].type == TSQueryPredicateStepTypeString &&
                !strcmp(ts_query_string_value_for_id(q, st[i + 1].value_id, &len), "priority"))
                *priority = atoi(ts_query_string_value_for_id(q, st[i + 2].value_id, &len));
        } else if (!strcmp(name, "match?") || !strcmp(name, "not-match?") || !strcmp(name, "eq?") ||
                   !strcmp(name, "not-eq?")) {
            bool negate = !strncmp(name, "not-", 4), match = strstr(name, "match?") != NULL;
            if (j - i != 3 || st[i + 1].type != TSQueryPredicateStepTypeCapture) {
                fprintf(stderr, "query_check: bad #%s in pattern %u\n", name, m->pattern_index);
                exit(2);
            }
            const TSNode *node = capture_node(m, st[i + 1].value_id);
            if (!node) { i = j + 1; continue; }
            char *text = node_text(ts_node_start_byte(*node), ts_node_end_byte(*node));
            bool holds;
            if (match) {
                regex_t re;
                const char *pat = ts_query_string_value_for_id(q, st[i + 2].value_id, &len);
                if (regcomp(&re, pat, REG_EXTENDED | REG_NOSUB) != 0) {
                    fprintf(stderr, "query_check: bad regular expression '%s'\n", pat);
                    exit(2);
                }
                holds = regexec(&re, text, 0, NULL, 0) == 0;
                regfree(&re);
            } else if (st[i + 2].type == TSQueryPredicateStepTypeCapture) {
                const TSNode *other = capture_node(m, st[i + 2].value_id);
                char *t2 = other ? node_text(ts_node_start_byte(*other), ts_node_end_byte(*other)) : NULL;
                holds = t2 && !strcmp(text, t2);
                free(t2);
            } else {
                holds = !strcmp(text, ts_query_string_value_for_id(q, st[i + 2].value_id, &len));
            }
            free(text);
            if (holds == negate) ok = false;
        } else {
            fprintf(stderr, "query_check: unknown predicate #%s in pattern %u\n", name, m->pattern_index);
            exit(2);
        }
        i = j + 1;
    }
    return ok;
}

static bool same_node(const Cap *a, const Cap *b) {
    return a->start == b->start && a->end == b->end && a->symbol == b->symbol;
}

int main(int argc, char **argv) {
    bool any = argc > 1 && !strcmp(argv[1], "--any");
    if (argc != 4 + any) {
        fprintf(stderr, "usage: query_check [--any] QUERY.scm SAMPLE.ac EXPECTED\n");
        return 2;
    }
    const char *qpath = argv[1 + any], *spath = argv[2 + any], *epath = argv[3 + any];
    uint32_t qlen, slen, elen;
    char *qsrc = read_file(qpath, &qlen);
    src = read_file(spath, &slen);
    char *exp = read_file(epath, &elen);

    uint32_t off;
    TSQueryError err;
    TSQuery *q = ts_query_new(tree_sitter_ac(), qsrc, qlen, &off, &err);
    if (!q) {
        static const char *what[] = {"none", "syntax", "node type", "field", "capture", "structure", "language"};
        uint32_t line = 1, col = 1;
        for (uint32_t i = 0; i < off && i < qlen; i++) {
            if (qsrc[i] == '\n') line++, col = 1;
            else col++;
        }
        printf("%s:%u:%u: error: invalid %s in the query\n", qpath, line, col,
               err < sizeof what / sizeof *what ? what[err] : "?");
        printf("0 passed, 1 failed\n");
        return 1;
    }
    passed++;

    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_ac());
    TSTree *tree = ts_parser_parse_string(parser, NULL, src, slen);
    TSNode root = ts_tree_root_node(tree);
    if (ts_node_has_error(root)) {
        fail("%s%s%s: the sample has syntax errors", spath, "", "");
        printf("%d passed, %d failed\n", passed, failed);
        return 1;
    }

    /* Every capture of every match whose predicates hold. */
    Cap *caps = NULL;
    size_t ncaps = 0, capcap = 0;
    TSQueryCursor *cur = ts_query_cursor_new();
    ts_query_cursor_exec(cur, q, root);
    TSQueryMatch m;
    while (ts_query_cursor_next_match(cur, &m)) {
        int priority = 100;
        if (!predicates_hold(q, &m, &priority)) continue;
        for (uint16_t i = 0; i < m.capture_count; i++) {
            if (ncaps == capcap) caps = realloc(caps, (capcap = capcap ? 2 * capcap : 256) * sizeof *caps);
            TSNode nd = m.captures[i].node;
            caps[ncaps++] = (Cap){ts_node_start_byte(nd), ts_node_end_byte(nd), ts_node_symbol(nd),
                                  ts_node_start_point(nd).row, m.captures[i].index, m.pattern_index, priority};
        }
    }

    /* The expectations. */
    char *save = NULL;
    for (char *line = strtok_r(exp, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        while (*line == ' ' || *line == '\t') line++;
        if (!*line || *line == '#') continue;
        unsigned row;
        char text[256], want[256];
        if (sscanf(line, "%u %255s %255s", &row, text, want) != 3) {
            fprintf(stderr, "query_check: bad line in %s: %s\n", epath, line);
            return 2;
        }
        bool seen = false, ok = !any, some = false;
        char got[512] = "";
        /* every node on that row with that text, that any pattern captured or that exists */
        for (size_t i = 0; i < ncaps; i++) {
            Cap *c = &caps[i];
            if (c->row + 1 != row) continue;
            char *t = node_text(c->start, c->end);
            bool is = !strcmp(t, text);
            free(t);
            if (!is) continue;
            bool first_of_node = true;
            for (size_t k = 0; k < i; k++)
                if (same_node(&caps[k], c)) first_of_node = false;
            if (!first_of_node) continue;
            seen = true;
            /* the captures of this node */
            const Cap *first = NULL, *nvim = NULL;
            bool has = false;
            uint32_t len;
            for (size_t k = i; k < ncaps; k++) {
                if (!same_node(&caps[k], c)) continue;
                const char *name = ts_query_capture_name_for_id(q, caps[k].capture, &len);
                if (!strcmp(name, want)) has = true;
                if (!first || caps[k].pattern < first->pattern) first = &caps[k];
                if (!nvim || caps[k].priority > nvim->priority ||
                    (caps[k].priority == nvim->priority && caps[k].pattern > nvim->pattern))
                    nvim = &caps[k];
            }
            const char *f = ts_query_capture_name_for_id(q, first->capture, &len);
            const char *n = ts_query_capture_name_for_id(q, nvim->capture, &len);
            if (any) {
                some = some || has;
                if (!has) snprintf(got, sizeof got, "not captured so");
            } else if (strcmp(f, want) || strcmp(n, want)) {
                ok = false;
                snprintf(got, sizeof got, "first match @%s, by priority @%s", f, n);
            }
        }
        if (any) ok = some;
        char r[16], msg[800];
        snprintf(r, sizeof r, "%u", row);
        if (!strcmp(want, "-")) {
            if (seen) fail("line %s: '%s' should have no capture%s", r, text, "");
            else passed++;
        } else if (!seen) {
            fail("line %s: no captured node '%s' (wanted @%s)", r, text, want);
        } else if (!ok) {
            snprintf(msg, sizeof msg, "%s (wanted @%s)", got, want);
            fail("line %s: '%s': %s", r, text, msg);
        } else {
            passed++;
        }
    }
    printf("%s: %u patterns, %zu captures on %s\n", qpath, ts_query_pattern_count(q), ncaps, spath);
    printf("%d passed, %d failed\n", passed, failed);
    free(caps);
    ts_query_cursor_delete(cur);
    ts_tree_delete(tree);
    ts_parser_delete(parser);
    ts_query_delete(q);
    free(qsrc);
    free((char *)src);
    free(exp);
    return failed ? 1 : 0;
}
