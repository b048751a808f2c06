/*
 * task.c: handles, references, spawn, the trampoline that steps tasks
 * (ac_cancel and ac_on_done are in cancel.c, the handle-wait leaf `await
 * <handle>` in wait.c, names in debug.c, ac__raise in raise.c: the layers
 * above and beside it).
 *
 * A task is a coroutine object that ac_spawn turned on: same allocation, same
 * header. Its u.co.link points at its innermost coroutine object: itself at
 * first, or a coroutine object that one of its handle waits started in place
 * ("awaiting a coroutine object runs it in the current task"); each of those
 * points back at its parent through its own u.co.link. A step resumes the
 * innermost one; the chain of resume functions then re-dispatches through the
 * direct awaits (frames embedded in frames) down to the leaf that suspended.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* asyncio numbers tasks per process, from 1, in the order they are made. */
_Atomic uint32_t ac__task_counter; /* age.c reads it too */

/* ------------------------------------------------------------------------- */
/* Making and freeing handles                                                 */
/* ------------------------------------------------------------------------- */

/* A coroutine object is one allocation: the 64-byte header, then the frame,
 * which must have its struct's alignment (the frame's locals may be
 * _Alignas(N)). malloc gives max_align_t's; up to 64, aligning the block to
 * 64 aligns the frame; above, the block is aligned to the frame's alignment
 * and the header sits just before the frame (ac__coro_block finds the block
 * again to free it). */
static size_t ac__frame_align(const ac__desc *d) {
    return d->frame_align > _Alignof(max_align_t) ? d->frame_align : _Alignof(max_align_t);
}

static size_t ac__round_up(size_t n, size_t a) { return (n + a - 1) / a * a; }

static void *ac__coro_block(ac_task *h) {
    if (h->kind == AC__K_CORO && h->q.desc != NULL && ac__frame_align(h->q.desc) > AC__HDR_SIZE)
        return (char *)h + AC__HDR_SIZE - ac__frame_align(h->q.desc);
    return h;
}

/* ------------------------------------------------------------------------- */
/* The handle cache                                                           */
/* ------------------------------------------------------------------------- */

/* The cache itself (chunks, carving, trimming) is pool.c; its pop and put are
 * inline in ac-int.h. What is here: the size class of a handle. */

/* The alignment a frame's block needs in the cache: a desc without
 * frame_align (hand-written ones) gets max_align_t's. */
static inline size_t ac__pool_align(const ac__desc *d) {
    return d->frame_align != 0 ? d->frame_align : _Alignof(max_align_t);
}

/* The pool size of a block of n bytes: a multiple of 8, of 16 unless small-aligned. */
static inline size_t ac__pool_size(size_t n, size_t align) {
    return align > 8 ? (n + 15) & ~(size_t)15 : (n + 7) & ~(size_t)7;
}


/* The pool size of handle h (AC__F_POOLED), as when it was made. */
static inline size_t ac__pool_size_of(const ac_task *h) {
    if (h->kind == AC__K_CORO)
        return ac__pool_size((size_t)AC__HDR_SIZE + h->q.desc->frame_size, ac__pool_align(h->q.desc));
    return ac__pool_size((size_t)AC__HDR_SIZE + h->id, _Alignof(max_align_t));
}

ac_task *ac__handle_alloc(size_t value_size) {
    size_t size = ac__pool_size((size_t)AC__HDR_SIZE + value_size, _Alignof(max_align_t));
    ac_task *t;
    if (size <= AC__POOL_MAX) {
        t = ac__pool_get(size);
        if (t != NULL) {
            memset(t, 0, AC__HDR_SIZE);
            if (value_size == 8)
                memset(ac__frame(t), 0, 8);
            else
                memset(ac__frame(t), 0, value_size);
            t->flags = AC__F_POOLED;
        }
        return t;
    }
    t = calloc(1, (size_t)AC__HDR_SIZE + value_size);
    if (t == NULL)
        ac__oom = true;
    return t;
}

/* Block t as a new coroutine object of d: kind AC__K_CORO and state AC__S_NEW
 * are 0; flags says where the block came from (AC__F_POOLED or 0). */
/* Debug tracking of a new coroutine object, out of line: a tail call from
 * ac__coro_header, which then needs no registers of its own. */
