/*
 * sync.h: the objects of sync.c (ac_queue, ac_event, ac_lock, ac_semaphore)
 * and their non-blocking steps, shared by sync.c and by waits.ac's
 * composites. Layer: leaves (what waits.ac's async functions build
 * on; docs/pipeline.md "The runtime's layers").
 *
 * The queue's tries are inline because they are the composites' fast path:
 * `await ac_queue_get(q, &v)` with an item there is ac_queue_get's resume
 * running ac__queue_get_try and returning, with no suspension and no call
 * (bench/hot.sh's ping-pong, issue 10).
 */
#ifndef AC_SYNC_H
#define AC_SYNC_H

#include "waitq.h"

#include <string.h>

struct ac_queue {
    size_t size;          /* of one item */
    size_t maxsize;       /* 0: unbounded */
    size_t cap, head, count;
    unsigned char *buf;   /* a ring of cap items */
    ac__wq getters, putters;
    ac__joinable join;    /* join.c: items not marked done, join's waiters */
    /* getters and putters as a group on the loop's parked list: their waits
     * (ac__wq_wait with this group) are not parked one by one */
    ac__park_group reg;
};

struct ac_event {
    int value;
    ac__wq waiters;
};

struct ac_lock {
    int locked;
    ac__wq waiters;
};

struct ac_semaphore {
    int value;
    int bound; /* ac_semaphore_new_bounded: the limit of value; -1: none */
    ac__wq waiters;
};

/* ac__wq_wait's resume (sync.c exports it as ac__wq_wait__resume; waits.ac's
 * composites run it inline). Inline here: the two cases of a queue's
 * ping-pong, a wait in a queue's FIFO on the loop its group is parked on,
 * and a wake-up by a put (which popped the node; a grouped wait is not
 * parked). The rest: ac__wq_wait_slow, which suspends or raises (never
 * returns AC__DONE). */
int ac__wq_wait_slow(ac__wq_wait__frame *f, ac_task *task);

/* Appends the wait to its FIFO and suspends its task there; the caller
 * delivers a pending cancellation. A grouped wait is not parked (pk.next
 * NULL: the loop finds it through the group). */
static inline __attribute__((always_inline)) void ac__wq_sleep_grouped(ac__wq_wait__frame *f, ac_task *task) {
    f->lf.pk.next = NULL;
    ac__wq_append(&f->wq->head, &f->lf.node, task);
    ac__waiter_set(&f->lf.w.w, AC__WAIT_CUSTOM, AC__WQ_SLEEP);
    f->lf.w.cancel = ac__wq_hook;
    task->u.co.wait = &f->lf.w.w;
}

/* queue: the FIFO is a queue's, which has a group (no case for one without)
 * and whose put marks the leaf it wakes (AC__WQ_WOKEN, tested first; the
 * other FIFOs' waits skip the test: their leaves are never marked, and a
 * queue's FIFOs are waited on only through ac__wq_wait_queue_step). */
