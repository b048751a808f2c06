/*
 * cancel.c: what other code does to a handle from outside: ac_cancel
 * (asyncio's Task.cancel()) and ac_on_done (add_done_callback). A cancel is forwarded through
 * tasks that wait for tasks (asyncio's _fut_waiter.cancel()), iteratively; the
 * task at the end of the walk has its wait undone (its timer removed, its
 * custom leaf's cancel hook called) or, when it cannot be woken now, gets a
 * pending cancellation that the await it resumes delivers (_must_cancel).
 * Split from task.c (the handles and the trampoline), which it only calls.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>


/* ------------------------------------------------------------------------- */
/* Proxy nodes (moved from loop.c: ac_cancel makes them)                    */
/* ------------------------------------------------------------------------- */

typedef struct ac__proxy {
    ac__cb cb;
    ac_task *t;
} ac__proxy;

static void ac__proxy_run(ac_loop *l, ac__cb *cb, int how) {
    ac_task *t = ((ac__proxy *)cb)->t;
    free(cb);
    t->flags &= ~AC__F_PROXY;
    if (how == AC__CB_RUN && !ac__done(t) && AC__UNLIKELY(l->trace != NULL))
        ac__trace_step(l, t);
    else if (how == AC__CB_RUN && !ac__done(t))
        ac__step(l, t);
}

ac__cb *ac__proxy_new(ac_task *t) {
    ac__proxy *p = malloc(sizeof *p);
    if (p == NULL)
        return NULL;
    p->cb.q.desc = &ac__cb_desc;
    p->cb.run = ac__proxy_run;
    p->t = t;
    return &p->cb;
}

ac_task *ac__proxy_task(ac__cb *cb) {
    return cb->run == ac__proxy_run ? ((ac__proxy *)cb)->t : NULL;
}

/* What cancelling pending h really cancels: a nested coroutine object stands
 * for the task that runs it. */
static ac_task *ac__cancel_target(ac_task *h) {
    if (h->kind == AC__K_CORO && h->state != AC__S_NEW && !(h->flags & AC__F_TASK))
        return ac__root_of(h);
    return h;
}

/* The handle a task waits for, or NULL when it does not wait for one now. */
static ac_task *ac__waited_handle(ac_loop *l, ac_task *t) {
    ac__waiter *w = t->u.co.wait;
    if (w == NULL || w->kind != AC__WAIT_HANDLE || (t->flags & AC__F_QUEUED) ||
        (l != NULL && l->current == t))
        return NULL;
    return ((ac__wait__frame *)(void *)w)->h;
}

/* Cancels pending task t that does not wait for a handle. Always succeeds. */
static int ac__cancel_here(ac_loop *l, ac_task *t) {
    ac__waiter *w = t->u.co.wait;

    if (l == NULL || l->current == t || !(t->flags & AC__F_STARTED) ||
        (t->flags & AC__F_PROXY)) {
        t->flags |= AC__F_CANCEL;
        return 1;
    }
    if (t->flags & AC__F_WAKE) {
        /* Its timer fired this pass and its wake item is queued. asyncio would
         * cancel the sleep future now, scheduling the task at the tail: a
         * proxy node there steps it, and the wake item does nothing. */
        ac__cb *p = ac__proxy_new(t);
        if (p != NULL) {
            t->flags |= AC__F_PROXY;
            ac__ready_push(l, &p->q);
        }
        t->flags |= AC__F_CANCEL;
        return 1;
    }
    if (t->flags & AC__F_QUEUED) {
        t->flags |= AC__F_CANCEL; /* delivered at the await it resumes */
        return 1;
    }
    t->flags |= AC__F_CANCEL;
    if (w != NULL && w->kind == AC__WAIT_TIMER) {
        /* out of the heap before its link is queued (the link holds the
         * timer's place in the heap while it sleeps: ac_task.tq) */
        ac__heap_remove_task(l, t);
        ac__schedule(l, t);
    } else if (w != NULL && w->kind == AC__WAIT_CUSTOM) {
        ac__waiter_ex *x = (ac__waiter_ex *)(void *)w;
        if (x->cancel != NULL)
            x->cancel(x, t);
    }
    return 1;
}