static __attribute__((noinline)) ac_task *ac__coro_tracked(ac_task *t, const ac__desc *d) {
    if (ac__debug_on())
        ac__debug_track(t, d->file, d->line);
    return t;
}

static inline __attribute__((always_inline)) ac_task *ac__coro_header(ac_task *t, const ac__desc *d,
                                                                      uint16_t flags) {
    ac_loop *l = ac__cur;
    t->q.next = NULL;
    t->q.desc = d;
    t->u.co.link = NULL;
    t->u.co.wait = NULL;
    t->waiters = NULL;
    t->ext = NULL;
    t->refs = 1;
    t->err = 0;
    t->id = 0;
    t->kind = AC__K_CORO;
    t->state = AC__S_NEW;
    t->flags = flags;
    if (l == NULL || l->debug) /* (no loop: the environment says) */
        return ac__coro_tracked(t, d);
    return t;
}

static __attribute__((noinline)) ac_task *ac__coro_new_slow(const ac__desc *d);

ac_task *ac__coro_new(const ac__desc *d) {
    /* The common case: a block of its size is in the cache. */
    if (d != NULL && d->resume != NULL && d->frame_align <= _Alignof(max_align_t)) {
        size_t size = ac__pool_size((size_t)AC__HDR_SIZE + d->frame_size, ac__pool_align(d));
        void **head;
        ac_task *t;
        if (size <= AC__POOL_MAX && *(head = &ac__pool.free[size >> 3]) != NULL) {
            t = *head;
            *head = *(void **)t;
            return ac__coro_header(t, d, AC__F_POOLED);
        }
    }
    return ac__coro_new_slow(d);
}

static ac_task *ac__coro_new_slow(const ac__desc *d) {
    ac_task *t;
    size_t align, size;

    if (d == NULL || d->resume == NULL)
        return NULL;
    align = ac__frame_align(d);
    size = ac__pool_size((size_t)AC__HDR_SIZE + d->frame_size, ac__pool_align(d));
    if (align <= _Alignof(max_align_t) && size <= AC__POOL_MAX) {
        t = ac__pool_get(size);
        return t != NULL ? ac__coro_header(t, d, AC__F_POOLED) : NULL;
    }
    if (align <= _Alignof(max_align_t)) {
        t = malloc((size_t)AC__HDR_SIZE + d->frame_size);
    } else if (align <= AC__HDR_SIZE) {
        t = aligned_alloc(AC__HDR_SIZE, ac__round_up((size_t)AC__HDR_SIZE + d->frame_size, AC__HDR_SIZE));
    } else {
        char *block = aligned_alloc(align, ac__round_up(align + d->frame_size, align));
        t = block != NULL ? (ac_task *)(block + align - AC__HDR_SIZE) : NULL;
    }
    if (t == NULL) {
        ac__oom = true;
        return NULL;
    }
    return ac__coro_header(t, d, 0);
}

static __attribute__((noinline)) void ac__free_slow(ac_task *h);

/* The common case of ac__free: a cached coroutine object or future that
 * completed, with nothing of its own to free, goes back to the cache. */
static inline __attribute__((always_inline)) bool ac__free_fast(ac_task *h) {
    if ((h->flags & (AC__F_POOLED | AC__F_LISTED)) == AC__F_POOLED && h->ext == NULL) {
        const ac__desc *d = h->q.desc;
        if (h->ks == AC__KS(AC__K_CORO, AC__S_DONE) && !(d->flags & AC__DESC_RT)) {
            ac__pool_put(h, ac__pool_size((size_t)AC__HDR_SIZE + d->frame_size, ac__pool_align(d)));
            return true;
        }
        if (h->ks == AC__KS(AC__K_FUTURE, AC__S_DONE)) {
            ac__pool_put(h, ac__pool_size((size_t)AC__HDR_SIZE + h->id, _Alignof(max_align_t)));
            return true;
        }
    }
    return false;
}

void ac__free(ac_task *h) {
    if (!ac__free_fast(h))
        ac__free_slow(h);
}

