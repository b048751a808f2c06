/*
 * uvalloc.c: libuv's allocator, with a reserve (issue 11.4).
 *
 * libuv aborts when some of its own allocations fail instead of returning an
 * error: the array of watchers indexed by file descriptor (grown by
 * uv__io_start, so at a connect, an accept, a listen, a read start, when a
 * descriptor is higher than any before), and a few others. The runtime cannot
 * check those first. So it gives libuv an allocator (uv_replace_allocator, at
 * the first ac_loop_new) that is malloc, except that when malloc fails the
 * request is served from a reserve set aside in advance: a static arena,
 * never given back (libuv's free of such a block does nothing). libuv's small
 * internal allocations then succeed a while longer, and the program meets the
 * lack of memory at its next await (AC_ENOMEM: the runtime's own allocations
 * never use the reserve) instead of an abort. What remains is in
 * docs/semantics.md ("Out of memory").
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/* 256 KiB: libuv's watcher array for 16k descriptors, with room to spare. A
 * static array costs nothing until it is used (its pages are mapped then). */
#define AC__RESERVE_SIZE (256u * 1024u)
#define AC__RESERVE_HDR 16u /* a block's size, before it; keeps max_align_t alignment */

static _Alignas(16) unsigned char ac__reserve[AC__RESERVE_SIZE];
static atomic_size_t ac__reserve_used;
static atomic_flag ac__reserve_warned = ATOMIC_FLAG_INIT;
static atomic_flag ac__uv_alloc_set = ATOMIC_FLAG_INIT;

static bool ac__in_reserve(const void *p) {
    const unsigned char *b = p;
    return b >= ac__reserve && b < ac__reserve + AC__RESERVE_SIZE;
}

/* A block of n bytes from the reserve (zeroed: it is never reused), or NULL. */
static void *ac__reserve_take(size_t n) {
    size_t need, at;
    unsigned char *p;

#if defined(AC_NO_UV_RESERVE) /* to measure what the reserve saves (tests/faults) */
    return NULL;
#endif
    if (n == 0 || n > AC__RESERVE_SIZE)
        return NULL;
    need = ((n + 15u) & ~(size_t)15u) + AC__RESERVE_HDR;
    at = atomic_fetch_add(&ac__reserve_used, need);
    if (at > AC__RESERVE_SIZE || need > AC__RESERVE_SIZE - at)
        return NULL;
    if (!atomic_flag_test_and_set(&ac__reserve_warned))
        fputs("ac: warning: out of memory: libuv now allocates from the runtime's reserve\n",
              stderr);
    p = ac__reserve + at;
    memcpy(p, &n, sizeof n);
    return p + AC__RESERVE_HDR;
}

static size_t ac__reserve_size_of(const void *p) {
    size_t n;
    memcpy(&n, (const unsigned char *)p - AC__RESERVE_HDR, sizeof n);
    return n;
}

static void *ac__uv_malloc(size_t n) {
    void *p = malloc(n);
    return p != NULL ? p : ac__reserve_take(n);
}

static void *ac__uv_calloc(size_t k, size_t n) {
    void *p = calloc(k, n);
    if (p != NULL || k == 0 || n == 0 || n > SIZE_MAX / k)
        return p;
    return ac__reserve_take(k * n);
}

static void *ac__uv_realloc(void *p, size_t n) {
    size_t old;
    void *q;

    if (p == NULL)
        return ac__uv_malloc(n);
    if (!ac__in_reserve(p)) {
        if ((q = realloc(p, n)) != NULL || n == 0)
            return q;
#if defined(__GLIBC__)
        old = malloc_usable_size(p);
#else
        return NULL;
#endif
    } else {
        old = ac__reserve_size_of(p);
        if ((q = malloc(n)) != NULL)
            goto copy;
    }
    if ((q = ac__reserve_take(n)) == NULL)
        return NULL;
copy:
    memcpy(q, p, old < n ? old : n);
    if (!ac__in_reserve(p))
        free(p);
    return q;
}

static void ac__uv_free(void *p) {
    if (!ac__in_reserve(p))
        free(p);
}

void ac__uv_allocator(void) {
    if (!atomic_flag_test_and_set(&ac__uv_alloc_set))
        uv_replace_allocator(ac__uv_malloc, ac__uv_realloc, ac__uv_calloc, ac__uv_free);
}
