/*
 * sync.c: ac_queue, ac_event, ac_lock, ac_semaphore (asyncio 3.11's Queue,
 * Event, Lock and Semaphore): the objects, their non-blocking operations,
 * and ac__wq_wait, the one primitive leaf their async operations (waits.ac)
 * wait with.
 *
 * A waiter is a node in the ac__wq_wait frame of the awaiting task, linked
 * in the object's FIFO: asyncio's deque of futures. Its state is the
 * future's: waiting, set (woken: the task runs on the next pass), or
 * cancelled. As in asyncio, a node stays in the FIFO until its task runs
 * again (a queue's wake-up pops it first), so that
 *   - a cancelled waiter at the head of a lock's FIFO keeps the lock from
 *     being handed to the next one until it has run (and then hands it on);
 *   - a waiter that was woken and then cancelled before it ran passes its
 *     wake-up to the next waiter (the pass-on of its FIFO, internal.h's
 *     ac__wq, which the leaf calls): no queue item and no lock hand-off is
 *     lost.
 * Freeing an object while tasks wait on it makes their await raise
 * AC_EINVAL.
 *
 * A queue's waits are not parked one by one on the loop's list (as the other
 * leaves are, so that the loop can find and cancel their tasks): the queue's
 * two FIFOs are parked there once per loop as a group (ac__park_group), and
 * the loop finds the waiting tasks through their nodes. A wait and its
 * wake-up then touch only the FIFO (issue 10: the ping-pong's switch).
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "sync.h"

#include <stdlib.h>

/* ------------------------------------------------------------------------- */
/* ac__wq_wait: one wait for one wake-up                                      */
/* ------------------------------------------------------------------------- */

/* ac__wq_wait_step's other cases (sync.h): a first wait that is not a
 * queue's, or a queue's on a loop its group is not parked on yet; a wake-up
 * of a wait that is parked one by one or still in its FIFO; a cancellation;
 * a freed object (not touched then). */
int ac__wq_wait_slow(ac__wq_wait__frame *f, ac_task *task) {
    bool cancelled;
    uint32_t how;
    if (f->lf.w.w.state == AC__WQ_START) {
        ac__park_group *g = f->wq != NULL ? f->wq->group : NULL;
        ac_loop *l = ac__cur;
        if (f->wq == NULL || task == NULL || l == NULL)
            return ac__raise(task, AC_EINVAL);
        /* A queue's group moves to this loop only when no task waits in its
         * FIFOs: while another loop's tasks do (a loop run inside one of its
         * steps), this wait is parked one by one, as the other leaves are,
         * and the group's walks skip it. */
        if (g == NULL || (g->loop != NULL && g->loop != l &&
                          !(ac__wq_empty(g->fifo[0]) && ac__wq_empty(g->fifo[1])))) {
            /* (parked one by one, AC__WQ_ALONE: pk.next says it to park.c) */
            ac__wq_sleep(&f->lf, &f->wq->head, task);
        } else {
            if (g->loop != l)
                ac__group_park(l, g);
            ac__wq_sleep_grouped(f, task);
        }
        if (task->flags & AC__F_CANCEL) /* delivered at once, as ac__suspend_custom does */
            ac__wq_hook(&f->lf.w, task);
        return AC__SUSPEND;
    }
    /* (a wake-up without cancellation is ac__wq_wait_step's) */
    f->lf.w.w.state = AC__WQ_OVER;
    how = ac__wq_back(&f->lf, task, &cancelled);
    if (!cancelled) /* the object is freed */
        return ac__raise(task, AC_EINVAL);
    /* gives back what it was handed (internal.h); a freed object is not
     * touched */
    if (how != AC__WQ_GONE && f->wq->pass != NULL)
        f->wq->pass(f->wq, (int)how);
    return ac__raise(task, AC_ECANCELED);
}

int ac__wq_wait__resume(void *frame, ac_task *task) { return ac__wq_wait_step(frame, task); }
AC__LEAF_CTOR(ac__wq_wait, ac__wq_wait__frame, 0, 0,
            (ac__wq * wq), wq)

