/*
 * future.c: futures, handles completed by code rather than by a coroutine.
 *
 * The value lives right after the header (ac__frame(f)); its size is kept in
 * the header's id field. A future does not belong to a loop until something
 * waits for it: then it joins that loop's list of futures with waiters, which
 * is how the loop finds the tasks blocked on it when it has to cancel or free
 * them.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>
#include <string.h>

const ac__desc ac__future_desc = {.name = "future", .file = __FILE__, .line = __LINE__};

static __attribute__((noinline)) ac_task *ac__future_new_slow(size_t size, const char *file,
                                                                int line);

/* Debug tracking of a new future (no loop: as the environment says). */
static __attribute__((noinline)) ac_task *ac__future_tracked(ac_task *f, const char *file,
                                                              int line) {
    if (ac__debug_on())
        ac__debug_track(f, file, line);
    return f;
}

ac_task *ac__future_new(size_t size, const char *file, int line) {
    /* The common case: a future of up to 16 bytes whose block is in the
     * handle cache (the class ac__handle_alloc would use: 80 bytes), set up
     * field by field, its value zeroed inline. */
    if (size - 1 < 16) {
        ac_task *f = ac__pool_pop((size_t)AC__HDR_SIZE + 16);
        if (f != NULL) {
            /* q.next and u.fut.link are left as the cache gave them: a
             * future is never queued itself, and its link is written when
             * it is listed (ac__futures_link) and read only while it is */
            f->q.desc = &ac__future_desc;
            f->waiters = NULL;
            f->ext = NULL;
            f->refs = 1;
            f->err = 0;
            f->id = (uint32_t)size;
            f->kind = AC__K_FUTURE;
            f->state = AC__S_PENDING;
            f->flags = AC__F_POOLED;
            memset(ac__frame(f), 0, 16);
            if (ac__cur == NULL || ac__cur->debug)
                return ac__future_tracked(f, file, line); /* a tail call */
            return f;
        }
    }
    return ac__future_new_slow(size, file, line);
}

static ac_task *ac__future_new_slow(size_t size, const char *file, int line) {
    ac_task *f;

    if (size > UINT32_MAX)
        return NULL;
    f = ac__handle_alloc(size);
    if (f == NULL)
        return NULL;
    f->q.desc = &ac__future_desc;
    f->refs = 1;
    f->kind = AC__K_FUTURE;
    f->state = AC__S_PENDING;
    f->id = (uint32_t)size;
    ac__dlink_init(&f->u.fut.link);
    if (ac__cur != NULL ? ac__cur->debug : ac__debug_env())
        ac__debug_track(f, file, line);
    return f;
}

/* ac__complete(f, 0)'s waking half, returning ac__future_set's 0: a tail call. */
static __attribute__((noinline)) int ac__future_set_wake(ac_task *f) {
    ac__wake_waiters(f);
    return 0;
}

static __attribute__((noinline)) int ac__future_set_slow(ac_future *f, const void *value,
                                                          size_t size);

/* The fast paths' test: a pending future of 8 bytes (kind and state in one
 * test: a future is pending from its creation on). */
static inline __attribute__((always_inline)) bool ac__future_pending8(const ac_future *f) {
    return f != NULL && f->ks == AC__KS(AC__K_FUTURE, AC__S_PENDING) && f->id == 8;
}

/* The rest of a fast path, its value stored: done, and its one waiting task
 * queued (ac__wake_waiters' common case inline). Returns 0. */
static inline __attribute__((always_inline)) int ac__future_done8(ac_future *f) {
    f->state = AC__S_DONE; /* (err: 0 since the future was made) */
    if (f->waiters != NULL) {
        ac__item *last = f->waiters;
        ac_loop *l = ac__cur;
        if (last->next != last || l == NULL || !ac__is_task_item(last))
            return ac__future_set_wake(f);
        f->waiters = NULL;
        ac__futures_unlink(f);
        ((ac_task *)last)->flags |= AC__F_QUEUED;
        ac__ready_push(l, last);
    }
    return 0;
}

int ac__future_set(ac_future *f, const void *value, size_t size) {
    /* The common case, without a prologue. */
    if (size == 8 && ac__future_pending8(f)) {
        if (value != NULL)
            memcpy(ac__frame(f), value, 8);
        return ac__future_done8(f);
    }
    return ac__future_set_slow(f, value, size);
}

/* ac__future_set8's other cases: the general path, from memory. */
static __attribute__((noinline)) int ac__future_set8_slow(ac_future *f, uint64_t bits) {
    return ac__future_set_slow(f, &bits, 8);
}

int ac__future_set8(ac_future *f, uint64_t bits) {
    if (ac__future_pending8(f)) {
        memcpy(ac__frame(f), &bits, 8);
        return ac__future_done8(f);
    }
    return ac__future_set8_slow(f, bits);
}

static int ac__future_set_slow(ac_future *f, const void *value, size_t size) {
    if (f == NULL || f->kind != AC__K_FUTURE) {
        ac__debug_warn(f, "ac_future_set: not a future");
        return AC_EINVAL;
    }
    if (ac__done(f)) {
        ac__debug_warn(f, "ac_future_set: future '%s' is already done", ac_name(f));
        return AC_EINVAL;
    }
    if (size != f->id)
        ac__debug_warn(f, "ac_future_set: future holds %u bytes, set with %zu", (unsigned)f->id,
                       size);
    if (value != NULL)
        memcpy(ac__frame(f), value, size < f->id ? size : f->id);
    ac__complete(f, 0);
    return 0;
}

int ac_future_fail(ac_future *f, int code) {
    if (f == NULL || f->kind != AC__K_FUTURE || code == 0) {
        ac__debug_warn(f, "ac_future_fail: not a future, or code 0");
        return AC_EINVAL;
    }
    if (ac__done(f)) {
        ac__debug_warn(f, "ac_future_fail: future '%s' is already done", ac_name(f));
        return AC_EINVAL;
    }
    ac__complete(f, code);
    return 0;
}

int ac__future_cancel(ac_task *f) {
    if (ac__done(f))
        return 0;
    if (ac__rt_of(f) != NULL && ac__rt_of(f)->cancel != NULL)
        return ac__rt_of(f)->cancel(f); /* gather.c; combine.c: shield */
    ac__complete(f, AC_ECANCELED);
    return 1;
}

/* ac__futures_link, ac__futures_unlink: inline in ac-int.h. */
