/*
 * combine.c: the primitive leaves and thin constructors of the combinators
 * ac_wait_for, ac_shield, ac_wait and ac_as_completed (the watches, alarms
 * and parked leaves they share with group.c, sync.c and thread.c are
 * park.c's, in the core). What does more than one wait is written in Async
 * C in combine.ac, and the handles of ac_wait_for and ac_as_completed are
 * made in combine_ctors.c (composite).
 *
 * Each combinator is what asyncio 3.11 runs, hop for hop, so that programs
 * print in the same order:
 *   - wait_for is a coroutine (asyncio's is `async def`): combine.ac's
 *     ac__wait_for, whose handle (combine_ctors.c) has h's result. It sleeps on
 *     the leaf ac__done_wait, which plays the part of asyncio's `waiter`
 *     future: a done callback on h (a watch, one pass after it completes) or
 *     the timer makes the task runnable (one more pass), as
 *     `_release_waiter` does.
 *   - wait is a coroutine too, but asyncio's _wait awaits ONE waiter (done
 *     callbacks on every handle, a timer, then it counts): a single leaf,
 *     written here.
 *   - shield is a future (kind AC__K_RT) completed by a watch on its inner.
 *   - as_completed is an async generator (combine.ac's ac__as_completed)
 *     whose values are the handles, in the order their done callbacks run;
 *     its leaf ac__ascomp_next takes the next one.
 *
 * Layer: leaves (each waits for ONE wakeup; docs/pipeline.md, "The runtime's
 * layers").
 */
#include "ac-int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Watches, alarms and parked leaves (shared with group.c, sync.c, thread.c
 * and the loop): park.c. */

/* ------------------------------------------------------------------------- */
/* Helpers of the combinators                                                 */
/* ------------------------------------------------------------------------- */

/* A coroutine object of d, its frame zeroed, tracked at file:line. */
static ac_task *ac__rt_coro(const ac__rt_desc *d) {
    ac_task *t = ac__coro_new(&d->d);
    if (t != NULL)
        memset(ac__frame(t), 0, d->d.frame_size);
    return t;
}

/* The custom leaves of the combinators (ac__cleaf, ac/internal.h). */

static void ac__cleaf_wake(ac__cleaf *c) {
    if (c->woken || c->task == NULL)
        return;
    c->woken = 1;
    ac__wake(c->task);
}

static void ac__cleaf_hook(ac__waiter_ex *x, ac_task *task) {
    ac__cleaf *c = (ac__cleaf *)(void *)x;
    (void)task;
    ac__unpark(&c->pk);
    ac__cleaf_wake(c);
}

/* Puts task to sleep on c; hook: what cancelling it does (ac__cleaf_hook,
 * or a leaf's own that lets go of what the frame holds first). */
static int ac__cleaf_sleep(ac__cleaf *c, ac_task *task, void (*hook)(ac__waiter_ex *, ac_task *)) {
    c->task = task;
    c->woken = 0;
    return ac__suspend_custom(task, &c->w, hook, &c->pk);
}

/* Back from the sleep: whether the task is being cancelled. */
static bool ac__cleaf_back(ac__cleaf *c, ac_task *task) {
    bool cancelled = ac__resumed_custom(&c->w, &c->pk, task);
    c->task = NULL;
    c->woken = 0;
    return cancelled;
}

/* ------------------------------------------------------------------------- */
/* ac__done_wait: the leaf under ac_wait_for (combine.ac)                    */
/* ------------------------------------------------------------------------- */

enum { DW_START = 0, DW_SLEEP, DW_OVER };

static void ac__dw_on_done(void *owner, ac__watch *w, int how) {
    ac__done_wait__frame *f = owner;
    (void)w;
    f->cb = NULL;
    if (how == AC__CB_RUN)
        ac__cleaf_wake(&f->c); /* _release_waiter */
}

static void ac__dw_on_timer(void *owner, int how) {
    ac__done_wait__frame *f = owner;
    f->timer = NULL;
    if (how == AC__CB_RUN)
        ac__cleaf_wake(&f->c);
}

