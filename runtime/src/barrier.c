/*
 * barrier.c: ac_barrier, asyncio's Barrier (issue 13), with its four states
 * (filling, draining, resetting, broken) and rules.
 *
 * asyncio builds its Barrier on a Condition; here the waiters sit in two
 * FIFOs (waitq.h; sync.h says why the order is the same) and every change of
 * state wakes them all (the condition's notify_all), each checking its own
 * predicate again, as wait_for does:
 *   - a task arriving while the barrier drains or resets waits for that to
 *     end (phase BLOCK); a broken barrier raises AC_EBROKEN at once;
 *   - otherwise it is counted (its index, 0..parties-1); the last of the
 *     parties starts the draining and returns without suspending; the others
 *     wait while the barrier fills (phase WAIT), then return their index, or
 *     raise AC_EBROKEN if it was reset or aborted meanwhile;
 *   - every counted task leaves (the count drops); the last one out ends the
 *     draining or resetting (the barrier fills again).
 * A task cancelled while counted leaves as well, so the parties still
 * waiting are not stranded with a count that can never complete.
 *
 * Layer: leaves (the object; its wait, ac_barrier_wait, is waits.ac's;
 * docs/pipeline.md, "The runtime's layers").
 */
#include "sync.h"

#include <stdlib.h>

ac_barrier *ac_barrier_new(int parties) {
    ac_barrier *b;
    if (parties < 1)
        return NULL;
    if ((b = calloc(1, sizeof *b)) == NULL)
        return NULL;
    b->parties = parties;
    ac__wq_init(&b->waiters);
    ac__wq_init(&b->blocked);
    b->waiters.pass = ac__barrier_pass;
    return b;
}

void ac_barrier_free(ac_barrier *b) {
    if (b == NULL)
        return;
    ac__wq_gone(&b->waiters.head);
    ac__wq_gone(&b->blocked.head);
    free(b);
}

void ac__barrier_notify_all(ac_barrier *b) {
    ac__wq_set_first(&b->waiters.head, SIZE_MAX);
    ac__wq_set_first(&b->blocked.head, SIZE_MAX);
}

int ac_barrier_parties(const ac_barrier *b) { return b != NULL ? b->parties : 0; }
int ac_barrier_n_waiting(const ac_barrier *b) {
    return b != NULL && b->state == AC__B_FILLING ? b->count : 0;
}
int ac_barrier_broken(const ac_barrier *b) { return b != NULL && b->state == AC__B_BROKEN; }

void ac_barrier_abort(ac_barrier *b) {
    if (b == NULL)
        return;
    b->state = AC__B_BROKEN;
    ac__barrier_notify_all(b);
}

void ac_barrier_reset(ac_barrier *b) {
    if (b == NULL)
        return;
    if (b->count > 0)
        b->state = AC__B_RESETTING; /* (a broken barrier too: it is repaired) */
    else
        b->state = AC__B_FILLING;
    ac__barrier_notify_all(b);
}

/* A counted waiter cancelled: leaves, so that the others are not stranded. */
void ac__barrier_pass(ac__wq *waiters, int how) {
    (void)how;
    ac__barrier_exit(ac__container_of(waiters, ac_barrier, waiters));
}

/* A counted task leaves (asyncio's finally: _count -= 1; _exit()). */
void ac__barrier_exit(ac_barrier *b) {
    b->count--;
    if (b->count == 0) {
        if (b->state == AC__B_RESETTING || b->state == AC__B_DRAINING)
            b->state = AC__B_FILLING;
        ac__barrier_notify_all(b);
    }
}

