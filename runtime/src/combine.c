/*
 * combine.c: the combinators ac_wait_for, ac_shield, ac_gather_settled,
 * ac_wait and ac_as_completed (the watches, alarms and parked leaves they
 * share with group.c, sync.c and thread.c are park.c's, in the core).
 *
 * Each combinator is what asyncio 3.11 runs, hop for hop, so that programs
 * print in the same order:
 *   - wait_for and wait are coroutines (asyncio's are `async def`): their
 *     handle is a coroutine object that runs in the task that awaits it (or
 *     as a task of its own when spawned). They sleep on a custom leaf that
 *     plays the part of asyncio's `waiter` future: a done callback on the
 *     inner handle (a watch, one pass after it completes) or the timer makes
 *     the task runnable (one more pass), as `_release_waiter` does.
 *   - shield is a future (kind AC__K_RT) completed by a watch on its inner.
 *   - as_completed is an async generator whose values are the handles, in
 *     the order their done callbacks run.
 *
 * Layer: composite (docs/pipeline.md, "The runtime's layers").
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

/* The awaiter reads done handle h: its error raised (with its traceback) or
 * AC__DONE. */
static int ac__outcome(ac_task *h, ac_task *task) {
    if (h->state == AC__S_FAILED) {
        h->flags |= AC__F_READ;
        return ac__raise_from(task, h);
    }
    return AC__DONE;
}

/* A coroutine object of d, its frame zeroed, tracked at file:line. */
static ac_task *ac__rt_coro(const ac__rt_desc *d) {
    ac_task *t = ac__coro_new(&d->d);
    if (t != NULL)
        memset(ac__frame(t), 0, d->d.frame_size);
    return t;
}

/* The common part of the custom leaves of the combinators' frames. */
typedef struct ac__cleaf {
    ac__waiter_ex w;
    ac__parking pk;
    ac_task *task; /* the task sleeping on it */
    int woken;     /* made runnable since it went to sleep */
} ac__cleaf;

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

static int ac__cleaf_sleep(ac__cleaf *c, ac_task *task) {
    c->task = task;
    c->woken = 0;
    return ac__suspend_custom(task, &c->w, ac__cleaf_hook, &c->pk);
}

/* Back from the sleep: whether the task is being cancelled. */
static bool ac__cleaf_back(ac__cleaf *c, ac_task *task) {
    bool cancelled = ac__resumed_custom(&c->w, &c->pk, task);
    c->task = NULL;
    c->woken = 0;
    return cancelled;
}

/* ------------------------------------------------------------------------- */
/* ac_wait_for                                                                */
/* ------------------------------------------------------------------------- */

enum { WF_START = 0, WF_NOLIMIT, WF_WAIT, WF_CANCELLING, WF_OVER };
enum { WF_AFTER_TIMEOUT = 1, WF_AFTER_CANCEL = 2 };

typedef struct ac__wf_frame {
    ac__cleaf c;
    int pc;
    int after;        /* WF_CANCELLING: what ends the wait for the cancel */
    double seconds;
    ac_task *inner;   /* a reference */
    ac__watch *cb;    /* the done callback on inner (release the waiter) */
    ac__alarm *timer; /* the timeout */
    ac__wait__frame wt;
} ac__wf_frame;

static void ac__wf_on_done(void *owner, ac__watch *w, int how) {
    ac__wf_frame *f = owner;
    (void)w;
    f->cb = NULL;
    if (how == AC__CB_RUN)
        ac__cleaf_wake(&f->c);
}

static void ac__wf_on_timer(void *owner, int how) {
    ac__wf_frame *f = owner;
    f->timer = NULL;
    /* _release_waiter(waiter): only the first waiter; once the cancel-and-
     * wait has begun, its own waiter ignores the timer. */
    if (how == AC__CB_RUN && f->pc == WF_WAIT)
        ac__cleaf_wake(&f->c);
}

static void ac__wf_finish(ac__wf_frame *f) {
    ac__alarm_cancel(ac__cur, f->timer);
    f->timer = NULL;
    ac__watch_cancel(f->cb);
    f->cb = NULL;
    f->pc = WF_OVER;
}

/* _cancel_and_wait(inner): a done callback, inner.cancel(), await. */
static int ac__wf_cancel_and_wait(ac__wf_frame *f, ac_task *task, int after) {
    f->after = after;
    f->cb = ac__watch_new(ac__cur, f->inner, ac__wf_on_done, f, 0);
    if (f->cb == NULL) {
        ac__wf_finish(f);
        return ac__raise(task, AC_ENOMEM);
    }
    ac_cancel(f->inner);
    f->pc = WF_CANCELLING;
    return ac__cleaf_sleep(&f->c, task);
}

