/*
 * waitq.h: FIFOs of waiting tasks, for the synchronisation objects (sync.c,
 * cond.c, barrier.c, pqueue.c, join.c) and ac__wq_wait, the one primitive
 * leaf waits.ac's composites wait with.
 *
 * A waiter is an ac__sync_leaf in the frame of the awaiting task: its node is
 * linked in the object's FIFO (asyncio's deque of futures), its state is the
 * future's (waiting, set, cancelled, or the object is gone). As in asyncio a
 * node stays in the FIFO until its task runs again, unless the wake-up pops
 * it; the leaf unlinks it when it resumes.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#ifndef AC_WAITQ_H
#define AC_WAITQ_H

#include "ac-int.h"

/* The node states (ac__wnode.state; combine.c and the gdb extension read 1 as waiting). */
enum { AC__WQ_IDLE = 0, AC__WQ_WAIT = 1, AC__WQ_SET = 2, AC__WQ_CANCEL = 3, AC__WQ_GONE = 4 };
/* The leaf frames' own states (ac__sync_leaf's w.w.state): asleep in a
 * grouped FIFO (the group is parked, the leaf is not) or parked on its own
 * (ac__wq_sleep). */
enum { AC__WQ_START = 0, AC__WQ_SLEEP = 1, AC__WQ_OVER = 2, AC__WQ_ALONE = 3 };
/* Or'ed into a sleeping leaf's state by the one waker that writes it, a
 * queue's put (sync.h's ac__queue_add): the woken leaf then tests one word
 * (ac__wq_wait_queue_step, the only step that waits in a queue's FIFOs). */
enum { AC__WQ_WOKEN = 4 };

/* An empty FIFO; pass and group (internal.h's ac__wq) NULL: set after by
 * the objects that have them. */
static inline void ac__wq_init(ac__wq *wq) {
    ac__wnode *head = &wq->head;
    head->prev = head->next = head;
    head->task = NULL;
    head->state = AC__WQ_IDLE;
    wq->pass = NULL;
    wq->group = NULL;
}

static inline bool ac__wq_empty(const ac__wnode *head) { return head->next == head; }

static inline void ac__wq_unlink(ac__wnode *n) {
    if (n->next == NULL)
        return;
    n->prev->next = n->next;
    n->next->prev = n->prev;
    n->prev = n->next = NULL;
}

/* Whether a waiter that is not cancelled is in the FIFO. */
static inline bool ac__wq_live(const ac__wnode *head) {
    const ac__wnode *n;
    for (n = head->next; n != head; n = n->next)
        if (n->state != AC__WQ_CANCEL)
            return true;
    return false;
}

/* fut.set_result(): the node's task runs on the next pass. */
static inline void ac__wq_set(ac__wnode *n) {
    n->state = AC__WQ_SET;
    ac__wake(n->task);
}

/* Sets the first n waiters that are still waiting (asyncio's notify(n)
 * loop); returns how many it set. */
static inline size_t ac__wq_set_first(ac__wnode *head, size_t n) {
    ac__wnode *w;
    size_t k = 0;
    for (w = head->next; w != head && k < n; w = w->next)
        if (w->state == AC__WQ_WAIT) {
            ac__wq_set(w);
            k++;
        }
    return k;
}

/* Pops waiters until one that is still waiting, and sets it (Queue's
 * _wakeup_next). */
static inline void ac__wq_wake_next(ac__wnode *head) {
    while (!ac__wq_empty(head)) {
        ac__wnode *w = head->next;
        ac__wq_unlink(w);
        if (w->state == AC__WQ_WAIT) {
            ac__wq_set(w);
            break;
        }
    }
}

/* The pass-on of a queue's FIFO (asyncio's `if not self.full() and not
 * putter.cancelled(): self._wakeup_next(...)`): a cancelled waiter's wake-up
 * goes to the next waiter when the queue can still serve one. */
static inline void ac__wq_pass_next(ac__wq *wq, int how, bool can_serve) {
    if (how == AC__WQ_SET && can_serve)
        ac__wq_wake_next(&wq->head);
}

/* The object is freed: its waiters raise AC_EINVAL. */
static inline void ac__wq_gone(ac__wnode *head) {
    while (!ac__wq_empty(head)) {
        ac__wnode *w = head->next;
        ac__wq_unlink(w);
        if (w->state == AC__WQ_WAIT)
            ac__wake(w->task);
        w->state = AC__WQ_GONE;
    }
}

/* The cancel hook of every such leaf: the future is cancelled; the node stays
 * in the FIFO until the task runs, except when the loop closes. */
static inline void ac__wq_hook(ac__waiter_ex *x, ac_task *task) {
    ac__sync_leaf *lf = (ac__sync_leaf *)(void *)x;
    ac__unpark(&lf->pk);
    if (lf->node.state == AC__WQ_WAIT)
        lf->node.state = AC__WQ_CANCEL;
    if (ac__rt_closing())
        ac__wq_unlink(&lf->node);
    ac__wake(task);
}

/* Appends node n, waiting for task, to fifo (ac__wq_sleep; sync.h's
 * grouped sleep). */
static inline __attribute__((always_inline)) void ac__wq_append(ac__wnode *fifo, ac__wnode *n,
                                                                ac_task *task) {
    n->task = task;
    n->state = AC__WQ_WAIT;
    n->prev = fifo->prev;
    n->next = fifo;
    fifo->prev->next = n;
    fifo->prev = n;
}

/* Appends the leaf's node to fifo and suspends its task there, parked on its
 * own (AC__WQ_ALONE); the caller delivers a pending cancellation. */
static inline __attribute__((always_inline)) void ac__wq_sleep(ac__sync_leaf *lf, ac__wnode *fifo,
                                                               ac_task *task) {
    lf->pk.next = NULL; /* not parked yet (ac__wq_wait__init leaves pk unset) */
    ac__wq_append(fifo, &lf->node, task);
    ac__waiter_set(&lf->w.w, AC__WAIT_CUSTOM, AC__WQ_ALONE);
    lf->w.cancel = ac__wq_hook;
    task->u.co.wait = &lf->w.w;
    ac__park(ac__cur, &lf->pk, task);
}

/* The leaf runs again after sleeping: returns how it was woken (AC__WQ_SET,
 * _CANCEL, _GONE) and in *cancelled whether its task is being cancelled; the
 * node is out of the FIFO afterwards. */
static inline uint32_t ac__wq_back(ac__sync_leaf *lf, ac_task *task, bool *cancelled) {
    uint32_t how = lf->node.state;
    *cancelled = ac__resumed_custom(&lf->w, &lf->pk, task);
    ac__wq_unlink(&lf->node);
    lf->node.state = AC__WQ_IDLE;
    return how;
}

#endif /* AC_WAITQ_H */
