/* chunk.c: a large unit parsed in pieces, one thread each.
 *
 * tree-sitter parses one text on one core, at about 0.2 s per MB here: the
 * larger part of translating a large file. A translation unit is a sequence
 * of top-level items, and where one ends the parser is back in its first
 * state, so the text is cut at item boundaries and each piece is parsed by
 * its own parser (ts_parser_set_included_ranges: node positions stay those
 * of the whole text) and walked into node arrays (nodes.c) in its own thread;
 * node_unit_adopt joins the arrays, the top-level nodes of every piece
 * becoming children of the first piece's root.
 *
 * A boundary is outside every bracket, `#if` group, comment and literal:
 * the start of a line after a `;`, a `}` or a directive, or the place right
 * after a `;` or after the `}` of a brace opened after a `)` (a function's
 * body) in the middle of a line. A cut there can
 * still fall inside an item (`struct S { ... }` and its declarator on the
 * next line): then a piece does not parse cleanly, and the caller parses the
 * whole text at once, as it does any text with a syntax error or nested too
 * deep, so diagnostics never depend on the cuts. tests/robustness/pieces.sh
 * checks that the output is byte for byte the same cut or not. */
#include "acc.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

const TSLanguage *tree_sitter_ac(void);

/* Smaller units are parsed whole: threads cost more than they save. */
enum { PIECE_MIN = 256 * 1024 };

/* ---- boundaries -------------------------------------------------------------- */

typedef struct Scan {
    const char *t, *end;
    int depth;    /* open brackets: ( [ { */
    int ifdepth;  /* open #if groups */
    char last;    /* the last token's kind: ';', '}', ')', '#' (a directive), 'x' (other), 0 (none) */
    bool body;    /* the open top-level brace followed a ')': a function's body */
    bool broken;  /* unbalanced: no boundary can be trusted */
} Scan;

static bool blank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

static bool word_at(const char *p, const char *end, const char *w) {
    size_t n = strlen(w);
    return (size_t)(end - p) >= n && !memcmp(p, w, n) && (p + n == end || !(isalnum((unsigned char)p[n]) || p[n] == '_'));
}

/* Skips the directive at p (its `#`), continuations and comments included;
 * counts the #if groups it opens or closes. Returns the newline ending it. */
static const char *skip_directive(Scan *sc, const char *p) {
    const char *end = sc->end;
    const char *w = p + 1;
    while (w < end && blank(*w)) w++;
    if (word_at(w, end, "if") || word_at(w, end, "ifdef") || word_at(w, end, "ifndef")) sc->ifdepth++;
    else if (word_at(w, end, "endif") && --sc->ifdepth < 0) sc->broken = true;
    while (p < end && *p != '\n') {
        if (*p == '\\' && p + 1 < end && (p[1] == '\n' || (p[1] == '\r' && p + 2 < end && p[2] == '\n'))) {
            p += p[1] == '\r' ? 3 : 2;
            continue;
        }
        const char *l = *p == '/' || *p == '"' || *p == '\'' ? skip_literal(p, end) : p;
        p = l != p ? l : p + 1;
    }
    return p;
}

/* Is a `'` at p a C23 digit separator (1'000'000) rather than a literal? */
static bool digit_separator(const char *t, const char *p) {
    const char *q = p;
    while (q > t && (isalnum((unsigned char)q[-1]) || q[-1] == '\'')) q--;
    return q < p && isdigit((unsigned char)*q);
}

/* The first boundary at or after byte `from`, scanning on from sc's place
 * (*at); 0 when there is none. */
static uint32_t next_boundary(Scan *sc, const char **at, uint32_t from) {
    const char *p = *at, *t = sc->t, *end = sc->end;
    bool bol = p == t || p[-1] == '\n';
    while (p < end && !sc->broken) {
        if (bol) {
            if ((uint32_t)(p - t) >= from && sc->depth == 0 && sc->ifdepth == 0 &&
                (sc->last == ';' || sc->last == '}' || sc->last == '#')) {
                *at = p;
                return (uint32_t)(p - t);
            }
            const char *q = p;
            while (q < end && blank(*q)) q++;
            bol = false;
            if (q < end && *q == '#') {
                p = skip_directive(sc, q);
                sc->last = '#';
                continue;
            }
        }
        char c = *p;
        if (c == '\n') {
            bol = true;
            p++;
            continue;
        }
        if (blank(c)) {
            p++;
            continue;
        }
        if ((c == '/' || c == '"' || (c == '\'' && !digit_separator(t, p)))) {
            const char *l = skip_literal(p, end);
            if (l != p) {
                if (c != '/') sc->last = 'x';
                p = l;
                continue;
            }
        }
        if (c == '{' && sc->depth == 0) sc->body = sc->last == ')';
        if (c == '{' || c == '(' || c == '[') sc->depth++;
        else if ((c == '}' || c == ')' || c == ']') && --sc->depth < 0) sc->broken = true;
        sc->last = c == ';' || c == '}' || c == ')' ? c : 'x';
        p++;
        /* in the middle of a line (a file may be one long line): after a
         * declaration's `;` or a function body's `}` */
        bool item_end = sc->depth == 0 && sc->ifdepth == 0 && (c == ';' || (c == '}' && sc->body));
        if (item_end && (uint32_t)(p - t) >= from && p < end && *p != '\n') {
            *at = p;
            return (uint32_t)(p - t);
        }
    }
    *at = end;
    return 0;
}

