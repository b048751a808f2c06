/*
 * pool.c: the handle cache. Coroutine objects and futures up to AC__POOL_MAX
 * bytes come from a per-thread cache: one free list per size class (multiples
 * of 8 bytes), fed by 1 MiB chunks (aligned to their size: see ac__foreign) carved without per-block overhead. A block
 * goes back to its class's list when freed; spawns and fresh futures then
 * rarely reach malloc. Classes that are multiples of 16 are carved 16-aligned
 * (max_align_t), so a block can serve any handle of its class. The chunks go
 * back to malloc when a loop closes on this thread with no cached block in
 * use. The hot parts (pop, put) are inline in ac-int.h; task.c computes the
 * classes. Split from task.c.
 */
#include "ac-int.h"

#include <stdlib.h>
#include <string.h>

_Thread_local ac__pool_t ac__pool AC__TLS_HOT;

static void *ac__pool_carve(size_t size) {
    char *p = ac__pool.bump;
    if ((size & 15) == 0 && ((uintptr_t)p & 15) != 0)
        p += 8;
    if (p == NULL || p + size > ac__pool.end) {
        /* Aligned to its size: ac__foreign finds a block's chunk, and so its
         * thread, by masking the block's address. */
        ac__pool_chunk *c = aligned_alloc(AC__POOL_CHUNK, AC__POOL_CHUNK);
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
        free(c);
    }
    memset(&ac__pool, 0, sizeof ac__pool);
}