static inline __attribute__((always_inline)) int ac__wq_wait_step_in(void *frame, ac_task *task, bool queue) {
    ac__wq_wait__frame *f = frame;
    int rc;
    /* woken by a queue's put, not cancelled, in a grouped FIFO: the put popped
     * the node, and the group is parked in the leaf's stead. (Said likely:
     * gcc then lays the woken path out straight. No AC__WQ_OVER stored:
     * nothing reads a leaf that returned AC__DONE, its task waits on it no
     * more, and the composite initialises it again before its next wait.) */
    if (queue && AC__LIKELY(f->lf.w.w.state == (AC__WQ_SLEEP | AC__WQ_WOKEN) && !(task->flags & AC__F_CANCEL)))
        return AC__DONE;
    if (f->lf.w.w.state == AC__WQ_SLEEP) {
        /* the same, woken by another waker (a queue's get that pops a putter) */
        if (f->lf.node.state == AC__WQ_SET && !(task->flags & AC__F_CANCEL))
            return AC__DONE;
    } else if (f->lf.w.w.state == AC__WQ_START && f->wq != NULL) {
        /* (a resume runs in its task on the running loop: neither is NULL;
         * a group not parked on this loop yet has another loop or none) */
        if (queue || f->wq->group != NULL) {
            if (f->wq->group->loop == ac__cur && !(task->flags & AC__F_CANCEL)) {
                ac__wq_sleep_grouped(f, task);
                return AC__SUSPEND;
            }
        } else if (!(task->flags & AC__F_CANCEL)) {
            /* no group (a lock's, an event's FIFO: only queues have one) */
            ac__wq_sleep(&f->lf, &f->wq->head, task);
            return AC__SUSPEND;
        }
        /* (said again for the slow case: then the initialiser's store of
         * the state is dead on the fast paths, and gcc drops it) */
        ac__waiter_set(&f->lf.w.w, AC__WAIT_NONE, AC__WQ_START);
    } else if ((f->lf.w.w.state & ~AC__WQ_WOKEN) == AC__WQ_ALONE && f->lf.node.state == AC__WQ_SET &&
               !(task->flags & AC__F_CANCEL)) {
        /* woken, not cancelled, parked on its own: out of the FIFO and off
         * the loop's list */
        ac__wq_unlink(&f->lf.node);
        ac__unpark(&f->lf.pk);
        ac__waiter_set(&f->lf.w.w, AC__WAIT_NONE, AC__WQ_OVER);
        return AC__DONE;
    }
    /* (the slow cases never end the wait well: said to the compiler, the
     * composite's code after a call here is only its way out (a catch, the
     * traceback) or its return of AC__SUSPEND, never the path back to its
     * loop: no value of the composite lives across the call but its task) */
    rc = ac__wq_wait_slow(f, task);
    if (rc == AC__DONE)
        __builtin_unreachable();
    return rc;
}
static inline __attribute__((always_inline)) int ac__wq_wait_step(void *frame, ac_task *task) {
    return ac__wq_wait_step_in(frame, task, false);
}
/* The wait in a queue's FIFO (getters or putters: grouped, ac__queue_new). */
static inline __attribute__((always_inline)) int ac__wq_wait_queue_step(void *frame, ac_task *task) {
    return ac__wq_wait_step_in(frame, task, true);
}

/* pqueue.c. Each heap entry: the put sequence number, then the item at
 * offset AC__PQ_HDR (aligned for any item the comparison function reads). */
#define AC__PQ_HDR 16

struct ac_pqueue {
    size_t size;     /* of one item */
    size_t stride;   /* of one entry */
    size_t maxsize;  /* 0: unbounded */
    size_t count, cap;
    uint64_t seq;    /* the next put's number */
    int (*cmp)(const void *a, const void *b); /* NULL: LIFO */
    unsigned char *heap;
    ac__wq getters, putters;
    ac__joinable join;
};
void ac__pqueue_put_pass(ac__wq *putters, int how);
void ac__pqueue_get_pass(ac__wq *getters, int how);

/* barrier.c: asyncio's Barrier, its four states. */
enum { AC__B_FILLING = 0, AC__B_DRAINING, AC__B_RESETTING, AC__B_BROKEN };
struct ac_barrier {
    int parties;
    int count; /* tasks counted in (asyncio's _count) */
    int state;
    /* asyncio's one Condition, as two FIFOs: the tasks counted in (a
     * cancelled one leaves: ac__barrier_pass), and those blocked while the
     * barrier drains or resets. Every change of state wakes both; the tasks
     * that wait then are all of one kind (counted ones wait only while it
     * fills, blocked ones only while it does not), so the order of the
     * wake-ups is asyncio's. */
    ac__wq waiters, blocked;
};
/* Condition.notify_all on the barrier's waiters. */
void ac__barrier_notify_all(ac_barrier *b);
/* A counted task leaves (asyncio's finally: _count -= 1; _exit()). */
void ac__barrier_exit(ac_barrier *b);
/* ac__wq_wait's pass-on for a counted waiter: a cancelled one leaves. */
void ac__barrier_pass(ac__wq *waiters, int how);

/* The general put and get (any item size, a ring that may grow, a waiter
 * to wake): sync.c, out of line, so that nothing the composite's resume
 * holds lives across a call on its fast paths (no prologue: finding 700). */
