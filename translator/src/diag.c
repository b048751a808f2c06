/* diag.c: source files and gcc-style diagnostics.
 *
 *   file.ac:12:5: error: 'await' outside an async function
 *      12 |     await f();
 *         |     ^
 */
#include "acc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int diag_error_count;
int diag_max_errors = DIAG_MAX_ERRORS_DEFAULT;
static FILE *diag_sink;   /* NULL: stderr */
static bool diag_capped;  /* the "too many errors" note was printed */

static FILE *sink(void) { return diag_sink ? diag_sink : stderr; }

void diag_set_sink(FILE *f) { diag_sink = f; }

bool diag_trial, diag_trial_hit;
/* In a trial (jobs.c), a diagnostic is not reported, only noted. */
static bool trial_noted(void) {
    if (diag_trial) diag_trial_hit = true;
    return diag_trial;
}

static int errors_printed;

static void seen_clear(void);

void diag_reset(void) {
    diag_error_count = 0;
    errors_printed = 0;
    diag_capped = false;
    seen_clear();
}

/* Past the error limit nothing more is printed: one note says so, and the
 * errors are still counted (the run fails). */
static bool diag_silenced(void) { return diag_max_errors > 0 && errors_printed >= diag_max_errors; }

static void note_cap(void) {
    if (diag_capped) return;
    diag_capped = true;
    fprintf(sink(), "acc: note: too many errors, stopping after %d (-fmax-errors=N changes the limit, 0: none)\n",
            diag_max_errors);
}

/* The path, as C text needs it. */
static void set_path(Source *s, const char *path) {
    s->path = xstrdup(path);
    s->c_path = c_string_literal(path);
    s->comment_path = comment_text(path);
}

static void index_lines(Source *s) {
    int cap = 64;
    s->line_starts = xcalloc((size_t)cap, sizeof *s->line_starts);
    s->line_starts[s->nlines++] = 0;
    for (size_t i = 0; i < s->len; i++) {
        if (s->text[i] != '\n') continue;
        if (s->nlines == cap) {
            cap *= 2;
            s->line_starts = xrealloc(s->line_starts, (size_t)cap * sizeof *s->line_starts);
        }
        s->line_starts[s->nlines++] = (uint32_t)(i + 1);
    }
}

/* A UTF-8 byte order mark is not part of the text: C compilers skip it, and
 * columns count from after it. */
static size_t bom_length(const char *text, size_t len) {
    return len >= 3 && !memcmp(text, "\xEF\xBB\xBF", 3) ? 3 : 0;
}

Source *source_from_memory(const char *path, const char *text, size_t len) {
    size_t bom = bom_length(text, len);
    Source *s = xcalloc(1, sizeof *s);
    set_path(s, path);
    s->len = len - bom;
    s->text = xstrndup(text + bom, s->len);
    index_lines(s);
    return s;
}

Source *source_from_string(const char *path, const char *text) {
    return source_from_memory(path, text, strlen(text));
}

Source *source_load(const char *path) {
    size_t len;
    char *text = read_file(path, &len);
    if (!text) {
        diag_fatal("cannot read '%s': %s", path, strerror(errno));
        return NULL;
    }
    if (memchr(text, 0, len)) {
        diag_fatal("'%s' is not a text file (it contains a NUL byte)", path);
        free(text);
        return NULL;
    }
    size_t bom = bom_length(text, len);
    if (bom) memmove(text, text + bom, len - bom + 1);
    Source *s = xcalloc(1, sizeof *s);
    set_path(s, path);
    s->text = text;
    s->len = len - bom;
    index_lines(s);
    return s;
}

void source_free(Source *s) {
    if (!s) return;
    free((char *)s->path);
    free((char *)s->c_path);
    free((char *)s->comment_path);
    free((char *)s->text);
    free(s->line_starts);
    free(s);
}

int source_line(const Source *s, uint32_t byte) {
    int lo = 0, hi = s->nlines - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (s->line_starts[mid] <= byte) lo = mid;
        else hi = mid - 1;
    }
    return lo + 1;
}

/* Lines longer than this are shown as an excerpt around the column (as clang
 * does): a diagnostic's size does not grow with its line. */
enum { EXCERPT_MAX = 160, EXCERPT_BEFORE = 80 };

static bool utf8_continuation(char c) { return ((unsigned char)c & 0xC0) == 0x80; }

/* The source line around byte offset col0 (0-based in the line): "   12 | text"
 * and the caret line under it. */
