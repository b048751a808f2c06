/*
 * park.c: what the composite operations and the sync leaves share with the
 * loop: watches (done callbacks on a handle: ac__watch_new), alarms
 * (cancellable timers: ac__alarm_new) and the loop's list of parked leaves
 * (custom leaves that wait on something the loop does not know: a lock's
 * FIFO, a group, a thread), which the loop lists among its pending tasks
 * and cancels when it closes (ac__rt_pending_tasks, ac__rt_loop_close).
 * Split from combine.c, so that the loop and the leaves do not call up into
 * the combinators.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>

/* ------------------------------------------------------------------------- */
/* Watches                                                                    */
/* ------------------------------------------------------------------------- */

static void ac__watch_run(ac_loop *l, ac__cb *cb, int how) {
    ac__watch *w = (ac__watch *)cb;
    (void)l;
    if (w->owner != NULL)
        w->fn(w->owner, w, how);
    ac_release(w->h);
    free(w);
}

ac__watch *ac__watch_new(ac_loop *l, ac_task *h, ac__watch_fn fn, void *owner, size_t tag) {
    ac__watch *w;

    if (l == NULL || h == NULL)
        return NULL;
    w = malloc(sizeof *w);
    if (w == NULL)
        return NULL;
    w->cb.q.desc = &ac__cb_desc;
    w->cb.q.next = NULL;
    w->cb.run = ac__watch_run;
    w->h = ac_retain(h);
    w->fn = fn;
    w->owner = owner;
    w->tag = tag;
    if (ac__done(h))
        ac__ready_push(l, &w->cb.q); /* add_done_callback on a done future */
    else
        ac__waiters_add(l, h, &w->cb.q);
    return w;
}

void ac__watch_cancel(ac__watch *w) {
    if (w == NULL)
        return;
    /* Still in h's waiter list: out, and gone. Otherwise it is queued (h is
     * done): it runs later and only frees itself. */
    if (!ac__done(w->h) && ac__waiters_remove(w->h, &w->cb.q)) {
        ac_release(w->h);
        free(w);
        return;
    }
    w->owner = NULL;
}

/* ------------------------------------------------------------------------- */
/* Alarms                                                                     */
/* ------------------------------------------------------------------------- */

struct ac__alarm {
    ac__later lt; /* the loop's heap and ready queue know this shape */
    void (*fn)(void *owner, int how);
    void *owner;
};

static void ac__alarm_run(ac_loop *l, ac__cb *cb, int how) {
    ac__alarm *a = (ac__alarm *)(void *)cb; /* cb is the first member */
    (void)l;
    if (a->owner != NULL)
        a->fn(a->owner, how);
    free(a);
}

ac__alarm *ac__alarm_new(ac_loop *l, uint64_t when, void (*fn)(void *owner, int how),
                         void *owner) {
    ac__alarm *a;

    if (l == NULL)
        return NULL;
    a = malloc(sizeof *a);
    if (a == NULL)
        return NULL;
    a->lt.s.cb.q.desc = &ac__cb_desc;
    a->lt.s.cb.q.next = NULL;
    a->lt.s.cb.run = ac__alarm_run;
    a->lt.s.fn = NULL;
    a->lt.s.arg = NULL;
    ac__timer_set_when(&a->lt.timer, when);
    a->lt.timer.slot = AC__NOT_ARMED;
    a->fn = fn;
    a->owner = owner;
    if (ac__heap_insert(l, &a->lt.timer) != 0) {
        free(a);
        return NULL;
    }
    return a;
}

void ac__alarm_cancel(ac_loop *l, ac__alarm *a) {
    if (a == NULL)
        return;
    if (a->lt.timer.slot != AC__NOT_ARMED && l != NULL) {
        ac__heap_remove(l, &a->lt.timer);
        free(a);
        return;
    }
    a->owner = NULL; /* due and queued: it frees itself when it runs */
}

/* ------------------------------------------------------------------------- */
/* Parked leaves                                                              */
/* ------------------------------------------------------------------------- */