/* (a freed condition's node says AC__WQ_GONE: nothing of the object is read) */
int ac__wq_wait_cond__resume(void *frame, ac_task *task) {
    ac__wq_wait__frame *f = frame;
    uint16_t st = f->lf.w.w.state & ~AC__WQ_WOKEN;
    if ((st == AC__WQ_SLEEP || st == AC__WQ_ALONE) && f->lf.node.state == AC__WQ_GONE) {
        bool cancelled;
        f->lf.w.w.state = AC__WQ_OVER;
        (void)ac__wq_back(&f->lf, task, &cancelled);
        return ac__raise(task, AC_EINVAL);
    }
    return ac__wq_wait_step(frame, task);
}
AC__LEAF_CTOR(ac__wq_wait_cond, ac__wq_wait_cond__frame, 0, 0, (ac__wq * wq), wq)

/* ------------------------------------------------------------------------- */
/* ac_queue                                                                   */
/* ------------------------------------------------------------------------- */

ac_queue *ac__queue_new(size_t item_size, size_t maxsize) {
    ac_queue *q;
    if (item_size == 0)
        return NULL;
    q = calloc(1, sizeof *q);
    if (q == NULL)
        return NULL;
    q->size = item_size;
    q->maxsize = maxsize;
    ac__wq_init(&q->getters);
    ac__wq_init(&q->putters);
    ac__join_init(&q->join);
    q->reg.fifo[0] = &q->getters.head;
    q->reg.fifo[1] = &q->putters.head;
    q->getters.group = q->putters.group = &q->reg;
    q->getters.pass = ac__queue_get_pass;
    q->putters.pass = ac__queue_put_pass;
    return q;
}

ac__joinable *ac__queue_joinable(ac_queue *q) { return q != NULL ? &q->join : NULL; }

static int ac__q_grow(ac_queue *q) {
    size_t cap = q->cap != 0 ? q->cap * 2 : 16, i;
    unsigned char *buf;
    if (q->maxsize > 0 && cap > q->maxsize)
        cap = q->maxsize;
    if (cap > SIZE_MAX / q->size)
        return AC_ENOMEM;
    buf = malloc(cap * q->size);
    if (buf == NULL)
        return AC_ENOMEM;
    for (i = 0; i < q->count; i++)
        memcpy(buf + i * q->size, q->buf + ((q->head + i) % q->cap) * q->size, q->size);
    free(q->buf);
    q->buf = buf;
    q->cap = cap;
    q->head = 0;
    return 0;
}

/* sync.h's ac__queue_add for any item size and any first getter, into a
 * queue not full, growing the ring: 0 or AC_ENOMEM. */
int ac__queue_put_general(ac_queue *q, const void *item) {
    size_t at;
    if (q->count == q->cap && ac__q_grow(q) != 0)
        return AC_ENOMEM;
    at = q->head + q->count;
    if (at >= q->cap)
        at -= q->cap;
    memcpy(q->buf + at * q->size, item, q->size);
    q->count++;
    q->join.unfinished++;
    ac__wq_wake_next(&q->getters.head);
    return 0;
}

/* sync.h's ac__queue_take for any item size, and when a putter waits. */
void ac__queue_get_general(ac_queue *q, void *item) {
    if (item != NULL)
        memcpy(item, q->buf + q->head * q->size, q->size);
    if (++q->head == q->cap)
        q->head = 0;
    q->count--;
    ac__wq_wake_next(&q->putters.head);
}

void ac__queue_put_pass(ac__wq *putters, int how) {
    ac__wq_pass_next(putters, how, !ac__queue_full(ac__container_of(putters, ac_queue, putters)));
}

void ac__queue_get_pass(ac__wq *getters, int how) {
    ac__wq_pass_next(getters, how, ac__container_of(getters, ac_queue, getters)->count > 0);
}

size_t ac_queue_size(const ac_queue *q) { return q != NULL ? q->count : 0; }

int ac_queue_put_nowait(ac_queue *q, const void *item) {
    if (q == NULL || item == NULL)
        return AC_EINVAL;
    if (ac__queue_full(q))
        return AC_EAGAIN;
    return ac__queue_add(q, item);
}

int ac_queue_get_nowait(ac_queue *q, void *item) {
    if (q == NULL)
        return AC_EINVAL;
    if (q->count == 0)
        return AC_EAGAIN;
    ac__queue_take(q, item);
    return 0;
}

void ac_queue_free(ac_queue *q) {
    if (q == NULL)
        return;
    ac__wq_gone(&q->getters.head);
    ac__wq_gone(&q->putters.head);
    ac__join_gone(&q->join);
    ac__group_unpark(&q->reg);
    free(q->buf);
    free(q);
}

/* ------------------------------------------------------------------------- */
/* ac_event                                                                   */
/* ------------------------------------------------------------------------- */