static int ac__cancel_pending(ac_task *h) {
    if (h->kind != AC__K_CORO)
        return ac__future_cancel(h);
    if (h->state == AC__S_NEW) {
        /* A coroutine object that never started has nothing to unwind. */
        ac__complete(h, AC_ECANCELED);
        return 1;
    }
    return -1; /* a task: the caller walks on */
}

int ac_cancel(ac_task *h) {
    ac_loop *l = ac__cur;
    ac_task *t, *last = NULL, *next;
    int r;

    if (h == NULL || ac__done(h))
        return 0;
    if (l != NULL && AC__UNLIKELY(l->trace != NULL))
        ac__trace_cancel(l, h); /* trace.c */
    /* Forward through tasks that wait for tasks (asyncio's task.cancel() calls
     * _fut_waiter.cancel()), iteratively: a long chain costs no C stack. */
    t = ac__cancel_target(h);
    for (;;) {
        if (t == NULL || ac__done(t)) {
            r = 0;
            break;
        }
        if (t->kind == AC__K_CORO && t->ext != NULL)
            t->ext->cancel_requests++; /* deadline.c reads it (issue 13) */
        r = ac__cancel_pending(t);
        if (r >= 0)
            break;
        if (t->flags & AC__F_FWD) {
            r = 0; /* a cycle of tasks waiting for each other */
            break;
        }
        next = ac__waited_handle(l, t);
        if (next == NULL || ac__done(next)) {
            r = ac__cancel_here(l, t);
            break;
        }
        t->flags |= AC__F_FWD;
        last = t;
        t = ac__cancel_target(next);
    }
    /* The task nearest the end whose awaited handle refused the cancel gets a
     * pending cancellation instead (asyncio's _must_cancel). */
    if (r == 0 && last != NULL) {
        last->flags |= AC__F_CANCEL;
        r = 1;
    }
    /* Clear the marks along the same path (leaf frames keep their handle
     * even if the walk above woke the last task). */
    for (t = ac__cancel_target(h); t != NULL && t->kind == AC__K_CORO && (t->flags & AC__F_FWD);) {
        ac__waiter *w = t->u.co.wait;
        t->flags &= ~AC__F_FWD;
        if (w == NULL || w->kind != AC__WAIT_HANDLE)
            break;
        t = ac__cancel_target(((ac__wait__frame *)(void *)w)->h);
    }
    return r;
}

/* ------------------------------------------------------------------------- */
/* on_done                                                                    */
/* ------------------------------------------------------------------------- */

typedef struct ac__ondone {
    ac__cb cb;
    void (*fn)(ac_task *h, void *arg);
    void *arg;
    ac_task *h; /* a reference: the callback gets a live handle */
} ac__ondone;

static void ac__ondone_run(ac_loop *l, ac__cb *cb, int how) {
    ac__ondone *n = (ac__ondone *)cb;
    (void)l;
    if (how == AC__CB_RUN)
        n->fn(n->h, n->arg);
    ac_release(n->h);
    free(n);
}

int ac_on_done(ac_task *h, void (*cb)(ac_task *h, void *arg), void *arg) {
    ac_loop *l = ac__cur;
    ac__ondone *n;

    if (h == NULL || cb == NULL || l == NULL)
        return AC_EINVAL;
    n = malloc(sizeof *n);
    if (n == NULL)
        return AC_ENOMEM;
    n->cb.q.desc = &ac__cb_desc;
    n->cb.run = ac__ondone_run;
    n->fn = cb;
    n->arg = arg;
    n->h = ac_retain(h);
    if (ac__done(h))
        ac__ready_push(l, &n->cb.q);
    else
        ac__waiters_add(l, h, &n->cb.q);
    return 0;
}