/* ac__park, ac__unpark, ac__wake, ac__suspend_custom, ac__resumed_custom:
 * inline in ac-int.h (hot paths). */

void ac__group_park(ac_loop *l, ac__park_group *g) {
    ac__unpark(&g->pk); /* from the loop it was parked on */
    ac__park(l, &g->pk, NULL);
    g->loop = l;
}

/* The state of a node that waits (sync.c's AC__WN_WAIT, waitq.h's AC__WQ_WAIT). */
enum { AC__GROUP_WAITING = 1 };

/* Whether node n is the group's to find: its leaf is not parked on its own
 * (sync.c's ac__q_sleep parks a leaf of another loop's wait one by one). */
static bool ac__group_owns(const ac__wnode *n) {
    return ac__container_of(n, ac__sync_leaf, node)->pk.next == NULL;
}

static void ac__group_visit(ac__park_group *g, ac__vec *v, void (*visit)(ac__vec *v, ac_task *t)) {
    for (int i = 0; i < 2; i++) {
        ac__wnode *head = g->fifo[i], *n;
        for (n = head->next; n != head; n = n->next)
            if (n->state == AC__GROUP_WAITING && ac__group_owns(n))
                visit(v, n->task);
    }
}

/* The loop closes: every node that waits is cancelled through its leaf's hook
 * (which, ac__rt_closing() being true, takes it out of the FIFO), and the
 * nodes of tasks already woken leave the FIFO too (their frames go with the
 * loop). */
static void ac__group_close(ac__park_group *g) {
    for (int i = 0; i < 2; i++) {
        ac__wnode *head = g->fifo[i], *n = head->next;
        while (n != head) {
            ac__wnode *next = n->next; /* a hook takes out its own node only */
            ac_task *t = n->task;
            ac__waiter *w = t != NULL ? t->u.co.wait : NULL;
            if (!ac__group_owns(n)) { /* parked on its own: its loop's */
                n = next;
                continue;
            }
            if (n->state == AC__GROUP_WAITING && w != NULL && w->kind == AC__WAIT_CUSTOM &&
                ((ac__waiter_ex *)(void *)w)->cancel) {
                t->flags |= AC__F_CANCEL;
                ((ac__waiter_ex *)(void *)w)->cancel((ac__waiter_ex *)(void *)w, t);
            }
            if (n->next != NULL) { /* in case the hook did not */
                n->prev->next = n->next;
                n->next->prev = n->prev;
                n->prev = n->next = NULL;
            }
            n = next;
        }
    }
    ac__group_unpark(g);
}

void ac__rt_pending_tasks(ac_loop *l, ac__vec *v, void (*visit)(ac__vec *v, ac_task *t)) {
    ac__parking *head = &l->parked, *p;
    if (head->next == NULL)
        return;
    for (p = head->next; p != head; p = p->next) {
        if (p->task == NULL)
            ac__group_visit((ac__park_group *)(void *)p, v, visit);
        else
            visit(v, p->task);
    }
}

bool ac__rt_closing(void) { return ac__cur != NULL && ac__cur->rt_closing; }

void ac__rt_loop_close(ac_loop *l) {
    ac__parking *head = &l->parked;
    if (head->next == NULL)
        return;
    l->rt_closing = true;
    /* Each hook unparks its leaf (and makes its task runnable: the loop then
     * drops that queue entry and destroys the task). */
    while (head->next != head) {
        ac__parking *p = head->next;
        ac_task *t = p->task;
        ac__waiter *w = t != NULL ? t->u.co.wait : NULL;
        if (t == NULL) {
            ac__group_close((ac__park_group *)(void *)p);
            continue;
        }
        if (w != NULL && w->kind == AC__WAIT_CUSTOM && ((ac__waiter_ex *)(void *)w)->cancel) {
            t->flags |= AC__F_CANCEL;
            ((ac__waiter_ex *)(void *)w)->cancel((ac__waiter_ex *)(void *)w, t);
        }
        ac__unpark(p); /* in case the hook did not */
    }
    l->rt_closing = false;
}
