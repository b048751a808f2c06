/* util.c: growable buffers, strings and arrays. Out of memory is fatal in the
 * translator (a short-lived tool): it exits with a message, never crashes. */
#include "acc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

static void out_of_memory(void) {
    fputs("acc: error: out of memory\n", stderr);
    exit(2);
}

void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

void *xrealloc(void *p, size_t size) {
    p = realloc(p, size ? size : 1);
    if (!p) out_of_memory();
    return p;
}

char *xstrndup(const char *s, size_t n) {
    char *r = malloc(n + 1); /* (not calloc: every byte is written) */
    if (!r) out_of_memory();
    memcpy(r, s, n);
    r[n] = 0;
    return r;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xprintf(const char *fmt, ...) {
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap); /* (defined below: mostly without vsnprintf) */
    va_end(ap);
    return b.data;
}

void buf_grow(Buf *b, size_t n) {
    if (b->len + n + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

/* Room for n more bytes and the terminating NUL. */
static inline void buf_reserve(Buf *b, size_t n) {
    if (b->len + n + 1 > b->cap) buf_grow(b, n);
}

/* Formats straight into the buffer's free space; grows it and formats again
 * only when the text does not fit. */
static void put_decimal(Buf *b, unsigned long long v, bool neg) {
    char digits[24];
    int n = 0;
    do digits[n++] = (char)('0' + v % 10);
    while (v /= 10);
    buf_reserve(b, (size_t)n + 1);
    if (neg) b->data[b->len++] = '-';
    while (n) b->data[b->len++] = digits[--n];
}

/* buf_vprintf's common case without vsnprintf (which costs a thousand
 * instructions before it writes a byte, and the output is mostly made by
 * buf_printf): the conversions %s %d %u %ld %c %.*s %% exactly as printf does
 * them. False (b unchanged) at any other, or a null string. */
static bool fast_vprintf(Buf *b, const char *fmt, va_list ap) {
    size_t start = b->len;
    for (const char *f = fmt; *f;) {
        const char *pct = strchr(f, '%');
        size_t lit = pct ? (size_t)(pct - f) : strlen(f);
        if (lit) buf_put(b, f, lit);
        if (!pct) break;
        f = pct + 1;
        if (*f == 's') {
            const char *str = va_arg(ap, const char *);
            if (!str) goto slow;
            buf_puts(b, str);
            f++;
        } else if (*f == 'd') {
            int v = va_arg(ap, int);
            put_decimal(b, v < 0 ? -(unsigned long long)(long long)v : (unsigned long long)v, v < 0);
            f++;
        } else if (*f == 'u') {
            put_decimal(b, va_arg(ap, unsigned), false);
            f++;
        } else if (f[0] == 'l' && f[1] == 'd') {
            long v = va_arg(ap, long);
            put_decimal(b, v < 0 ? -(unsigned long long)(long long)v : (unsigned long long)v, v < 0);
            f += 2;
        } else if (*f == 'c') {
            char c = (char)va_arg(ap, int);
            buf_put(b, &c, 1);
            f++;
        } else if (*f == '%') {
            buf_put(b, "%", 1);
            f++;
        } else if (f[0] == '.' && f[1] == '*' && f[2] == 's') {
            int prec = va_arg(ap, int);
            const char *str = va_arg(ap, const char *);
            if (!str || prec < 0) goto slow;
            const char *nul = memchr(str, 0, (size_t)prec);
            buf_put(b, str, nul ? (size_t)(nul - str) : (size_t)prec);
            f += 3;
        } else {
            goto slow;
        }
    }
    return true;
slow:
    b->len = start;
    if (b->data) b->data[b->len] = 0;
    return false;
}

void buf_vprintf(Buf *b, const char *fmt, va_list ap) {
    va_list fast;
    va_copy(fast, ap);
    bool done = fast_vprintf(b, fmt, fast);
    va_end(fast);
    if (done) {
        buf_reserve(b, 0); /* the terminating NUL, also for an empty result */
        b->data[b->len] = 0;
        return;
    }
    va_list again;
    va_copy(again, ap);
    buf_reserve(b, 128);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap);
    if (n < 0) n = 0;
    if ((size_t)n >= room) {
        buf_reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, b->cap - b->len, fmt, again);
    }
    va_end(again);
    b->len += (size_t)n;
    b->data[b->len] = 0;
}