int ac__queue_put_general(ac_queue *q, const void *item); /* (not full) 0, AC_ENOMEM */
void ac__queue_get_general(ac_queue *q, void *item);

/* Queue.full(). (Room in the ring says not full at once: a bounded ring
 * never grows past maxsize, ac__q_grow.) */
static inline bool ac__queue_full(const ac_queue *q) {
    return q->count >= q->cap && q->maxsize > 0 && q->count >= q->maxsize;
}

/* put_nowait once the queue is known not full (asyncio's `while
 * self.full(): await putter` has ended) and the item valid: 0, or AC_ENOMEM
 * when the ring could not grow. Items of 8 bytes with room in the ring, and
 * no getter or a waiting one: the index scaled by a shift, the copy one
 * move, the getter woken inline. The rest in one call out of line (one call
 * site: the composite's fast path then needs no stack frame). */
static inline __attribute__((always_inline)) int ac__queue_add(ac_queue *q, const void *item) {
    ac__wnode *n = q->getters.head.next;
    size_t at;
    /* (a cancelled getter first, or put_nowait outside the loop: the loop of
     * Queue._wakeup_next, in ac__queue_put_general) */
    if (q->size != 8 || q->count >= q->cap ||
        (n != &q->getters.head && (n->state != AC__WQ_WAIT || ac__cur == NULL)))
        return ac__queue_put_general(q, item);
    at = q->head + q->count;
    if (at >= q->cap)
        at -= q->cap;
    memcpy(q->buf + (at << 3), item, 8);
    q->count++;
    q->join.unfinished++;
    if (n != &q->getters.head) {
        /* ac__wq_unlink and ac__wq_set, with what is known: a waiting node is
         * linked, and its task is suspended on it (neither done nor queued:
         * a task made runnable any other way has its node cancelled first) */
        ac_task *t = n->task;
        n->prev->next = n->next;
        n->next->prev = n->prev;
        n->prev = n->next = NULL;
        n->state = AC__WQ_SET;
        ac__container_of(n, ac__sync_leaf, node)->w.w.state |= AC__WQ_WOKEN;
        t->flags |= AC__F_QUEUED;
        ac__ready_push(ac__cur, &t->q);
    }
    return 0;
}

/* get_nowait once the queue is known not empty (asyncio's `while
 * self.empty(): await getter` has ended): the 8-byte pop inline; items of
 * other sizes, and a waiting putter to wake, in one call out of line (one
 * call site: the composite's fast path then needs no stack frame). */
static inline __attribute__((always_inline)) void ac__queue_take(ac_queue *q, void *item) {
    size_t at, count;
    if (q->size != 8 || !ac__wq_empty(&q->putters.head)) {
        ac__queue_get_general(q, item);
        return;
    }
    at = q->head;
    count = q->count; /* (read before the copy: item may alias the queue) */
    if (item != NULL)
        memcpy(item, q->buf + (at << 3), 8);
    q->head = at + 1 == q->cap ? 0 : at + 1;
    q->count = count - 1;
}

/* The pass-ons of ac__wq_wait (internal.h), called with the FIFO of a
 * cancelled wait and how it ended. A queue's: the wake-up it had goes to the
 * next waiter if the queue can still serve one (asyncio's `if not
 * self.full() and not putter.cancelled(): _wakeup_next`). */
void ac__queue_put_pass(ac__wq *putters, int how);
void ac__queue_get_pass(ac__wq *getters, int how);
void ac__lock_pass(ac__wq *waiters, int how);
void ac__sem_pass(ac__wq *waiters, int how);

/* Semaphore._wake_up_next (sync.c and waits.ac). */
void ac__sem_wake_next(ac_semaphore *s);

/* cond.c: the FIFO of a condition's waiters (ac_cond_wait sleeps there),
 * and its pass-on: a waiter notified, then cancelled, passes the notify on. */
ac__wq *ac__cond_waiters(ac_cond *c);
void ac__cond_pass(ac__wq *waiters, int how);

#endif /* AC_SYNC_H */