static void ac__free_slow(ac_task *h) {
    if (h->kind == AC__K_CORO && h->state == AC__S_NEW)
        ac__debug_never_awaited(h);
    else if (h->state == AC__S_FAILED && h->err != AC_ECANCELED && !(h->flags & AC__F_READ))
        ac__debug_unread(h);
    if (ac__rt_of(h) != NULL && ac__rt_of(h)->free != NULL)
        ac__rt_of(h)->free(h); /* combine.c, gather.c: what it holds */
    /* Every waiter holds a reference (see ac__wait__resume, ac_on_done), so a
     * handle with waiters is never freed; the unlink is for safety only. */
    if (h->flags & AC__F_LISTED)
        ac__futures_unlink(h);
    if (h->ext != NULL)
        ac__ext_free(h);
    if (h->flags & AC__F_POOLED)
        ac__pool_put(h, ac__pool_size_of(h));
    else
        free(ac__coro_block(h));
}

ac_task *ac_retain(ac_task *h) {
    if (h != NULL)
        h->refs++;
    return h;
}

/* A release of a handle with no reference left. */
static __attribute__((noinline)) void ac__release_slow(ac_task *h) {
    ac__debug_warn(h, "ac_release: handle '%s' released once too often", ac_name(h));
}

void ac_release(ac_task *h) {
    if (h == NULL)
        return;
    if (h->refs > 1) {
        h->refs--;
        return;
    }
    /* the last reference (ac__free's common case inline), or one too many */
    if (h->refs == 1) {
        h->refs = 0; /* as ac__free leaves it: a release too many is seen */
        if (!ac__free_fast(h))
            ac__free_slow(h);
        return;
    }
    ac__release_slow(h);
}

void ac_detach(ac_task *h) {
    if (h == NULL)
        return;
    h->flags |= AC__F_DETACHED;
    ac_release(h);
}

/* ------------------------------------------------------------------------- */
/* State                                                                      */
/* ------------------------------------------------------------------------- */

int ac_done(const ac_task *h) { return h != NULL && ac__done(h); }

int ac_cancelled(const ac_task *h) {
    return h != NULL && h->state == AC__S_FAILED && h->err == AC_ECANCELED;
}

int ac_error_of(const ac_task *h) {
    if (h == NULL || h->state != AC__S_FAILED)
        return 0;
    ((ac_task *)h)->flags |= AC__F_READ; /* a mark, not a change of state */
    return h->err;
}


/* Where ac__result points when there is nothing to read: zeroes. */
static _Thread_local _Alignas(max_align_t) unsigned char ac__scratch[1024];

static void *ac__scratch_zero(void) {
    memset(ac__scratch, 0, sizeof ac__scratch);
    return ac__scratch;
}

static __attribute__((noinline)) void *ac__result_slow(ac_task *h, size_t size);

void *ac__result(ac_task *h, size_t size) {
    /* The common case: a coroutine or future done with a result of that size. */
    if (h != NULL) {
        if (h->ks == AC__KS(AC__K_CORO, AC__S_DONE)) {
            if (!(h->q.desc->flags & AC__DESC_RT) && h->q.desc->ret_size == size)
                return (unsigned char *)ac__frame(h) + h->q.desc->ret_offset;
        } else if (h->ks == AC__KS(AC__K_FUTURE, AC__S_DONE) && h->id == size) {
            return ac__frame(h); /* (a plain future's desc is never AC__DESC_RT) */
        }
    }
    return ac__result_slow(h, size);
}

static void *ac__result_slow(ac_task *h, size_t size) {
    unsigned char *p;
    size_t have;


    if (h == NULL) {
        ac__debug_warn(NULL, "ac_result: NULL handle");
        return ac__scratch_zero();
    }
    if (!ac__done(h)) {
        ac__debug_warn(h, "ac_result: handle '%s' is not done", ac_name(h));
        return ac__scratch_zero();
    }
    if (h->state == AC__S_FAILED) {
        h->flags |= AC__F_READ;
        ac__debug_warn(h, "ac_result: handle '%s' failed (%s): it has no result",
                       ac_name(h), ac_err_name(h->err));
        return ac__scratch_zero();
    }
    /* combine.c: wait_for and shield hold the result of the handle they wait on */
    if (ac__rt_of(h) != NULL && ac__rt_of(h)->mirror != NULL && ac__rt_of(h)->mirror(h) != NULL &&
        ac__rt_of(h)->mirror(h) != h)
        return ac__result(ac__rt_of(h)->mirror(h), size);
    if (h->kind == AC__K_CORO) {
        p = (unsigned char *)ac__frame(h) + h->q.desc->ret_offset;
        have = h->q.desc->ret_size;
    } else {
        p = ac__frame(h);
        have = h->kind == AC__K_FUTURE ? h->id : 0;
    }
    if (have == size)
        return p;
    /* A wrong (T) in `(T) await h`: reported in every mode (it costs nothing:
     * the fast path has already compared the sizes), unless AC_DEBUG=0. */
    if (ac__reports_on())
        ac__report_warn_(h, "ac_result: handle '%s' holds %zu bytes, read as %zu", ac_name(h),
                         have, size);
    if (size <= have)
        return p;
    /* Reading more than it holds: give its bytes followed by zeroes. */
    memcpy(ac__scratch_zero(), p, have < sizeof ac__scratch ? have : sizeof ac__scratch);
    return ac__scratch;
}