void buf_printf(Buf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void buf_free(Buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = xrealloc(v->items, (size_t)v->cap * sizeof *v->items);
    }
    v->items[v->len++] = item;
}

void vec_free(Vec *v) {
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_put(&b, chunk, n);
    int err = ferror(f);
    fclose(f);
    if (err) {
        buf_free(&b);
        errno = EIO;
        return NULL;
    }
    if (!b.data) buf_put(&b, "", 0);
    *len = b.len;
    return b.data;
}

/* Bytes a path may hold that C text cannot: control characters, as three-digit
 * octal escapes (never followed by a digit that would extend them). */
static void put_escaped_byte(Buf *b, unsigned char c) {
    char esc[8];
    snprintf(esc, sizeof esc, "\\%03o", c);
    buf_puts(b, esc);
}

/* C11 6.4.5 and 6.10.4: a path as a string literal, for #line and for the
 * descriptor's file name. '"' and '\\' are escaped, control characters are
 * octal escapes, and "??" becomes "?\?" so no trigraph forms (-trigraphs). */
char *c_string_literal(const char *s) {
    Buf b = {0};
    buf_puts(&b, "\"");
    for (const char *c = s; *c; c++) {
        unsigned char u = (unsigned char)*c;
        if (*c == '"' || *c == '\\') {
            buf_puts(&b, "\\");
            buf_put(&b, c, 1);
        } else if (*c == '?' && c[1] == '?') {
            buf_puts(&b, "?\\");
        } else if (u < 0x20 || u == 0x7f) {
            put_escaped_byte(&b, u);
        } else {
            buf_put(&b, c, 1);
        }
    }
    buf_puts(&b, "\"");
    return b.data;
}

/* A path inside a block comment: no "*" followed by "/" (it would end the
 * comment), no control characters, no "??" (a trigraph "??/" before a newline
 * would splice lines). */
char *comment_text(const char *s) {
    Buf b = {0};
    buf_puts(&b, "");
    for (const char *c = s; *c; c++) {
        unsigned char u = (unsigned char)*c;
        if (*c == '*' && c[1] == '/') buf_puts(&b, "*\\");
        else if (*c == '?' && c[1] == '?') buf_puts(&b, "?\\");
        else if (u < 0x20 || u == 0x7f) put_escaped_byte(&b, u);
        else buf_put(&b, c, 1);
    }
    return b.data;
}

/* ---- hash maps ------------------------------------------------------------ */

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    return h;
}

static uint64_t hash_ptr(const void *p) {
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 33; /* murmur3's finaliser */
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    return h;
}

static void strmap_grow(StrMap *m) {
    StrMap big = {0};
    big.cap = m->cap ? m->cap * 2 : 64;
    big.keys = xcalloc(big.cap, sizeof *big.keys);
    big.vals = xcalloc(big.cap, sizeof *big.vals);
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) strmap_put(&big, m->keys[i], m->vals[i]);
    free(m->keys);
    free(m->vals);
    *m = big;
}

/* Linear probing; the table is at most half full. */
static size_t strmap_slot(const StrMap *m, const char *key, size_t n) {
    size_t i = hash_bytes(key, n) & (m->cap - 1);
    while (m->keys[i] && !(strlen(m->keys[i]) == n && !memcmp(m->keys[i], key, n))) i = (i + 1) & (m->cap - 1);
    return i;
}

void strmap_put(StrMap *m, const char *key, void *val) {
    if (2 * (m->len + 1) > m->cap) strmap_grow(m);
    size_t i = strmap_slot(m, key, strlen(key));
    if (!m->keys[i]) m->len++;
    m->keys[i] = key;
    m->vals[i] = val;
}