static int ac__wf_resume(void *frame, ac_task *task) {
    ac__wf_frame *f = frame;
    ac_loop *l = ac__cur;

    switch (f->pc) {
    case WF_START:
        if (l == NULL || task == NULL)
            return ac__raise(task, AC_EINVAL);
        if (!(f->seconds >= 0)) { /* negative or NaN: no limit, `await inner` */
            ac__wait__init(&f->wt, f->inner);
            f->pc = WF_NOLIMIT;
            return ac__wait__resume(&f->wt, task);
        }
        ac_spawn(f->inner); /* ensure_future: a coroutine object becomes a task */
        if (f->seconds == 0) {
            if (ac__done(f->inner)) {
                f->pc = WF_OVER;
                return ac__outcome(f->inner, task);
            }
            return ac__wf_cancel_and_wait(f, task, WF_AFTER_TIMEOUT);
        }
        f->timer = ac__alarm_new(l, ac__now() + ac__seconds_to_ns(f->seconds), ac__wf_on_timer, f);
        f->cb = ac__watch_new(l, f->inner, ac__wf_on_done, f, 0);
        if (f->timer == NULL || f->cb == NULL) {
            ac__wf_finish(f);
            return ac__raise(task, AC_ENOMEM);
        }
        f->pc = WF_WAIT;
        return ac__cleaf_sleep(&f->c, task);
    case WF_NOLIMIT:
        return ac__wait__resume(&f->wt, task);
    case WF_WAIT: {
        bool cancelled = ac__cleaf_back(&f->c, task);
        if (ac__done(f->inner)) {
            /* asyncio 3.11 returns the result even when cancelled here */
            ac__wf_finish(f);
            return ac__outcome(f->inner, task);
        }
        ac__watch_cancel(f->cb);
        f->cb = NULL;
        return ac__wf_cancel_and_wait(f, task, cancelled ? WF_AFTER_CANCEL : WF_AFTER_TIMEOUT);
    }
    case WF_CANCELLING:
        if (ac__cleaf_back(&f->c, task)) {
            ac__wf_finish(f);
            return ac__raise(task, AC_ECANCELED);
        }
        ac__wf_finish(f);
        if (!ac__done(f->inner)) /* woken early: cannot happen */
            return ac__raise(task, AC_EINVAL);
        if (f->after == WF_AFTER_CANCEL)
            return ac__raise(task, AC_ECANCELED);
        if (ac_cancelled(f->inner)) {
            f->inner->flags |= AC__F_READ;
            return ac__raise(task, AC_ETIMEDOUT);
        }
        return ac__outcome(f->inner, task);
    default:
        return ac__raise(task, AC_EINVAL);
    }
}

static void ac__wf_free(ac_task *h) {
    ac__wf_frame *f = ac__frame(h);
    ac_loop *l = ac__cur;
    if (f->timer != NULL) {
        ac__alarm_cancel(l, f->timer);
        f->timer = NULL;
    }
    ac__watch_cancel(f->cb);
    f->cb = NULL;
    ac__unpark(&f->c.pk);
    ac_release(f->inner);
    f->inner = NULL;
}

static ac_task *ac__wf_mirror(ac_task *h) { return ((ac__wf_frame *)ac__frame(h))->inner; }

static const ac__rt_desc ac__wait_for_desc = {
    .d = {.resume = ac__wf_resume,
          .name = "ac_wait_for",
          .file = __FILE__,
          .line = __LINE__,
          .frame_size = sizeof(ac__wf_frame),
          .flags = AC__DESC_RT},
    .free = ac__wf_free,
    .mirror = ac__wf_mirror,
};

