/*
 * cond.c: ac_cond, asyncio's Condition (issue 13): the object and its
 * notify; its waits (ac_cond_wait, ac_cond_wait_for) are waits.ac's.
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 *
 * A condition is a lock (the program's, or one of its own) and a FIFO of
 * waiters (waitq.h).
 */
#include "sync.h"

#include <stdlib.h>

struct ac_cond {
    ac_lock *lock;
    int owns_lock; /* made by ac_cond_new(NULL): freed with the condition */
    ac__wq waiters;
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
    c->waiters.pass = ac__cond_pass;
    return c;
}

ac_lock *ac_cond_lock(const ac_cond *c) { return c != NULL ? c->lock : NULL; }

void ac_cond_free(ac_cond *c) {
    if (c == NULL)
        return;
    ac__wq_gone(&c->waiters.head);
    if (c->owns_lock)
        ac_lock_free(c->lock);
    free(c);
}

int ac_cond_notify(ac_cond *c, size_t n) {
    if (c == NULL || !ac_lock_locked(c->lock))
        return AC_EINVAL; /* asyncio: RuntimeError, un-acquired lock */
    return (int)ac__wq_set_first(&c->waiters.head, n > INT32_MAX ? INT32_MAX : n);
}

int ac_cond_notify_all(ac_cond *c) { return ac_cond_notify(c, SIZE_MAX); }

ac__wq *ac__cond_waiters(ac_cond *c) { return &c->waiters; }

/* asyncio 3.13's Condition.wait: a waiter notified, then cancelled, wakes
 * another one in its stead. */
void ac__cond_pass(ac__wq *waiters, int how) {
    if (how == AC__WQ_SET)
        ac__wq_set_first(&waiters->head, 1);
}