void *strmap_getn(const StrMap *m, const char *key, size_t n) {
    if (!m->cap) return NULL;
    size_t i = strmap_slot(m, key, n);
    return m->keys[i] ? m->vals[i] : NULL;
}

void *strmap_get(const StrMap *m, const char *key) { return strmap_getn(m, key, strlen(key)); }

void strmap_free(StrMap *m) {
    free(m->keys);
    free(m->vals);
    *m = (StrMap){0};
}

static size_t ptrmap_slot(const PtrMap *m, const void *key) {
    size_t i = hash_ptr(key) & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    return i;
}

void ptrmap_put(PtrMap *m, const void *key, void *val) {
    if (2 * (m->len + 1) > m->cap) {
        PtrMap big = {0};
        big.cap = m->cap ? m->cap * 2 : 64;
        big.keys = xcalloc(big.cap, sizeof *big.keys);
        big.vals = xcalloc(big.cap, sizeof *big.vals);
        for (size_t i = 0; i < m->cap; i++)
            if (m->keys[i]) ptrmap_put(&big, m->keys[i], m->vals[i]);
        free(m->keys);
        free(m->vals);
        *m = big;
    }
    size_t i = ptrmap_slot(m, key);
    if (!m->keys[i]) m->len++;
    m->keys[i] = key;
    m->vals[i] = val;
}

void *ptrmap_get(const PtrMap *m, const void *key) {
    if (!m->cap) return NULL;
    size_t i = ptrmap_slot(m, key);
    return m->keys[i] ? m->vals[i] : NULL;
}

void ptrmap_clear(PtrMap *m) {
    if (!m->len) return;
    memset(m->keys, 0, m->cap * sizeof *m->keys);
    memset(m->vals, 0, m->cap * sizeof *m->vals);
    m->len = 0;
}

void ptrmap_free(PtrMap *m) {
    free(m->keys);
    free(m->vals);
    *m = (PtrMap){0};
}

/* ---- -ftime-report ------------------------------------------------------ */

bool time_report;
static struct {
    const char *name;
    double wall, cpu;
} phases[16];
static int nphases;
static double last_wall, last_cpu;

static double clock_seconds(clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* CPU seconds of this process (every thread) and of its children waited for
 * (jobs.c's). */
static double cpu_seconds(void) {
    struct rusage ru;
    double kids = 0;
    if (getrusage(RUSAGE_CHILDREN, &ru) == 0)
        kids = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
    return clock_seconds(CLOCK_PROCESS_CPUTIME_ID) + kids;
}

void time_phase(const char *name) {
    if (!time_report) return;
    double w = clock_seconds(CLOCK_MONOTONIC), c = cpu_seconds();
    if (name && nphases < (int)(sizeof phases / sizeof *phases))
        phases[nphases++] = (typeof(phases[0])){name, w - last_wall, c - last_cpu};
    last_wall = w;
    last_cpu = c;
}

void time_report_print(void) {
    if (!time_report || !nphases) return;
    double tw = 0, tc = 0;
    fputs("acc: time report       wall s    cpu s (threads and processes)\n", stderr);
    for (int i = 0; i < nphases; i++) {
        fprintf(stderr, "  %-18s %8.3f %8.3f\n", phases[i].name, phases[i].wall, phases[i].cpu);
        tw += phases[i].wall;
        tc += phases[i].cpu;
    }
    fprintf(stderr, "  %-18s %8.3f %8.3f\n", "total", tw, tc);
    nphases = 0;
}

/* ---- how many threads or processes ------------------------------------- */

int parallel_count(const char *env_name, size_t len, size_t min_len, size_t per, int most) {
    const char *env = getenv(env_name);
    if (env && *env) {
        int n = atoi(env);
        return n < 1 ? 1 : n > most ? most : n;
    }
    if (len < min_len) return 1;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) n = 1;
    if (per && (size_t)n > len / per) n = (long)(len / per);
    return n > most ? most : (int)n;
}
