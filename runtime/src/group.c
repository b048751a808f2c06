/*
 * group.c: ac_group, asyncio.TaskGroup without `async with`: the group, its
 * done callbacks, and the primitive leaf ac__group_idle (one wakeup: all the
 * group's callbacks have run). Layer: leaves; `ac_group_wait`, which
 * loops over that leaf, is a composite operation written in group.ac.
 *
 *   ac_group *g = ac_group_new();
 *   ac_group_spawn(g, worker(1));          the group owns the task
 *   ac_group_spawn(g, worker(2));
 *   await ac_group_wait(g);                 __aexit__: wait for all of them
 *   ac_group_free(g);
 *
 * Each task has a done callback (a watch) that runs on the pass after it
 * ends, as TaskGroup._on_task_done: the first task that fails with an error
 * other than AC_ECANCELED makes the group abort (cancel the others, in spawn
 * order). When the last callback has run, the tasks in ac_group_wait are made
 * runnable (one more pass, as _on_completed_fut's waiter). ac_group_wait
 * then raises the first error; a cancellation of its own task while it waits
 * aborts the group and is raised once everything has ended, unless a task
 * failed (errors take priority, as in asyncio).
 *
 * Unlike asyncio.TaskGroup, a failure does not cancel the task that owns the
 * group: C has no `async with`, so nothing would guarantee that the owner,
 * interrupted in the middle of its own code, still reaches ac_group_wait.
 *
 * Layer: composite (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>
#include <string.h>

typedef struct ac__group_kid {
    ac_task *t;   /* a reference, until ac_group_free */
    ac__watch *w; /* its done callback, until it has run */
} ac__group_kid;

struct ac_group {
    uint32_t refs;       /* the owner's (until ac_group_free), one per wait */
    bool freed;          /* ac_group_free was called */
    bool aborting;       /* a task failed, or a waiter was cancelled */
    int err;             /* the first error */
    ac_task *failed;     /* the task that failed first (a reference) */
    size_t pending;      /* tasks whose done callback has not run */
    size_t n, cap;
    ac__group_kid *kids;
    ac__wnode waiters;   /* the ac_group_wait leaves sleeping on it */
};

static void ac__group_wake_all(ac_group *g) {
    ac__wnode *head = &g->waiters, *n;
    for (n = head->next; n != head; n = n->next) {
        if (n->state == 1) {
            n->state = 2;
            ac__wake(n->task);
        }
    }
}

static void ac__group_abort(ac_group *g) {
    size_t i;
    g->aborting = true;
    for (i = 0; i < g->n; i++)
        if (!ac__done(g->kids[i].t))
            ac_cancel(g->kids[i].t);
}

static void ac__group_on_done(void *owner, ac__watch *w, int how) {
    ac_group *g = owner;
    ac_task *t = w->h;

    g->kids[w->tag].w = NULL;
    if (how != AC__CB_RUN)
        return;
    g->pending--;
    if (g->pending == 0)
        ac__group_wake_all(g);
    if (t->state != AC__S_FAILED || t->err == AC_ECANCELED)
        return;
    t->flags |= AC__F_READ; /* the group took the error */
    if (g->failed == NULL) {
        g->err = t->err;
        g->failed = ac_retain(t);
    }
    if (!g->aborting)
        ac__group_abort(g);
}

ac_group *ac_group_new(void) {
    ac_group *g = calloc(1, sizeof *g);
    if (g == NULL)
        return NULL;
    g->refs = 1;
    g->waiters.prev = g->waiters.next = &g->waiters;
    return g;
}

static void ac__group_destroy(ac_group *g) {
    size_t i;
    for (i = 0; i < g->n; i++) {
        ac_task *t = g->kids[i].t;
        ac__watch_cancel(g->kids[i].w);
        if (!ac__done(t))
            ac_cancel(t);
        ac_detach(t); /* if it fails while it cleans up, that is reported */
    }
    ac_release(g->failed);
    free(g->kids);
    free(g);
}

static void ac__group_unref(ac_group *g) {
    if (--g->refs == 0)
        ac__group_destroy(g);
}

void ac_group_free(ac_group *g) {
    if (g == NULL || g->freed)
        return;
    g->freed = true;
    ac__group_unref(g);
}