/* finally: timeout_handle.cancel(), fut.remove_done_callback(cb) */
static void ac__dw_unhook(ac__done_wait__frame *f) {
    ac__alarm_cancel(ac__cur, f->timer);
    f->timer = NULL;
    ac__watch_cancel(f->cb);
    f->cb = NULL;
}

static void ac__dw_hook(ac__waiter_ex *x, ac_task *task) {
    ac__done_wait__frame *f = (ac__done_wait__frame *)(void *)x;
    if (ac__rt_closing()) /* the frame goes with the task, unresumed */
        ac__dw_unhook(f);
    ac__cleaf_hook(x, task);
}

int ac__done_wait__resume(void *frame, ac_task *task) {
    ac__done_wait__frame *f = frame;
    ac_loop *l = ac__cur;

    switch (f->c.w.w.state) {
    case DW_START:
        if (l == NULL || task == NULL || f->h == NULL)
            return ac__raise(task, AC_EINVAL);
        f->timer = NULL;
        if (f->seconds >= 0 &&
            (f->timer = ac__alarm_new(l, ac__now() + ac__seconds_to_ns(f->seconds),
                                      ac__dw_on_timer, f)) == NULL)
            return ac__raise(task, AC_ENOMEM);
        f->cb = ac__watch_new(l, f->h, ac__dw_on_done, f, 0);
        if (f->cb == NULL) {
            ac__dw_unhook(f);
            return ac__raise(task, AC_ENOMEM);
        }
        if (f->cancel)
            ac_cancel(f->h);
        f->c.w.w.state = DW_SLEEP;
        return ac__cleaf_sleep(&f->c, task, ac__dw_hook);
    case DW_SLEEP:
        f->c.w.w.state = DW_OVER;
        ac__dw_unhook(f);
        if (ac__cleaf_back(&f->c, task))
            return ac__raise(task, AC_ECANCELED);
        return AC__DONE;
    default:
        return ac__raise(task, AC_EINVAL);
    }
}

AC__LEAF_CTOR(ac__done_wait, ac__done_wait__frame, 0, 0, (ac_task * h, double seconds, int cancel), h,
              seconds, cancel)

int ac__took_cancel(ac_task *h) {
    if (!ac_cancelled(h))
        return 0;
    h->flags |= AC__F_READ;
    return 1;
}

/* ------------------------------------------------------------------------- */
/* ac_shield                                                                  */
/* ------------------------------------------------------------------------- */

typedef struct ac__shield {
    ac_task hdr;
    ac_task *inner; /* a reference */
    ac__watch *w;   /* _inner_done_callback */
} ac__shield;

static void ac__shield_on_done(void *owner, ac__watch *w, int how) {
    ac__shield *s = owner;
    ac_task *inner = s->inner;
    (void)w;
    s->w = NULL;
    if (how != AC__CB_RUN)
        return;
    if (ac__done(&s->hdr)) {
        /* outer was cancelled: mark inner's error as retrieved */
        if (inner->state == AC__S_FAILED && inner->err != AC_ECANCELED)
            inner->flags |= AC__F_READ;
        return;
    }
    if (inner->state == AC__S_FAILED) {
        inner->flags |= AC__F_READ;
        if (inner->err != AC_ECANCELED)
            (void)ac__raise_from(&s->hdr, inner); /* its message and traceback */
        ac__complete(&s->hdr, inner->err);
    } else {
        ac__complete(&s->hdr, 0);
    }
}

static int ac__shield_cancel(ac_task *h) {
    ac__shield *s = (ac__shield *)h;
    if (ac__done(h))
        return 0;
    /* _outer_done_callback: inner.remove_done_callback(_inner_done_callback) */
    ac__watch_cancel(s->w);
    s->w = NULL;
    ac__complete(h, AC_ECANCELED);
    return 1;
}

static void ac__shield_free(ac_task *h) {
    ac__shield *s = (ac__shield *)h;
    ac__watch_cancel(s->w);
    s->w = NULL;
    ac_release(s->inner);
    s->inner = NULL;
}

