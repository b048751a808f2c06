/* linemap.c: the program's own #line directives. A generated .ac file
 * (a parser generator's output, a template) says where its lines come from
 * with `#line N "file"`; acc's own #line directives must follow that map, as
 * the C preprocessor would, or __LINE__, __FILE__, the compiler's messages and
 * debuggers would see the .ac file's physical lines instead. */
#include "acc.h"

#include <stdlib.h>
#include <string.h>

typedef struct LineMark {
    int after;        /* the physical line of the directive */
    int line;         /* the number it gives the next line */
    const char *file; /* the name it gives (a string literal as written), or NULL */
} LineMark;

static const Source *map_src;
static LineMark *marks;
static int nmarks;
static Vec names; /* char *: the file names the marks point to */

/* Forgets the map (translate.c, after each translation: a later Source may
 * have the same address). */
void linemap_reset(void) {
    free(marks);
    marks = NULL;
    nmarks = 0;
    map_src = NULL;
    for (int i = 0; i < names.len; i++) free(names.items[i]);
    vec_free(&names);
}

/* `#line N "f"`, `#line N`, or the linemarker `# N "f"` at p (a line start). */
static bool parse_line_directive(const char *p, const char *end, int *n, const char **file, size_t *flen) {
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (p >= end || *p++ != '#') return false;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (end - p >= 4 && !memcmp(p, "line", 4)) {
        p += 4;
        if (p >= end || (*p != ' ' && *p != '\t')) return false;
        while (p < end && (*p == ' ' || *p == '\t')) p++;
    }
    if (p >= end || *p < '0' || *p > '9') return false;
    long v = 0;
    while (p < end && *p >= '0' && *p <= '9' && v < 1000000000) v = v * 10 + (*p++ - '0');
    *n = (int)v;
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    *file = NULL;
    if (p < end && *p == '"') {
        const char *q = p + 1;
        while (q < end && *q != '"' && *q != '\n') q += (*q == '\\' && q + 1 < end) ? 2 : 1;
        if (q < end && *q == '"') {
            *file = p;
            *flen = (size_t)(q + 1 - p);
        }
    }
    return true;
}

/* The parser's view of the unit being translated, while its Unit lives
 * (parse.c): the same text build would make again. */
static const Source *view_src;
static const char *view_text;

void linemap_use_view(const Source *s, const char *view) {
    view_src = s;
    view_text = view;
}

void linemap_drop_view(const char *view) {
    if (view == view_text) linemap_use_view(NULL, NULL);
}

static void build(const Source *s) {
    linemap_reset();
    map_src = s;
    /* #if 0 groups are never read */
    char *own = s == view_src && view_text ? NULL : parser_view(s->text, s->len);
    const char *text = own ? own : view_text;
    int cap = 0;
    const char *cur_file = NULL;
    for (int i = 0; i < s->nlines; i++) {
        const char *p = text + s->line_starts[i];
        const char *end = i + 1 < s->nlines ? text + s->line_starts[i + 1] : text + s->len;
        int n;
        const char *file;
        size_t flen = 0;
        if (!parse_line_directive(p, end, &n, &file, &flen)) continue;
        if (file) {
            char *name = xstrndup(s->text + (file - text), flen);
            vec_push(&names, name);
            cur_file = name;
        }
        if (nmarks == cap) {
            cap = cap ? 2 * cap : 8;
            marks = xrealloc(marks, (size_t)cap * sizeof *marks);
        }
        marks[nmarks++] = (LineMark){i + 1, n, cur_file};
    }
    free(own);
}

int mapped_line(const Source *s, int phys, const char **file) {
    if (map_src != s) build(s);
    *file = NULL;
    /* the last directive before phys (binary search: marks are in order) */
    int lo = 0, hi = nmarks - 1, k = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (marks[mid].after < phys) k = mid, lo = mid + 1;
        else hi = mid - 1;
    }
    if (k < 0) return phys;
    *file = marks[k].file;
    return marks[k].line + (phys - marks[k].after - 1);
}

char *line_directive(const Source *s, int phys) {
    const char *file;
    int line = mapped_line(s, phys, &file);
    if (file) return xprintf("#line %d %s\n", line, file);
    return xprintf("#line %d %s\n", line, s->c_path);
}
