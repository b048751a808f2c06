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

Source *source_from_string(const char *path, const char *text) {
    Source *s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    s->len = strlen(text);
    s->text = xstrndup(text, s->len);
    index_lines(s);
    return s;
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
    Source *s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    s->text = text;
    s->len = len;
    index_lines(s);
    return s;
}

void source_free(Source *s) {
    if (!s) return;
    free((char *)s->path);
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

static void vreport(const Source *s, uint32_t byte, const char *kind, const char *fmt, va_list ap) {
    if (byte > s->len) byte = (uint32_t)s->len;
    int line = source_line(s, byte);
    uint32_t start = s->line_starts[line - 1];
    int col = (int)(byte - start) + 1;
    fprintf(stderr, "%s:%d:%d: %s: ", s->path, line, col, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    const char *ls = s->text + start;
    const char *le = memchr(ls, '\n', s->len - start);
    int n = le ? (int)(le - ls) : (int)(s->len - start);
    if (n > 0 && ls[n - 1] == '\r') n--;
    fprintf(stderr, "%5d | %.*s\n      | ", line, n, ls);
    for (int i = 0; i < col - 1 && i < n; i++) fputc(ls[i] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

/* Has this exact error (file, place, message) been reported already? Then it
 * is not printed again: a construct that two passes look at is reported once.
 * An open-addressing set of hashes; it grows with the errors reported. */
static uint64_t *seen;
static size_t seen_cap, seen_len;

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
    va_list ap;
    va_start(ap, fmt);
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error_count++;
    if (seen_before(hash_error(s, byte, msg))) return;
    va_start(ap, fmt);
    vreport(s, byte, "error", fmt, ap);
    va_end(ap);
}

void diag_warning(const Source *s, uint32_t byte, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vreport(s, byte, "warning", fmt, ap);
    va_end(ap);
}

void diag_note(const Source *s, uint32_t byte, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    if (!s) { /* about something with no file (the runtime's ac_async.def) */
        fputs("acc: note: ", stderr);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
    } else {
        vreport(s, byte, "note", fmt, ap);
    }
    va_end(ap);
}

void diag_fatal(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("acc: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    diag_error_count++;
}