static ac_task *ac__shield_mirror(ac_task *h) { return ((ac__shield *)h)->inner; }

static const ac__rt_desc ac__shield_desc = {
    .d = {.name = "shield", .file = __FILE__, .line = __LINE__, .flags = AC__DESC_RT},
    .free = ac__shield_free,
    .cancel = ac__shield_cancel,
    .mirror = ac__shield_mirror,
};

ac_task *ac__shield_at(ac_task *h, const char *file, int line) {
    ac_loop *l = ac__cur;
    ac__shield *s;

    if (h == NULL || l == NULL)
        return NULL;
    h = ac_spawn(h); /* ensure_future; the caller's reference stays the caller's */
    if (ac__done(h))
        return ac_retain(h); /* asyncio's shortcut: the inner itself */
    s = calloc(1, sizeof *s);
    if (s == NULL) {
        ac__oom = true;
        return NULL;
    }
    s->hdr.q.desc = &ac__shield_desc.d;
    s->hdr.refs = 1;
    s->hdr.kind = AC__K_RT;
    s->hdr.state = AC__S_PENDING;
    ac__dlink_init(&s->hdr.u.fut.link);
    s->inner = ac_retain(h);
    s->w = ac__watch_new(l, h, ac__shield_on_done, s, 0);
    if (s->w == NULL) {
        ac_release(s->inner);
        free(s);
        return NULL;
    }
    if (ac__debug_on())
        ac__debug_track(&s->hdr, file, line);
    return &s->hdr;
}

ac_task *(ac_shield)(ac_task *h) { return ac__shield_at(h, "ac_shield", 0); }

/* ------------------------------------------------------------------------- */
/* ac_wait                                                                    */
/* ------------------------------------------------------------------------- */

enum { WT_START = 0, WT_WAIT, WT_OVER };

typedef struct ac__wt_kid {
    ac_task *h;     /* a reference */
    ac__watch *w;   /* _on_completion */
} ac__wt_kid;

typedef struct ac__wt_frame {
    ac__cleaf c;
    int ac__ret;    /* the number of hs done when it returned */
    int pc;
    int when;
    double seconds;
    size_t n, counter;
    ac__wt_kid *kids;
    ac__alarm *timer;
} ac__wt_frame;

static void ac__wt_on_timer(void *owner, int how) {
    ac__wt_frame *f = owner;
    f->timer = NULL;
    if (how == AC__CB_RUN)
        ac__cleaf_wake(&f->c);
}

static void ac__wt_on_done(void *owner, ac__watch *w, int how) {
    ac__wt_frame *f = owner;
    ac_task *h = w->h;
    bool fire;

    f->kids[w->tag].w = NULL;
    if (how != AC__CB_RUN)
        return;
    f->counter--;
    fire = f->counter == 0 || f->when == AC_FIRST_COMPLETED;
    if (f->when == AC_FIRST_EXCEPTION && h->state == AC__S_FAILED && h->err != AC_ECANCELED) {
        h->flags |= AC__F_READ; /* f.exception() */
        fire = true;
    }
    if (fire) {
        ac__alarm_cancel(ac__cur, f->timer);
        f->timer = NULL;
        ac__cleaf_wake(&f->c);
    }
}

static void ac__wt_unhook(ac__wt_frame *f) {
    size_t i;
    ac__alarm_cancel(ac__cur, f->timer);
    f->timer = NULL;
    for (i = 0; i < f->n; i++) {
        ac__watch_cancel(f->kids[i].w);
        f->kids[i].w = NULL;
    }
}