/* ------------------------------------------------------------------------- */
/* Waiters and completion                                                     */
/* ------------------------------------------------------------------------- */

static inline __attribute__((always_inline)) void ac__waiters_add_inline(ac_loop *l, ac_task *h, ac__item *it) {
    if (h->waiters != NULL) {
        it->next = h->waiters->next;
        h->waiters->next = it;
    } else {
        it->next = it;
    }
    h->waiters = it;
    if (h->kind != AC__K_CORO && !(h->flags & AC__F_LISTED) && l != NULL)
        ac__futures_link(l, h);
}

void ac__waiters_add(ac_loop *l, ac_task *h, ac__item *it) { ac__waiters_add_inline(l, h, it); }

/* combine.c (runtime engineer): remove_done_callback. */
bool ac__waiters_remove(ac_task *h, ac__item *it) {
    ac__item *last = h->waiters, *prev, *cur;

    if (last == NULL)
        return false;
    prev = last;
    do {
        cur = prev->next;
        if (cur == it) {
            if (cur == prev) { /* the only one */
                h->waiters = NULL;
                if (h->flags & AC__F_LISTED)
                    ac__futures_unlink(h);
            } else {
                prev->next = cur->next;
                if (cur == last)
                    h->waiters = prev;
            }
            it->next = NULL;
            return true;
        }
        prev = cur;
    } while (prev != last);
    return false;
}

/* asyncio's call_soon of the done callbacks: every waiter goes to the ready
 * queue now, in the order it began waiting, and runs on a later pass. */
void ac__wake_waiters(ac_task *h) {
    ac_loop *l = ac__cur;
    ac__item *last = h->waiters, *it;

    if (last == NULL || l == NULL)
        return; /* no loop on this thread: they stay until one completes them */
    h->waiters = NULL;
    if (h->flags & AC__F_LISTED)
        ac__futures_unlink(h);
    if (last->next == last) { /* the common case: one waiter */
        if (ac__is_task_item(last))
            ((ac_task *)last)->flags |= AC__F_QUEUED;
        ac__ready_push(l, last);
        return;
    }
    it = last->next;
    last->next = NULL;
    while (it != NULL) {
        ac__item *next = it->next;
        if (ac__is_task_item(it))
            ((ac_task *)it)->flags |= AC__F_QUEUED;
        ac__ready_push(l, it);
        it = next;
    }
}

void ac__complete(ac_task *h, int err) { ac__complete_inline(h, err); }

/* ------------------------------------------------------------------------- */
/* Spawn and the trampoline                                                   */
/* ------------------------------------------------------------------------- */

void ac__schedule(ac_loop *l, ac_task *t) {
    t->flags |= AC__F_QUEUED;
    ac__ready_push(l, &t->q);
}

/* ac_spawn with no loop on this thread: the caller's reference passed to us;
 * we drop it, so that `ac_spawn(f())` cannot leak. */
static __attribute__((noinline)) ac_task *ac__spawn_no_loop(ac_task *coro) {
    ac__debug_warn(coro, "ac_spawn: no current loop on this thread");
    ac_release(coro);
    return NULL;
}

/* Debug tracking of a new task (it has an ext): on the loop's list. */
static __attribute__((noinline)) ac_task *ac__spawn_adopt(ac_loop *l, ac_task *coro) {
    ac__debug_adopt(l, coro);
    return coro;
}