static void print_excerpt(FILE *f, int line, const char *ls, int n, int col0) {
    int a = 0, b = n;
    if (n > EXCERPT_MAX) {
        a = col0 > EXCERPT_BEFORE ? col0 - EXCERPT_BEFORE : 0;
        if (a > n - EXCERPT_MAX) a = n - EXCERPT_MAX;
        b = a + EXCERPT_MAX;
        /* whole UTF-8 characters only */
        while (a > 0 && utf8_continuation(ls[a])) a--;
        while (b < n && utf8_continuation(ls[b])) b++;
    }
    const char *pre = a > 0 ? "..." : "", *post = b < n ? "..." : "";
    fprintf(f, "%5d | %s%.*s%s\n      | %s", line, pre, b - a, ls + a, post, a > 0 ? "   " : "");
    for (int i = a; i < col0 && i < b; i++) fputc(ls[i] == '\t' ? '\t' : ' ', f);
    fputs("^\n", f);
}

static void vreport(const Source *s, uint32_t byte, const char *kind, const char *fmt, va_list ap) {
    FILE *f = sink();
    if (byte > s->len) byte = (uint32_t)s->len;
    int line = source_line(s, byte);
    uint32_t start = s->line_starts[line - 1];
    int col = (int)(byte - start) + 1;
    fputs(s->path, f);
    fprintf(f, ":%d:%d: %s: ", line, col, kind);
    vfprintf(f, fmt, ap);
    fputc('\n', f);
    const char *ls = s->text + start;
    const char *le = memchr(ls, '\n', s->len - start);
    int n = le ? (int)(le - ls) : (int)(s->len - start);
    if (n > 0 && ls[n - 1] == '\r') n--;
    print_excerpt(f, line, ls, n, col - 1);
}

/* Has this exact error (file, place, message) been reported already? Then it
 * is not printed again: a construct that two passes look at is reported once.
 * An open-addressing set of hashes; it grows with the errors reported. */
static uint64_t *seen;
static size_t seen_cap, seen_len;

static void seen_clear(void) {
    free(seen);
    seen = NULL;
    seen_cap = seen_len = 0;
}

static uint64_t hash_error(const Source *s, uint32_t byte, const char *msg) {
    uint64_t h = 1469598103934665603u;
    for (const char *c = s->path; *c; c++) h = (h ^ (unsigned char)*c) * 1099511628211u;
    h = (h ^ byte) * 1099511628211u;
    for (const char *c = msg; *c; c++) h = (h ^ (unsigned char)*c) * 1099511628211u;
    return h ? h : 1;
}

static bool seen_before(uint64_t h) {
    if (2 * (seen_len + 1) > seen_cap) {
        size_t cap = seen_cap ? 2 * seen_cap : 64;
        uint64_t *t = xcalloc(cap, sizeof *t);
        for (size_t i = 0; i < seen_cap; i++) {
            if (!seen[i]) continue;
            size_t k = seen[i] & (cap - 1);
            while (t[k]) k = (k + 1) & (cap - 1);
            t[k] = seen[i];
        }
        free(seen);
        seen = t;
        seen_cap = cap;
    }
    size_t k = h & (seen_cap - 1);
    while (seen[k]) {
        if (seen[k] == h) return true;
        k = (k + 1) & (seen_cap - 1);
    }
    seen[k] = h;
    seen_len++;
    return false;
}

void diag_error(const Source *s, uint32_t byte, const char *fmt, ...) {
    if (trial_noted()) return;
    diag_error_count++;
    if (diag_silenced()) {
        note_cap();
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (seen_before(hash_error(s, byte, msg))) return;
    va_start(ap, fmt);
    vreport(s, byte, "error", fmt, ap);
    va_end(ap);
    errors_printed++; /* after: vreport prints nothing once the limit is reached */
}

bool diag_werror;

void diag_warning(const Source *s, uint32_t byte, const char *fmt, ...) {
    if (trial_noted()) return;
    if (diag_werror) { /* an error like any other, marked as gcc marks it */
        char msg[512];
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(msg, sizeof msg, fmt, ap);
        va_end(ap);
        diag_error(s, byte, "%s [-Werror]", msg);
        return;
    }
    if (diag_silenced()) return;
    va_list ap;
    va_start(ap, fmt);
    vreport(s, byte, "warning", fmt, ap);
    va_end(ap);
}

void diag_note(const Source *s, uint32_t byte, const char *fmt, ...) {
    if (trial_noted() || diag_silenced()) return;
    va_list ap;
    va_start(ap, fmt);
    if (!s) { /* about something with no file (the runtime's ac_async.def) */
        fputs("acc: note: ", sink());
        vfprintf(sink(), fmt, ap);
        fputc('\n', sink());
    } else {
        vreport(s, byte, "note", fmt, ap);
    }
    va_end(ap);
}

void diag_fatal(const char *fmt, ...) {
    if (trial_noted()) return;
    va_list ap;
    va_start(ap, fmt);
    fputs("acc: error: ", sink());
    vfprintf(sink(), fmt, ap);
    fputc('\n', sink());
    va_end(ap);
    diag_error_count++;
}