ac_event *ac_event_new(void) {
    ac_event *e = calloc(1, sizeof *e);
    if (e != NULL)
        ac__wq_init(&e->waiters);
    return e;
}

void ac_event_set(ac_event *e) {
    if (e == NULL || e->value)
        return;
    e->value = 1;
    ac__wq_set_first(&e->waiters.head, SIZE_MAX);
}

void ac_event_clear(ac_event *e) {
    if (e != NULL)
        e->value = 0;
}

int ac_event_is_set(const ac_event *e) { return e != NULL && e->value; }

void ac_event_free(ac_event *e) {
    if (e == NULL)
        return;
    ac__wq_gone(&e->waiters.head);
    free(e);
}

/* ------------------------------------------------------------------------- */
/* ac_lock                                                                    */
/* ------------------------------------------------------------------------- */

ac_lock *ac_lock_new(void) {
    ac_lock *l = calloc(1, sizeof *l);
    if (l != NULL) {
        ac__wq_init(&l->waiters);
        l->waiters.pass = ac__lock_pass;
    }
    return l;
}

/* Lock._wake_up_first: only the first waiter, and only if it is not done
 * (inline in ac_lock_release: its hand-off, bench/hot.sh). */
static inline void ac__lock_wake_first(ac_lock *l) {
    ac__wnode *n = l->waiters.head.next;
    if (n != &l->waiters.head && n->state == AC__WQ_WAIT)
        ac__wq_set(n);
}

/* Lock.acquire's `except`: a cancelled waiter (woken or not) lets the next
 * one take a free lock. */
void ac__lock_pass(ac__wq *waiters, int how) {
    ac_lock *l = ac__container_of(waiters, ac_lock, waiters);
    (void)how;
    if (!l->locked)
        ac__lock_wake_first(l);
}

int ac_lock_release(ac_lock *l) {
    if (l == NULL || !l->locked)
        return AC_EINVAL;
    l->locked = 0;
    ac__lock_wake_first(l);
    return 0;
}

int ac_lock_locked(const ac_lock *l) { return l != NULL && l->locked; }

void ac_lock_free(ac_lock *l) {
    if (l == NULL)
        return;
    ac__wq_gone(&l->waiters.head);
    free(l);
}

/* ------------------------------------------------------------------------- */
/* ac_semaphore                                                               */
/* ------------------------------------------------------------------------- */

ac_semaphore *ac_semaphore_new(int n) {
    ac_semaphore *s;
    if (n < 0)
        return NULL;
    s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    s->value = n;
    s->bound = -1;
    ac__wq_init(&s->waiters);
    s->waiters.pass = ac__sem_pass;
    return s;
}

/* asyncio.BoundedSemaphore (issue 13): a release that would raise the count
 * above n is refused. */
ac_semaphore *ac_semaphore_new_bounded(int n) {
    ac_semaphore *s = ac_semaphore_new(n);
    if (s != NULL)
        s->bound = n;
    return s;
}

int ac_semaphore_locked(const ac_semaphore *s) {
    return s != NULL && (s->value == 0 || ac__wq_live(&s->waiters.head));
}

/* Semaphore._wake_up_next: the first waiter not done takes one unit. */
void ac__sem_wake_next(ac_semaphore *s) {
    if (ac__wq_set_first(&s->waiters.head, 1) == 1)
        s->value--;
}

/* Semaphore.acquire's `except`: a waiter given a unit and cancelled gives it
 * back. */
void ac__sem_pass(ac__wq *waiters, int how) {
    ac_semaphore *s = ac__container_of(waiters, ac_semaphore, waiters);
    if (how == AC__WQ_SET) {
        s->value++;
        ac__sem_wake_next(s);
    }
}

int ac_semaphore_release(ac_semaphore *s) {
    if (s == NULL)
        return AC_EINVAL;
    if (s->bound >= 0 && s->value >= s->bound)
        return AC_EOVERFLOW; /* asyncio: ValueError, released too many times */
    s->value++;
    ac__sem_wake_next(s);
    return 0;
}

void ac_semaphore_free(ac_semaphore *s) {
    if (s == NULL)
        return;
    ac__wq_gone(&s->waiters.head);
    free(s);
}

/* ac_queue_task_done: the queue's joinable (join.c) counts down; here, not
 * in join.c, so that the joinable does not call back into the queue. */
int ac_queue_task_done(ac_queue *q) { return ac__join_done(ac__queue_joinable(q)); }