static int ac__wt_resume(void *frame, ac_task *task) {
    ac__wt_frame *f = frame;
    ac_loop *l = ac__cur;
    size_t i;
    int done = 0;

    switch (f->pc) {
    case WT_START:
        if (l == NULL || task == NULL)
            return ac__raise(task, AC_EINVAL);
        if (f->n == 0) {
            f->pc = WT_OVER;
            f->ac__ret = 0;
            return AC__DONE;
        }
        f->counter = f->n;
        if (f->seconds >= 0) {
            f->timer = ac__alarm_new(l, ac__now() + ac__seconds_to_ns(f->seconds),
                                     ac__wt_on_timer, f);
            if (f->timer == NULL)
                return ac__raise(task, AC_ENOMEM);
        }
        for (i = 0; i < f->n; i++) {
            f->kids[i].w = ac__watch_new(l, f->kids[i].h, ac__wt_on_done, f, i);
            if (f->kids[i].w == NULL) {
                ac__wt_unhook(f);
                return ac__raise(task, AC_ENOMEM);
            }
        }
        f->pc = WT_WAIT;
        return ac__cleaf_sleep(&f->c, task, ac__cleaf_hook);
    case WT_WAIT:
        f->pc = WT_OVER;
        ac__wt_unhook(f); /* finally: timeout_handle.cancel(), remove_done_callback */
        if (ac__cleaf_back(&f->c, task))
            return ac__raise(task, AC_ECANCELED);
        for (i = 0; i < f->n; i++)
            done += ac__done(f->kids[i].h) ? 1 : 0;
        f->ac__ret = done;
        return AC__DONE;
    default:
        return ac__raise(task, AC_EINVAL);
    }
}

static void ac__wt_free(ac_task *h) {
    ac__wt_frame *f = ac__frame(h);
    size_t i;
    if (f->kids == NULL)
        return;
    ac__wt_unhook(f);
    ac__unpark(&f->c.pk);
    for (i = 0; i < f->n; i++)
        ac_release(f->kids[i].h);
    free(f->kids);
    f->kids = NULL;
}

static const ac__rt_desc ac__wait_desc = {
    .d = {.resume = ac__wt_resume,
          .name = "ac_wait",
          .file = __FILE__,
          .line = __LINE__,
          .frame_size = sizeof(ac__wt_frame),
          .ret_offset = offsetof(ac__wt_frame, ac__ret),
          .ret_size = sizeof(int),
          .flags = AC__DESC_RT},
    .free = ac__wt_free,
};

/* Checks hs and spawns its coroutine objects, in order, as gather does.
 * Returns false when an entry is NULL. */
static bool ac__ensure_all(size_t n, ac_task *const hs[]) {
    size_t i;
    if (n != 0 && hs == NULL)
        return false;
    for (i = 0; i < n; i++)
        if (hs[i] == NULL)
            return false;
    for (i = 0; i < n; i++)
        ac_spawn(hs[i]);
    return true;
}

ac_task *(ac_wait)(size_t n, ac_task *const hs[], double seconds, int when) {
    ac_task *t;
    ac__wt_frame *f;
    size_t i;

    if (ac__cur == NULL || n > SIZE_MAX / sizeof(ac__wt_kid) - 1 ||
        (when != AC_FIRST_COMPLETED && when != AC_FIRST_EXCEPTION && when != AC_ALL_COMPLETED) ||
        !ac__ensure_all(n, hs))
        return NULL;
    t = ac__rt_coro(&ac__wait_desc);
    if (t == NULL)
        return NULL;
    f = ac__frame(t);
    f->kids = calloc(n + 1, sizeof *f->kids);
    if (f->kids == NULL) {
        ac__oom = true;
        ac_release(t);
        return NULL;
    }
    f->n = n;
    f->when = when;
    f->seconds = isnan(seconds) ? -1 : seconds;
    for (i = 0; i < n; i++)
        f->kids[i].h = ac_retain(hs[i]);
    return t;
}

/* ------------------------------------------------------------------------- */
/* ac__ascomp: the completions of ac_as_completed's handles, and the leaf     */
/* ac__ascomp_next under its generator (combine.ac)                           */
/* ------------------------------------------------------------------------- */

struct ac__ascomp {
    size_t n, ndone, next; /* handles, completed, taken */
    ac__cleaf *sleeper;    /* the leaf waiting for the next completion, or NULL */
    ac_task **hs;          /* references */
    ac__watch **ws;        /* their done callbacks */
    ac_task **done;        /* in completion order */
};

