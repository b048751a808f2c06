/*
 * pool.c: the handle cache. Coroutine objects and futures up to AC__POOL_MAX
 * bytes come from a per-thread cache: one free list per size class (multiples
 * of 8 bytes), fed by 1 MiB chunks (aligned to their size: see ac__foreign;
 * mapped with mmap) carved without per-block overhead. A block
 * goes back to its class's list when freed; spawns and fresh futures then
 * rarely reach malloc. Classes that are multiples of 16 are carved 16-aligned
 * (max_align_t), so a block can serve any handle of its class. The chunks are
 * unmapped when a loop closes on this thread with no cached block in
 * use. The hot parts (pop, put) are inline in ac-int.h; task.c computes the
 * classes. Split from task.c.
 *
 * Layer: base (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Under AddressSanitizer, LeakSanitizer scans only the heap it knows: the
 * chunks are registered as root regions, so that what a cached block points
 * to (a handle's rare data, a gather a task's waiter list holds) is reachable
 * as it was when the chunks came from malloc. */
/* Set when making a handle failed for lack of memory: awaiting the NULL that
 * the constructor returned then raises AC_ENOMEM, not AC_EINVAL (cleared
 * there; task.c). Only the failure paths touch it. */
_Thread_local bool ac__oom AC__TLS_HOT;

#if defined(__SANITIZE_ADDRESS__)
#define AC__LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AC__LSAN 1
#endif
#endif
#ifdef AC__LSAN
#include <sanitizer/lsan_interface.h>
#define AC__LSAN_ROOT(p, n) __lsan_register_root_region((p), (n))
#define AC__LSAN_UNROOT(p, n) __lsan_unregister_root_region((p), (n))
#else
#define AC__LSAN_ROOT(p, n) ((void)0)
#define AC__LSAN_UNROOT(p, n) ((void)0)
#endif

_Thread_local ac__pool_t ac__pool AC__TLS_HOT;

/* A chunk: AC__POOL_CHUNK bytes aligned to their size, mapped straight from
 * the kernel (twice the size, the unaligned ends unmapped at once). Not
 * aligned_alloc: glibc writes its chunk header in the page before the aligned
 * block, a page touched per chunk for nothing (0.6 B per sleeping task at 1M
 * tasks, bench/hot.sh). tests/faults wraps mmap too, so it fails there as an
 * allocation does. */
static ac__pool_chunk *ac__chunk_map(void) {
    size_t n = 2 * (size_t)AC__POOL_CHUNK;
    char *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    char *a;
    if (p == MAP_FAILED)
        return NULL;
    a = (char *)(((uintptr_t)p + AC__POOL_CHUNK - 1) & ~(uintptr_t)(AC__POOL_CHUNK - 1));
    if (a > p)
        munmap(p, (size_t)(a - p));
    if (a + AC__POOL_CHUNK < p + n)
        munmap(a + AC__POOL_CHUNK, (size_t)(p + n - (a + AC__POOL_CHUNK)));
    AC__LSAN_ROOT(a, AC__POOL_CHUNK);
    return (ac__pool_chunk *)(void *)a;
}

static void *ac__pool_carve(size_t size) {
    char *p = ac__pool.bump;
    if ((size & 15) == 0 && ((uintptr_t)p & 15) != 0)
        p += 8;
    if (p == NULL || p + size > ac__pool.end) {
        /* Aligned to its size: ac__foreign finds a block's chunk, and so its
         * thread, by masking the block's address. */
        ac__pool_chunk *c = ac__chunk_map();
        if (c == NULL) {
            ac__oom = true;
            return NULL;
        }
        c->next = ac__pool.chunks;
        c->owner = &ac__pool;
        ac__pool.chunks = c;
        p = (char *)(c + 1);
        ac__pool.end = (char *)c + AC__POOL_CHUNK;
    }
    ac__pool.bump = p + size;
    ac__pool.carved++;
    return p;
}

void *ac__pool_get(size_t size) {
    void **head = &ac__pool.free[size >> 3];
    void *p = *head;
    if (p != NULL)
        *head = *(void **)p;
    else if ((p = ac__pool_carve(size)) == NULL)
        return NULL;
    return p;
}

/* ac_loop_close: the chunks go back to malloc when no block is in use, that
 * is when every block carved is on a free list. (Counted here, rarely, so
 * that taking and giving back a block counts nothing.) */
void ac__pool_trim(void) {
    ac__pool_chunk *c, *next;
    size_t cached = 0, i;
    for (i = 0; i < sizeof ac__pool.free / sizeof ac__pool.free[0]; i++)
        for (void *p = ac__pool.free[i]; p != NULL; p = *(void **)p)
            cached++;
    if (cached != ac__pool.carved)
        return;
    for (c = ac__pool.chunks; c != NULL; c = next) {
        next = c->next;
        AC__LSAN_UNROOT(c, AC__POOL_CHUNK);
        munmap(c, AC__POOL_CHUNK);
    }
    memset(&ac__pool, 0, sizeof ac__pool);
}