ac_task *ac_spawn(ac_task *coro) {
    ac_loop *l = ac__cur;

    if (coro == NULL)
        return NULL;
    if (coro->kind != AC__K_CORO || coro->state != AC__S_NEW)
        return coro; /* a task, a future, or a coroutine that already ran */
    if (l == NULL)
        return ac__spawn_no_loop(coro);
    /* (u.co.wait is NULL: a coroutine object that never ran waits on nothing) */
    coro->flags |= AC__F_TASK | AC__F_QUEUED;
    coro->state = AC__S_PENDING;
    coro->u.co.link = coro;
    coro->id = atomic_fetch_add_explicit(&ac__task_counter, 1, memory_order_relaxed) + 1;
    coro->refs++; /* a running task keeps itself alive */
    ac__ready_push(l, &coro->q);
    if (coro->ext != NULL)
        return ac__spawn_adopt(l, coro); /* a tail call */
    return coro;
}

void ac__push(ac_task *task, ac_task *h) {
    h->flags |= AC__F_STARTED;
    h->u.co.link = task->u.co.link;
    h->u.co.wait = NULL;
    h->refs++; /* the chain's reference; the trampoline drops it */
    task->u.co.link = h;
    if (h->ext != NULL && ac__cur != NULL)
        ac__debug_adopt(ac__cur, h);
}


static inline __attribute__((always_inline)) void ac__task_end(ac_loop *l, ac_task *t, int err) {
    l->current = NULL;
    t->u.co.link = t;
    t->u.co.wait = NULL;
    ac__complete_inline(t, err);
    if (t->refs > 1) /* ac_release: its reference to itself */
        t->refs--;
    else
        ac_release(t);
}

/* The rest of ac__step_done when t has waiters or only its own reference. */
void ac__step_done_rest(ac_task *t) {
    if (t->waiters != NULL)
        ac__wake_waiters(t);
    if (t->refs > 1)
        t->refs--;
    else
        ac_release(t);
}


/* The error a resume function's return code stands for. */
static int ac__rc_error(ac_task *t, int rc) {
    if (rc == AC__DONE)
        return 0;
    if (rc != AC__FAIL)
        ac__debug_warn(t, "resume function returned %d", rc);
    return t->err != 0 ? t->err : AC_EINVAL;
}

/* A first step of a task cancelled before it started: it ends without
 * running, not a line of its body. Returns false. */
bool ac__step_first(ac_loop *l, ac_task *t) {
    t->flags |= AC__F_STARTED;
    t->flags &= ~AC__F_CANCEL;
    ac__task_end(l, t, AC_ECANCELED);
    return false;
}

/* The rest of a step (ac__step in ac-int.h): the resume of top returned rc
 * and it is not a plain suspension of top. Iterative, so that a chain of any
 * depth of coroutine objects awaiting each other costs no C stack. */
void ac__step_more(ac_loop *l, ac_task *t, ac_task *top, int rc) {
    /* The common end of a task: its own resume returned, not cancelled. */
    if (rc == AC__DONE && top == t && !(t->flags & AC__F_CANCEL)) {
        ac__task_end(l, t, 0);
        return;
    }
    for (;;) {
        ac_task *parent;

        if (rc == AC__SUSPEND) {
            if (t->u.co.link == top)
                break;
            /* A handle wait started a coroutine object: run it at once. */
            top = t->u.co.link;
            rc = top->q.desc->resume(ac__frame(top), t);
            continue;
        }
        if (top == t) {
            int err = ac__rc_error(t, rc);
            /* asyncio: a task cancelled while running that returns without
             * awaiting again ends cancelled, not with its result. */
            if (err == 0 && (t->flags & AC__F_CANCEL))
                err = AC_ECANCELED;
            t->flags &= ~AC__F_CANCEL;
            ac__task_end(l, t, err);
            return;
        }
        /* A nested coroutine object ended (or, a generator, yielded): pop it
         * and resume its parent, whose leaf now finds it done (or reads the
         * value it yielded). */
        parent = top->u.co.link;
        t->u.co.link = parent;
        top->u.co.link = NULL;
        if (rc != AC__YIELD)
            ac__complete(top, ac__rc_error(t, rc));
        ac_release(top); /* the chain's reference */
        top = parent;
        rc = top->q.desc->resume(ac__frame(top), t);
    }
    l->current = NULL;
}

/* await <handle>, the handle-wait leaf: wait.c. */

/* Cancellation (ac_cancel): cancel.c. */

/* Names (ac_name, ac_set_name): debug.c. ac_on_done: cancel.c. */