/* Cuts text into at most `want` pieces of about equal size: starts[0] = 0,
 * starts[k] the k-th cut; returns the number of pieces. */
static int cut(const char *text, size_t len, int want, uint32_t *starts) {
    Scan sc = {text, text + len, 0, 0, 0, false, false};
    const char *at = text;
    int n = 1;
    starts[0] = 0;
    for (int k = 1; k < want; k++) {
        uint32_t target = (uint32_t)(len / (size_t)want * (size_t)k);
        if (target <= starts[n - 1]) target = starts[n - 1] + 1;
        uint32_t b = next_boundary(&sc, &at, target);
        if (!b || b >= len) break;
        starts[n++] = b;
    }
    return sc.broken ? 1 : n;
}

/* ---- parsing the pieces ---------------------------------------------------- */

typedef struct Piece {
    const Source *src;
    const char *text; /* the parser's view of the whole unit */
    uint32_t start, end;
    TSTree *tree;
    NodeWalk *walk;
    bool clean; /* parsed without an error node */
} Piece;

static TSPoint point_at(const Source *s, uint32_t byte) {
    int line = source_line(s, byte); /* 1-based */
    return (TSPoint){(uint32_t)line - 1, byte - s->line_starts[line - 1]};
}

static void *parse_piece(void *arg) {
    Piece *pc = arg;
    TSParser *parser = ts_parser_new();
    TSRange r = {point_at(pc->src, pc->start), point_at(pc->src, pc->end), pc->start, pc->end};
    if (ts_parser_set_language(parser, tree_sitter_ac()) && ts_parser_set_included_ranges(parser, &r, 1))
        pc->tree = ts_parser_parse_string(parser, NULL, pc->text, (uint32_t)pc->src->len);
    ts_parser_delete(parser);
    if (!pc->tree) return NULL;
    pc->clean = !ts_node_has_error(ts_tree_root_node(pc->tree));
    if (pc->clean) pc->walk = node_walk(pc->tree);
    return NULL;
}

int unit_parse_pieces(Unit *u, const char *view) {
    const Source *s = u->src;
    uint32_t starts[ACC_PIECES_MAX];
    /* ACC_PIECES=N: tests cut even small units */
    int want = parallel_count("ACC_PIECES", s->len, 2 * (size_t)PIECE_MIN, PIECE_MIN, ACC_PIECES_MAX);
    int n = want > 1 ? cut(view, s->len, want, starts) : 1;
    if (n < 2) return 0;
    time_phase("parse: view");
    Piece pc[ACC_PIECES_MAX];
    pthread_t th[ACC_PIECES_MAX];
    bool started[ACC_PIECES_MAX] = {0};
    for (int k = 0; k < n; k++)
        pc[k] = (Piece){s, view, starts[k], k + 1 < n ? starts[k + 1] : (uint32_t)s->len, NULL, NULL, false};
    for (int k = 1; k < n; k++) started[k] = pthread_create(&th[k], NULL, parse_piece, &pc[k]) == 0;
    parse_piece(&pc[0]);
    for (int k = 1; k < n; k++) {
        if (started[k]) pthread_join(th[k], NULL);
        else parse_piece(&pc[k]); /* no thread: this one, here */
    }
    time_phase("parse: pieces");
    bool ok = true;
    for (int k = 0; k < n; k++)
        ok = ok && pc[k].clean && pc[k].walk && node_walk_depth(pc[k].walk) <= ACC_NESTING_LIMIT;
    if (!ok) {
        for (int k = 0; k < n; k++) {
            node_walk_free(pc[k].walk);
            if (pc[k].tree) ts_tree_delete(pc[k].tree);
        }
        return 0;
    }
    NodeWalk *walks[ACC_PIECES_MAX];
    for (int k = 0; k < n; k++) {
        walks[k] = pc[k].walk;
        u->pieces[k] = pc[k].tree;
    }
    u->npieces = n;
    u->tree = pc[0].tree;
    node_unit_adopt(walks, n);
    time_phase("parse: join");
    return n;
}