ac_task *(ac_wait_for)(ac_task *h, double seconds) {
    ac_task *t;
    ac__wf_frame *f;

    if (h == NULL || ac__cur == NULL)
        return NULL;
    t = ac__rt_coro(&ac__wait_for_desc);
    if (t == NULL)
        return NULL;
    f = ac__frame(t);
    f->pc = WF_START;
    f->seconds = seconds;
    f->inner = ac_retain(h);
    return t;
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
/* ac_gather_settled                                                          */
/* ------------------------------------------------------------------------- */

ac_task *(ac_gather_settled)(size_t n, ac_task *const hs[]) {
    return ac__gather_new(ac__cur, n, hs, true);
}

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
        return ac__cleaf_sleep(&f->c, task);
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
/* ac_as_completed                                                            */
/* ------------------------------------------------------------------------- */

typedef struct ac__ascomp_frame {
    int ac__state;       /* the generator contract: state, mode, value */
    int ac__mode;
    ac_task *ac__value;
    ac__cleaf c;
    size_t n, ndone, next; /* handles, completed, yielded */
    ac_task **hs;        /* references */
    ac__watch **ws;      /* their done callbacks */
    ac_task **done;      /* in completion order */
} ac__ascomp_frame;

enum { AS_READY = 0, AS_YIELDED = 1, AS_SLEEPING = 2, AS_OVER = 3 };

static void ac__as_on_done(void *owner, ac__watch *w, int how) {
    ac__ascomp_frame *f = owner;
    f->ws[w->tag] = NULL;
    if (how != AC__CB_RUN)
        return;
    f->done[f->ndone++] = f->hs[w->tag];
    if (f->ac__state == AS_SLEEPING)
        ac__cleaf_wake(&f->c); /* done.put_nowait(f) wakes done.get() */
}

static void ac__as_unhook(ac__ascomp_frame *f) {
    size_t i;
    for (i = 0; i < f->n; i++) {
        ac__watch_cancel(f->ws[i]);
        f->ws[i] = NULL;
    }
}

static int ac__as_resume(void *frame, ac_task *task) {
    ac__ascomp_frame *f = frame;

    switch (f->ac__state) {
    case AS_SLEEPING:
        if (ac__cleaf_back(&f->c, task)) {
            f->ac__state = AS_READY;
            return ac__raise(task, AC_ECANCELED);
        }
        break;
    case AS_READY:
    case AS_YIELDED:
        if (f->ac__mode == AC_EGENEXIT) { /* closed: nothing to clean up but the watches */
            f->ac__state = AS_OVER;
            ac__as_unhook(f);
            return AC__DONE;
        }
        if (f->ac__mode != 0) { /* thrown in */
            f->ac__state = AS_OVER;
            ac__as_unhook(f);
            return ac__raise(task, f->ac__mode);
        }
        break;
    default:
        return AC__DONE;
    }
    if (f->next == f->n) {
        f->ac__state = AS_OVER;
        return AC__DONE;
    }
    if (f->next < f->ndone) {
        f->ac__value = f->done[f->next++];
        f->ac__state = AS_YIELDED;
        return AC__YIELD;
    }
    if (task == NULL || ac__cur == NULL)
        return ac__raise(task, AC_EINVAL);
    f->ac__state = AS_SLEEPING;
    return ac__cleaf_sleep(&f->c, task);
}

static void ac__as_free(ac_task *h) {
    ac__ascomp_frame *f = ac__frame(h);
    size_t i;
    if (f->hs == NULL)
        return;
    ac__as_unhook(f);
    ac__unpark(&f->c.pk);
    for (i = 0; i < f->n; i++)
        ac_release(f->hs[i]);
    free(f->hs);
    f->hs = NULL;
}

static const ac__rt_desc ac__as_completed_desc = {
    .d = {.resume = ac__as_resume,
          .name = "ac_as_completed",
          .file = __FILE__,
          .line = __LINE__,
          .frame_size = sizeof(ac__ascomp_frame),
          .ret_size = sizeof(ac_task *),
          .flags = AC__DESC_GEN | AC__DESC_ASYNC | AC__DESC_RT,
          .value_offset = offsetof(ac__ascomp_frame, ac__value)},
    .free = ac__as_free,
};

ac_gen *(ac_as_completed)(size_t n, ac_task *const hs[]) {
    ac_loop *l = ac__cur;
    ac_task *t;
    ac__ascomp_frame *f;
    size_t i;

    if (l == NULL || n > SIZE_MAX / (3 * sizeof(void *)) - 1 || !ac__ensure_all(n, hs))
        return NULL;
    t = ac__rt_coro(&ac__as_completed_desc);
    if (t == NULL)
        return NULL;
    f = ac__frame(t);
    /* one block: the handles, their watches, the completion order */
    f->hs = calloc(3 * n + 1, sizeof(void *));
    if (f->hs == NULL) {
        ac__oom = true;
        ac_release(t);
        return NULL;
    }
    f->ws = (ac__watch **)(f->hs + n);
    f->done = f->hs + 2 * n;
    f->n = n;
    for (i = 0; i < n; i++)
        f->hs[i] = ac_retain(hs[i]);
    /* asyncio registers the done callbacks when as_completed is called */
    for (i = 0; i < n; i++) {
        f->ws[i] = ac__watch_new(l, f->hs[i], ac__as_on_done, f, i);
        if (f->ws[i] == NULL) {
            ac_release(t);
            return NULL;
        }
    }
    return t;
}
