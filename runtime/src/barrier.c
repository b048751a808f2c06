/*
 * barrier.c: ac_barrier, asyncio's Barrier (issue 13), with its four states
 * (filling, draining, resetting, broken) and rules.
 *
 * asyncio builds its Barrier on a Condition; here the waiters sit in one
 * FIFO (waitq.h) and every change of state wakes them all (the condition's
 * notify_all), each checking its own predicate again, as wait_for does:
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
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "waitq.h"

#include <stdlib.h>

enum { B_FILLING = 0, B_DRAINING, B_RESETTING, B_BROKEN };
enum { P_BLOCK = 0, P_WAIT = 1 }; /* the leaf's phase */

struct ac_barrier {
    int parties;
    int count; /* tasks counted in (asyncio's _count) */
    int state;
    ac__wnode waiters;
};

ac_barrier *ac_barrier_new(int parties) {
    ac_barrier *b;
    if (parties < 1)
        return NULL;
    if ((b = calloc(1, sizeof *b)) == NULL)
        return NULL;
    b->parties = parties;
    ac__wq_init(&b->waiters);
    return b;
}

void ac_barrier_free(ac_barrier *b) {
    if (b == NULL)
        return;
    ac__wq_gone(&b->waiters);
    free(b);
}

static void ac__barrier_notify_all(ac_barrier *b) { ac__wq_set_first(&b->waiters, SIZE_MAX); }

int ac_barrier_parties(const ac_barrier *b) { return b != NULL ? b->parties : 0; }
int ac_barrier_n_waiting(const ac_barrier *b) {
    return b != NULL && b->state == B_FILLING ? b->count : 0;
}
int ac_barrier_broken(const ac_barrier *b) { return b != NULL && b->state == B_BROKEN; }

void ac_barrier_abort(ac_barrier *b) {
    if (b == NULL)
        return;
    b->state = B_BROKEN;
    ac__barrier_notify_all(b);
}

void ac_barrier_reset(ac_barrier *b) {
    if (b == NULL)
        return;
    if (b->count > 0)
        b->state = B_RESETTING; /* (a broken barrier too: it is repaired) */
    else
        b->state = B_FILLING;
    ac__barrier_notify_all(b);
}

/* A counted task leaves (asyncio's finally: _count -= 1; _exit()). */
static void ac__barrier_exit(ac_barrier *b) {
    b->count--;
    if (b->count == 0) {
        if (b->state == B_RESETTING || b->state == B_DRAINING)
            b->state = B_FILLING;
        ac__barrier_notify_all(b);
    }
}

static int ac__barrier_fail(ac_barrier_wait__frame *f, ac_task *task, int err) {
    f->lf.w.w.state = AC__WQ_OVER;
    return ac__raise(task, err);
}

/* Where the leaf goes next from phase BLOCK: sleeps, raises, or is counted
 * (and, the last party, releases the others). */
static int ac__barrier_enter(ac_barrier_wait__frame *f, ac_barrier *b, ac_task *task) {
    if (b->state == B_DRAINING || b->state == B_RESETTING) {
        f->phase = P_BLOCK;
        return ac__wq_sleep(&f->lf, &b->waiters, task);
    }
    if (b->state == B_BROKEN)
        return ac__barrier_fail(f, task, AC_EBROKEN);
    f->ac__ret = b->count++;
    if (f->ac__ret + 1 == b->parties) {
        b->state = B_DRAINING;
        ac__barrier_notify_all(b);
        ac__barrier_exit(b);
        f->lf.w.w.state = AC__WQ_OVER;
        return AC__DONE;
    }
    f->phase = P_WAIT;
    return ac__wq_sleep(&f->lf, &b->waiters, task);
}

int ac_barrier_wait__resume(void *frame, ac_task *task) {
    ac_barrier_wait__frame *f = frame;
    ac_barrier *b = f->b;
    bool cancelled, broken;
    uint32_t how;

    switch (f->lf.w.w.state) {
    case AC__WQ_START:
        if (b == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        return ac__barrier_enter(f, b, task);
    case AC__WQ_SLEEP:
        how = ac__wq_back(&f->lf, task, &cancelled);
        if (how == AC__WQ_GONE)
            return ac__barrier_fail(f, task, cancelled ? AC_ECANCELED : AC_EINVAL);
        if (f->phase == P_BLOCK)
            return cancelled ? ac__barrier_fail(f, task, AC_ECANCELED)
                             : ac__barrier_enter(f, b, task);
        if (cancelled) {
            ac__barrier_exit(b);
            return ac__barrier_fail(f, task, AC_ECANCELED);
        }
        if (b->state == B_FILLING) /* woken by some other change: wait on */
            return ac__wq_sleep(&f->lf, &b->waiters, task);
        /* asyncio reads the state before leaving: the last one out of a
         * reset makes the barrier fill again. */
        broken = b->state == B_BROKEN || b->state == B_RESETTING;
        ac__barrier_exit(b);
        if (broken)
            return ac__barrier_fail(f, task, AC_EBROKEN);
        f->lf.w.w.state = AC__WQ_OVER;
        return AC__DONE;
    default:
        return ac__raise(task, AC_EINVAL);
    }
}
AC__WQ_CTOR(ac_barrier_wait, ac_barrier_wait__frame, offsetof(ac_barrier_wait__frame, ac__ret),
            sizeof(int), (ac_barrier * b), b)