ac_task *ac_group_spawn(ac_group *g, ac_task *coro) {
    ac_loop *l = ac__cur;
    ac_task *t;

    if (coro == NULL)
        return NULL;
    if (g == NULL || g->freed || l == NULL) {
        /* the reference was given to us: a coroutine object that never runs */
        ac_cancel(coro);
        ac_release(coro);
        return NULL;
    }
    if (g->n == g->cap) {
        size_t cap = g->cap != 0 ? g->cap * 2 : 8;
        ac__group_kid *kids = realloc(g->kids, cap * sizeof *kids);
        if (kids == NULL) {
            ac_cancel(coro);
            ac_release(coro);
            return NULL;
        }
        g->kids = kids;
        g->cap = cap;
    }
    t = ac_spawn(coro);
    if (t == NULL)
        return NULL;
    g->kids[g->n].t = t;
    g->kids[g->n].w = ac__watch_new(l, t, ac__group_on_done, g, g->n);
    if (g->kids[g->n].w == NULL) {
        ac_cancel(t);
        ac_release(t);
        return NULL;
    }
    g->n++;
    g->pending++;
    if (g->aborting)
        ac_cancel(t); /* the group is shutting down: it never runs */
    return t;
}

/* ------------------------------------------------------------------------- */
/* What ac_group_wait (group.ac) is made of                                   */
/* ------------------------------------------------------------------------- */

void ac__group_hold(ac_group *g) { g->refs++; }

void ac__group_unhold(ac_group *g) { ac__group_unref(g); }

size_t ac__group_pending(const ac_group *g) { return g->pending; }

int ac__group_abort_once(ac_group *g) {
    if (g->aborting)
        return 0;
    ac__group_abort(g);
    return 1;
}

ac_task *ac__group_failed(const ac_group *g) { return g->failed; }

/* The leaf ac__group_idle: one wakeup, when g->pending reaches 0
 * (ac__group_wake_all). Its resume states live in the waiter's state. */
enum { GI_START = 0, GI_WAIT = 1, GI_OVER = 2 };

static void ac__wnode_unlink(ac__wnode *n) {
    if (n->next == NULL)
        return;
    n->prev->next = n->next;
    n->next->prev = n->prev;
    n->prev = n->next = NULL;
}

static void ac__group_idle_hook(ac__waiter_ex *x, ac_task *task) {
    ac__group_idle__frame *f = (ac__group_idle__frame *)(void *)x;
    ac__unpark(&f->lf.pk);
    if (ac__rt_closing() && f->g != NULL) {
        /* the loop closes: the task is destroyed without resuming, so the
         * caller's reference on g is dropped here */
        ac__wnode_unlink(&f->lf.node);
        f->lf.node.state = 0;
        ac__group_unref(f->g);
        f->g = NULL;
    }
    if (f->lf.node.state == 1)
        f->lf.node.state = 2;
    ac__wake(task);
}

int ac__group_idle__resume(void *frame, ac_task *task) {
    ac__group_idle__frame *f = frame;
    ac_group *g = f->g;

    switch (f->lf.w.w.state) {
    case GI_START:
        if (g == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        if (g->pending == 0) {
            f->lf.w.w.state = GI_OVER;
            return AC__DONE;
        }
        f->lf.node.task = task;
        f->lf.node.state = 1;
        f->lf.node.prev = g->waiters.prev;
        f->lf.node.next = &g->waiters;
        g->waiters.prev->next = &f->lf.node;
        g->waiters.prev = &f->lf.node;
        f->lf.w.w.state = GI_WAIT;
        return ac__suspend_custom(task, &f->lf.w, ac__group_idle_hook, &f->lf.pk);
    case GI_WAIT:
        f->lf.w.w.state = GI_OVER;
        if (g == NULL) /* its loop closed meanwhile */
            return ac__raise(task, AC_ECANCELED);
        ac__wnode_unlink(&f->lf.node);
        f->lf.node.state = 0;
        if (ac__resumed_custom(&f->lf.w, &f->lf.pk, task))
            return ac__raise(task, AC_ECANCELED);
        return AC__DONE;
    default:
        return ac__raise(task, AC_EINVAL);
    }
}

AC__LEAF_CTOR(ac__group_idle, ac__group_idle__frame, 0, 0, (ac_group * g), g)

/* dump.c (issue 14): the tasks of group g, up to cap of them in out; returns
 * how many it has. */
size_t ac__group_tasks(const ac_group *g, ac_task **out, size_t cap) {
    for (size_t i = 0; i < g->n && i < cap; i++)
        out[i] = g->kids[i].t;
    return g->n;
}
