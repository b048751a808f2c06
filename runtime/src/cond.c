/*
 * cond.c: ac_cond, asyncio's Condition (issue 13).
 *
 * A condition is a lock (the program's, or one of its own) and a FIFO of
 * waiters (waitq.h). ac_cond_wait releases the lock, sleeps until a notify,
 * then takes the lock again before it returns, even when it is cancelled
 * (asyncio: "must reacquire lock even if wait is cancelled"): the
 * cancellation is raised once the lock is held, so the caller's finally that
 * releases the lock is always right. The re-acquire is ac_lock_acquire's
 * own leaf, run from inside this one (its frame is a member of ours).
 *
 * One departure from asyncio 3.11, as asyncio 3.13 does: a waiter that was
 * notified and then cancelled before it ran passes its notification on to
 * the next waiter, so no notify is lost.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "waitq.h"

#include <stdlib.h>

struct ac_cond {
    ac_lock *lock;
    int owns_lock; /* made by ac_cond_new(NULL): freed with the condition */
    ac__wnode waiters;
};

enum { CW_ACQUIRE = 3 }; /* beyond waitq.h's states: taking the lock again */

ac_cond *ac_cond_new(ac_lock *lock) {
    ac_cond *c = calloc(1, sizeof *c);
    if (c == NULL)
        return NULL;
    if (lock == NULL) {
        if ((lock = ac_lock_new()) == NULL) {
            free(c);
            return NULL;
        }
        c->owns_lock = 1;
    }
    c->lock = lock;
    ac__wq_init(&c->waiters);
    return c;
}

ac_lock *ac_cond_lock(const ac_cond *c) { return c != NULL ? c->lock : NULL; }

void ac_cond_free(ac_cond *c) {
    if (c == NULL)
        return;
    ac__wq_gone(&c->waiters);
    if (c->owns_lock)
        ac_lock_free(c->lock);
    free(c);
}

int ac_cond_notify(ac_cond *c, size_t n) {
    if (c == NULL || !ac_lock_locked(c->lock))
        return AC_EINVAL; /* asyncio: RuntimeError, un-acquired lock */
    return (int)ac__wq_set_first(&c->waiters, n > INT32_MAX ? INT32_MAX : n);
}

int ac_cond_notify_all(ac_cond *c) { return ac_cond_notify(c, SIZE_MAX); }

/* Takes the lock again, retrying when a cancellation interrupts the wait for
 * it (it is remembered in f->cancelled and raised once the lock is held). */
static int ac__cond_reacquire(ac_cond_wait__frame *f, ac_task *task) {
    for (;;) {
        int rc = ac_lock_acquire__resume(&f->acq, task);
        if (rc == AC__SUSPEND)
            return AC__SUSPEND;
        if (rc == AC__DONE)
            break;
        if (ac__error(task) != AC_ECANCELED) { /* the lock was freed */
            f->lf.w.w.state = AC__WQ_OVER;
            return AC__FAIL;
        }
        f->cancelled = 1;
        ac_lock_acquire__init(&f->acq, f->c->lock);
    }
    f->lf.w.w.state = AC__WQ_OVER;
    return f->cancelled ? ac__raise(task, AC_ECANCELED) : AC__DONE;
}

int ac_cond_wait__resume(void *frame, ac_task *task) {
    ac_cond_wait__frame *f = frame;
    ac_cond *c = f->c;
    bool cancelled;
    uint32_t how;

    switch (f->lf.w.w.state) {
    case AC__WQ_START:
        if (c == NULL || task == NULL || ac__cur == NULL || !ac_lock_locked(c->lock))
            return ac__raise(task, AC_EINVAL);
        ac_lock_release(c->lock);
        return ac__wq_sleep(&f->lf, &c->waiters, task);
    case AC__WQ_SLEEP:
        how = ac__wq_back(&f->lf, task, &cancelled);
        if (how == AC__WQ_GONE) { /* the condition (maybe its lock) is freed */
            f->lf.w.w.state = AC__WQ_OVER;
            return ac__raise(task, cancelled ? AC_ECANCELED : AC_EINVAL);
        }
        if (cancelled) {
            f->cancelled = 1;
            if (how == AC__WQ_SET) /* notified, but it will not use it */
                ac__wq_set_first(&c->waiters, 1);
        }
        f->lf.w.w.state = CW_ACQUIRE;
        ac_lock_acquire__init(&f->acq, c->lock);
        return ac__cond_reacquire(f, task);
    case CW_ACQUIRE:
        return ac__cond_reacquire(f, task);
    default:
        return ac__raise(task, AC_EINVAL);
    }
}
AC__WQ_CTOR(ac_cond_wait, ac_cond_wait__frame, 0, 0, (ac_cond * c), c)

/* Condition.wait_for: `while (!pred(arg)) await ac_cond_wait(c);`, with the
 * inner wait's leaf run from this one. */
int ac_cond_wait_for__resume(void *frame, ac_task *task) {
    ac_cond_wait_for__frame *f = frame;
    int rc;

    if (f->w.state == 0) {
        if (f->pred == NULL || f->wt.c == NULL || !ac_lock_locked(f->wt.c->lock))
            return ac__raise(task, AC_EINVAL);
        f->w.state = 1;
        if (f->pred(f->arg))
            return AC__DONE;
    }
    for (;;) {
        rc = ac_cond_wait__resume(&f->wt, task);
        if (rc != AC__DONE)
            return rc; /* suspended, or failed (the lock is held again) */
        if (f->pred(f->arg))
            return AC__DONE;
        ac_cond_wait__init(&f->wt, f->wt.c);
    }
}
AC__WQ_CTOR(ac_cond_wait_for, ac_cond_wait_for__frame, 0, 0,
            (ac_cond * c, int (*pred)(void *arg), void *arg), c, pred, arg)