size_t ac__ascomp_count(const struct ac__ascomp *s) { return s->n; }

void ac__ascomp_unhook(struct ac__ascomp *s) {
    for (size_t i = 0; i < s->n; i++) {
        ac__watch_cancel(s->ws[i]);
        s->ws[i] = NULL;
    }
}

static void ac__ascomp_on_done(void *owner, ac__watch *w, int how) {
    struct ac__ascomp *s = owner;
    s->ws[w->tag] = NULL;
    if (how != AC__CB_RUN)
        return;
    s->done[s->ndone++] = s->hs[w->tag];
    if (s->sleeper != NULL)
        ac__cleaf_wake(s->sleeper); /* done.put_nowait(f) wakes done.get() */
}

void ac__ascomp_free(struct ac__ascomp *s) {
    if (s == NULL)
        return;
    ac__ascomp_unhook(s);
    for (size_t i = 0; i < s->n; i++)
        ac_release(s->hs[i]);
    free(s);
}

static void ac__ascomp_next_hook(ac__waiter_ex *x, ac_task *task) {
    ac__ascomp_next__frame *f = (ac__ascomp_next__frame *)(void *)x;
    if (ac__rt_closing()) /* the frame goes with the task, unresumed */
        f->s->sleeper = NULL;
    ac__cleaf_hook(x, task);
}

enum { AN_START = 0, AN_SLEEP, AN_OVER };

int ac__ascomp_next__resume(void *frame, ac_task *task) {
    ac__ascomp_next__frame *f = frame;
    struct ac__ascomp *s = f->s;

    switch (f->c.w.w.state) {
    case AN_START:
        if (s == NULL || s->next == s->n)
            return ac__raise(task, AC_EINVAL);
        if (s->next == s->ndone) {
            if (task == NULL || ac__cur == NULL || s->sleeper != NULL)
                return ac__raise(task, AC_EINVAL);
            s->sleeper = &f->c;
            f->c.w.w.state = AN_SLEEP;
            return ac__cleaf_sleep(&f->c, task, ac__ascomp_next_hook);
        }
        break;
    case AN_SLEEP:
        s->sleeper = NULL;
        if (ac__cleaf_back(&f->c, task)) {
            f->c.w.w.state = AN_OVER;
            return ac__raise(task, AC_ECANCELED);
        }
        break;
    default:
        return ac__raise(task, AC_EINVAL);
    }
    f->c.w.w.state = AN_OVER;
    f->ac__ret = s->done[s->next++];
    return AC__DONE;
}

AC__LEAF_CTOR(ac__ascomp_next, ac__ascomp_next__frame, offsetof(ac__ascomp_next__frame, ac__ret),
              sizeof(ac_task *), (struct ac__ascomp * s), s)

struct ac__ascomp *ac__ascomp_new(size_t n, ac_task *const hs[]) {
    ac_loop *l = ac__cur;
    struct ac__ascomp *s;
    size_t i;

    if (l == NULL || n > (SIZE_MAX - sizeof *s) / (3 * sizeof(void *)) - 1 || !ac__ensure_all(n, hs))
        return NULL;
    /* one block: the state, the handles, their watches, the completion order */
    s = calloc(1, sizeof *s + (3 * n + 1) * sizeof(void *));
    if (s == NULL) {
        ac__oom = true;
        return NULL;
    }
    s->hs = (ac_task **)(void *)(s + 1);
    s->ws = (ac__watch **)(void *)(s->hs + n);
    s->done = s->hs + 2 * n;
    s->n = n;
    for (i = 0; i < n; i++)
        s->hs[i] = ac_retain(hs[i]);
    /* asyncio registers the done callbacks when as_completed is called */
    for (i = 0; i < n; i++) {
        s->ws[i] = ac__watch_new(l, s->hs[i], ac__ascomp_on_done, s, i);
        if (s->ws[i] == NULL) {
            ac__ascomp_free(s);
            return NULL;
        }
    }
    return s;
}
