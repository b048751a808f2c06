/*
 * sync.c: ac_queue, ac_event, ac_lock, ac_semaphore: asyncio 3.11's Queue,
 * Event, Lock and Semaphore, rule for rule.
 *
 * A waiter is a node in the leaf frame of the awaiting task (ac__sync_leaf,
 * ac.h), linked in the object's FIFO: asyncio's deque of futures. Its state
 * is the future's: waiting, set (woken: the task runs on the next pass), or
 * cancelled. As in asyncio, a node stays in the FIFO until its task runs
 * again (a queue's wake-up pops it first), so that
 *   - a cancelled waiter at the head of a lock's FIFO keeps the lock from
 *     being handed to the next one until it has run (and then hands it on);
 *   - a waiter that was woken and then cancelled before it ran passes its
 *     wake-up to the next waiter: no queue item and no lock hand-off is lost.
 * A lock is fair: while a woken waiter has not run, acquire does not take the
 * lock past it. Freeing an object while tasks wait on it makes their await
 * raise AC_EINVAL.
 *
 * A queue's leaves are not parked one by one on the loop's list (as the other
 * leaves are, so that the loop can find and cancel their tasks): the queue's
 * two FIFOs are parked there once per loop as a group (ac__park_group), and
 * the loop finds the waiting tasks through their nodes. A wait and its
 * wake-up then touch only the FIFO (issue 10: the ping-pong's switch).
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"
#include "waitq.h" /* AC__WQ_CTOR: ac_queue_join */

#include <stdlib.h>
#include <string.h>

enum { AC__WN_IDLE = 0, AC__WN_WAIT = 1, AC__WN_SET = 2, AC__WN_CANCEL = 3, AC__WN_GONE = 4 };
enum { SY_START = 0, SY_WAIT = 1, SY_OVER = 2 };

/* ------------------------------------------------------------------------- */
/* FIFOs of waiters                                                           */
/* ------------------------------------------------------------------------- */

static void ac__fifo_init(ac__wnode *head) {
    head->prev = head->next = head;
    head->task = NULL;
    head->state = AC__WN_IDLE;
}

static inline __attribute__((always_inline)) bool ac__fifo_empty(const ac__wnode *head) { return head->next == head; }

static inline __attribute__((always_inline)) void ac__node_unlink(ac__wnode *n) {
    if (n->next == NULL)
        return;
    n->prev->next = n->next;
    n->next->prev = n->prev;
    n->prev = n->next = NULL;
}

static inline __attribute__((always_inline)) void ac__fifo_append(ac__wnode *head, ac__wnode *n, ac_task *task) {
    n->task = task;
    n->state = AC__WN_WAIT;
    n->prev = head->prev;
    n->next = head;
    head->prev->next = n;
    head->prev = n;
}

/* fut.set_result(): the task runs on the next pass. */
static inline __attribute__((always_inline)) void ac__node_set(ac__wnode *n) {
    n->state = AC__WN_SET;
    ac__wake(n->task);
}

/* Whether a waiter that is not cancelled is in the FIFO. */
static bool ac__fifo_live(const ac__wnode *head) {
    const ac__wnode *n;
    for (n = head->next; n != head; n = n->next)
        if (n->state != AC__WN_CANCEL)
            return true;
    return false;
}

/* The object is freed: its waiters raise AC_EINVAL. */
static void ac__fifo_gone(ac__wnode *head) {
    while (!ac__fifo_empty(head)) {
        ac__wnode *n = head->next;
        ac__node_unlink(n);
        if (n->state == AC__WN_WAIT)
            ac__wake(n->task);
        n->state = AC__WN_GONE;
    }
}

/* The cancel hook of every leaf here: the future is cancelled (it stays in
 * the FIFO until the task runs, except when the loop closes). */
static void ac__sync_hook(ac__waiter_ex *x, ac_task *task) {
    ac__sync_leaf *lf = (ac__sync_leaf *)(void *)x;
    ac__unpark(&lf->pk);
    if (lf->node.state == AC__WN_WAIT)
        lf->node.state = AC__WN_CANCEL;
    if (ac__rt_closing())
        ac__node_unlink(&lf->node);
    ac__wake(task);
}

static inline __attribute__((always_inline)) int ac__sync_sleep(ac__sync_leaf *lf, ac__wnode *fifo, ac_task *task) {
    ac__fifo_append(fifo, &lf->node, task);
    lf->w.w.state = SY_WAIT;
    return ac__suspend_custom(task, &lf->w, ac__sync_hook, &lf->pk);
}

/* The leaf runs again after sleeping. Returns how it was woken (AC__WN_SET,
 * AC__WN_CANCEL, AC__WN_GONE) and in *cancelled whether the task is being
 * cancelled; the node is out of the FIFO afterwards. */
static inline __attribute__((always_inline)) uint32_t ac__sync_back(ac__sync_leaf *lf, ac_task *task, bool *cancelled) {
    uint32_t how = lf->node.state;
    *cancelled = ac__resumed_custom(&lf->w, &lf->pk, task);
    ac__node_unlink(&lf->node);
    lf->node.state = AC__WN_IDLE;
    return how;
}

/* A freed object: raise without touching it. */
static int ac__sync_gone(ac__sync_leaf *lf, ac_task *task, bool cancelled) {
    lf->w.w.state = SY_OVER;
    return ac__raise(task, cancelled ? AC_ECANCELED : AC_EINVAL);
}

#define AC__SYNC_CTOR(fn, FT, params, ...)                                       \
    static const ac__desc fn##__desc = {                                         \
        .resume = fn##__resume,                                                  \
        .name = #fn,                                                             \
        .file = __FILE__,                                                        \
        .line = __LINE__,                                                        \
        .frame_size = sizeof(FT),                                                \
    };                                                                           \
    ac_task *fn params {                                                         \
        ac_task *t = ac__coro_new(&fn##__desc);                                  \
        if (t != NULL)                                                           \
            fn##__init(ac__frame(t), __VA_ARGS__);                               \
        return t;                                                                \
    }

/* ------------------------------------------------------------------------- */
/* ac_queue                                                                   */
/* ------------------------------------------------------------------------- */

struct ac_queue {
    size_t size;          /* of one item */
    size_t maxsize;       /* 0: unbounded */
    size_t cap, head, count;
    unsigned char *buf;   /* a ring of cap items */
    ac__wnode getters, putters;
    ac__joinable join;    /* join.c: items not marked done, join's waiters */
    /* getters and putters as a group on the loop's parked list: their leaves
     * are not parked one by one (ac__q_sleep) */
    ac__park_group reg;
};

ac_queue *ac__queue_new(size_t item_size, size_t maxsize) {
    ac_queue *q;
    if (item_size == 0)
        return NULL;
    q = calloc(1, sizeof *q);
    if (q == NULL)
        return NULL;
    q->size = item_size;
    q->maxsize = maxsize;
    ac__fifo_init(&q->getters);
    ac__fifo_init(&q->putters);
    ac__join_init(&q->join);
    q->reg.fifo[0] = &q->getters;
    q->reg.fifo[1] = &q->putters;
    return q;
}

ac__joinable *ac__queue_joinable(ac_queue *q) { return q != NULL ? &q->join : NULL; }

/* ac__sync_sleep for a queue's getter or putter: the leaf is not parked (the
 * loop finds it through the queue's group, parked once per loop). The group
 * moves to this loop only when no task waits on the queue: while another
 * loop's tasks do (a loop run inside one of its steps), this leaf is parked
 * one by one, as the other leaves are, and the group's walks skip it. */
static inline __attribute__((always_inline)) int ac__q_sleep(struct ac_queue *q, ac__sync_leaf *lf,
                                                             ac__wnode *fifo, ac_task *task) {
    ac_loop *l = ac__cur;
    lf->pk.next = NULL; /* not parked yet (the queue's init leaves pk unset) */
    if (AC__UNLIKELY(q->reg.loop != l)) {
        if (q->reg.loop != NULL && !(ac__fifo_empty(&q->getters) && ac__fifo_empty(&q->putters)))
            return ac__sync_sleep(lf, fifo, task);
        ac__group_park(l, &q->reg);
    }
    ac__fifo_append(fifo, &lf->node, task);
    lf->w.w.state = SY_WAIT;
    lf->w.w.kind = AC__WAIT_CUSTOM;
    lf->w.cancel = ac__sync_hook;
    task->u.co.wait = &lf->w.w;
    if (task->flags & AC__F_CANCEL) /* delivered at once, as ac__suspend_custom does */
        ac__sync_hook(&lf->w, task);
    return AC__SUSPEND;
}


static inline __attribute__((always_inline)) bool ac__q_full(const ac_queue *q) { return q->maxsize > 0 && q->count >= q->maxsize; }

/* One item's bytes; the common sizes without a call to memcpy. */
static inline __attribute__((always_inline)) void ac__q_copy(void *dst, const void *src, size_t n) {
    switch (n) {
    case 4: memcpy(dst, src, 4); break;
    case 8: memcpy(dst, src, 8); break;
    case 16: memcpy(dst, src, 16); break;
    default: memcpy(dst, src, n); break;
    }
}

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

static inline __attribute__((always_inline)) int ac__q_push(ac_queue *q, const void *item) {
    size_t at;
    if (q->count == q->cap) {
        int err = ac__q_grow(q);
        if (err != 0)
            return err;
    }
    at = q->head + q->count;
    if (at >= q->cap)
        at -= q->cap;
    ac__q_copy(q->buf + at * q->size, item, q->size);
    q->count++;
    q->join.unfinished++;
    return 0;
}

static inline __attribute__((always_inline)) void ac__q_pop(ac_queue *q, void *item) {
    if (item != NULL)
        ac__q_copy(item, q->buf + q->head * q->size, q->size);
    if (++q->head == q->cap)
        q->head = 0;
    q->count--;
}

/* Queue._wakeup_next: the first waiter that is not done. */
static inline __attribute__((always_inline)) void ac__q_wakeup_next(ac__wnode *fifo) {
    while (!ac__fifo_empty(fifo)) {
        ac__wnode *n = fifo->next;
        ac__node_unlink(n);
        if (n->state == AC__WN_WAIT) {
            ac__node_set(n);
            break;
        }
    }
}

size_t ac_queue_size(const ac_queue *q) { return q != NULL ? q->count : 0; }

int ac_queue_put_nowait(ac_queue *q, const void *item) {
    int err;
    if (q == NULL || item == NULL)
        return AC_EINVAL;
    if (ac__q_full(q))
        return AC_EAGAIN;
    if ((err = ac__q_push(q, item)) != 0)
        return err;
    ac__q_wakeup_next(&q->getters);
    return 0;
}

int ac_queue_get_nowait(ac_queue *q, void *item) {
    if (q == NULL)
        return AC_EINVAL;
    if (q->count == 0)
        return AC_EAGAIN;
    ac__q_pop(q, item);
    ac__q_wakeup_next(&q->putters);
    return 0;
}

void ac_queue_free(ac_queue *q) {
    if (q == NULL)
        return;
    ac__fifo_gone(&q->getters);
    ac__fifo_gone(&q->putters);
    ac__join_gone(&q->join);
    ac__group_unpark(&q->reg);
    free(q->buf);
    free(q);
}

/* Items of 8 bytes (a long, a pointer, a double): the fast paths below use
 * ac__q_push / ac__q_pop themselves, and with the size known the compiler
 * keeps their copy inline and drops their calls (grow, memcpy), which would
 * cost the fast paths their prologue-free shape. Other sizes take the general
 * path. */
static inline __attribute__((always_inline)) bool ac__q_small(const ac_queue *q) {
    return q->size == 8;
}

/* ac__q_push and ac__q_pop for 8-byte items, room and an item known to be
 * there: the index scaled by a shift, the copy one move. */
static inline __attribute__((always_inline)) void ac__q_push8(ac_queue *q, const void *item) {
    size_t at = q->head + q->count;
    if (at >= q->cap)
        at -= q->cap;
    memcpy(q->buf + (at << 3), item, 8);
    q->count++;
    q->join.unfinished++;
}
static inline __attribute__((always_inline)) void ac__q_pop8(ac_queue *q, void *item) {
    size_t at = q->head;
    if (item != NULL)
        memcpy(item, q->buf + (at << 3), 8);
    q->head = at + 1 == q->cap ? 0 : at + 1;
    q->count--;
}

/* Wakes the first putter / getter that waits, out of line (the fast paths
 * below only test whether there is one), and returns AC__DONE: a tail call. */
static __attribute__((noinline)) int ac__q_wakeup_done(ac__wnode *fifo) {
    ac__q_wakeup_next(fifo);
    return AC__DONE;
}

static __attribute__((noinline)) int ac__queue_put_slow(ac_queue_put__frame *f, ac_task *task);
static __attribute__((noinline)) int ac__queue_get_slow(ac_queue_get__frame *f, ac_task *task);

/* The common cases, without a prologue (nothing is called on the way but by
 * tail calls): a put into a queue with room; a get that finds an item; a get
 * that must wait; a get woken by a put that finds its item. Everything else,
 * and every case where the task is being cancelled, goes the general way
 * (ac__queue_*_slow), which starts from the same state: the fast paths write
 * nothing before they have decided. */
int ac_queue_put__resume(void *frame, ac_task *task) {
    ac_queue_put__frame *f = frame;
    ac_queue *q = f->q;
    ac_loop *l = ac__cur;

    /* room: count < cap says it for bounded queues too (their ring never
     * grows past maxsize) */
    /* task is not tested: this path does not use it (the translator's code
     * always passes the running task; a put that must wait tests it) */
    if (f->lf.w.w.state == SY_START && q != NULL && f->item != NULL && l != NULL &&
        q->count < q->cap && ac__q_small(q)) {
        ac__wnode *n;
        ac__q_push8(q, f->item);
        /* (after the push: the compiler then keeps the ring's fields in
         * registers; the kind is none at the start) */
        ac__waiter_set(&f->lf.w.w, AC__WAIT_NONE, SY_OVER);
        n = q->getters.next;
        if (n != &q->getters) {
            ac_task *t;
            if (n->state != AC__WN_WAIT) /* cancelled ones first: the loop */
                return ac__q_wakeup_done(&q->getters);
            /* ac__node_unlink and ac__node_set: a waiting node is linked, and
             * its task is suspended on it (neither done nor queued: a task
             * made runnable any other way has its node cancelled first) */
            n->prev->next = n->next;
            n->next->prev = n->prev;
            n->prev = n->next = NULL;
            n->state = AC__WN_SET;
            t = n->task;
            /* (ac__wake without its tests: that task is not queued) */
            t->flags |= AC__F_QUEUED;
            ac__ready_push(l, &t->q);
        }
        return AC__DONE;
    }
    return ac__queue_put_slow(f, task);
}

int ac_queue_get__resume(void *frame, ac_task *task) {
    ac_queue_get__frame *f = frame;
    ac_queue *q = f->q;
    ac_loop *l;

    if (f->lf.w.w.state == SY_WAIT) {
        /* woken by a put (the queue not freed, no cancellation), item there;
         * a set node is out of the FIFO (every wake-up of a queue pops it) */
        if (f->lf.node.state == AC__WN_SET && !(task->flags & AC__F_CANCEL) && q->count > 0 &&
            ac__q_small(q)) {
            /* not parked (see ac__q_sleep); kind and state in one go; the
             * node's state is not read again before the leaf next waits */
            ac__waiter_set(&f->lf.w.w, AC__WAIT_NONE, SY_OVER);
            goto pop;
        }
    } else if (f->lf.w.w.state == SY_START && q != NULL && task != NULL &&
               (l = ac__cur) != NULL && ac__q_small(q)) {
        /* an item there: taken, whatever cancellation is pending (asyncio's
         * get() returns without awaiting) */
        if (q->count > 0) {
            ac__waiter_set(&f->lf.w.w, AC__WAIT_NONE, SY_OVER);
            goto pop;
        }
        /* ac__q_sleep, with no cancellation to deliver; the queue's first
         * wait on this loop parks its group (the general path: a call here
         * would cost this path its prologue-free shape) */
        if (AC__UNLIKELY(q->reg.loop != l || (task->flags & AC__F_CANCEL)))
            return ac__queue_get_slow(f, task);
        ac__fifo_append(&q->getters, &f->lf.node, task);
        f->lf.pk.next = NULL;
        ac__waiter_set(&f->lf.w.w, AC__WAIT_CUSTOM, SY_WAIT);
        f->lf.w.cancel = ac__sync_hook;
        task->u.co.wait = &f->lf.w.w;
        return AC__SUSPEND;
    }
    return ac__queue_get_slow(f, task);
pop:
    ac__q_pop8(q, f->item);
    if (!ac__fifo_empty(&q->putters))
        return ac__q_wakeup_done(&q->putters);
    return AC__DONE;
}

static int ac__queue_put_slow(ac_queue_put__frame *f, ac_task *task) {
    ac_queue *q = f->q;
    bool cancelled;
    int err;

    switch (f->lf.w.w.state) {
    case SY_START:
        if (q == NULL || f->item == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        break;
    case SY_WAIT: {
        uint32_t how = ac__sync_back(&f->lf, task, &cancelled);
        if (how == AC__WN_GONE)
            return ac__sync_gone(&f->lf, task, cancelled);
        if (cancelled) {
            f->lf.w.w.state = SY_OVER;
            /* woken by a get, but cannot take the call: wake the next */
            if (!ac__q_full(q) && how == AC__WN_SET)
                ac__q_wakeup_next(&q->putters);
            return ac__raise(task, AC_ECANCELED);
        }
        break;
    }
    default:
        return ac__raise(task, AC_EINVAL);
    }
    if (ac__q_full(q))
        return ac__q_sleep(q, &f->lf, &q->putters, task);
    f->lf.w.w.state = SY_OVER;
    if ((err = ac__q_push(q, f->item)) != 0)
        return ac__raise(task, err);
    ac__q_wakeup_next(&q->getters);
    return AC__DONE;
}
AC__SYNC_CTOR(ac_queue_put, ac_queue_put__frame, (ac_queue * q, const void *item), q, item)

static int ac__queue_get_slow(ac_queue_get__frame *f, ac_task *task) {
    ac_queue *q = f->q;
    bool cancelled;

    switch (f->lf.w.w.state) {
    case SY_START:
        if (q == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        break;
    case SY_WAIT: {
        uint32_t how = ac__sync_back(&f->lf, task, &cancelled);
        if (how == AC__WN_GONE)
            return ac__sync_gone(&f->lf, task, cancelled);
        if (cancelled) {
            f->lf.w.w.state = SY_OVER;
            if (q->count > 0 && how == AC__WN_SET)
                ac__q_wakeup_next(&q->getters);
            return ac__raise(task, AC_ECANCELED);
        }
        break;
    }
    default:
        return ac__raise(task, AC_EINVAL);
    }
    if (q->count == 0)
        return ac__q_sleep(q, &f->lf, &q->getters, task);
    f->lf.w.w.state = SY_OVER;
    ac__q_pop(q, f->item);
    ac__q_wakeup_next(&q->putters);
    return AC__DONE;
}
AC__SYNC_CTOR(ac_queue_get, ac_queue_get__frame, (ac_queue * q, void *item), q, item)

/* ------------------------------------------------------------------------- */
/* ac_event                                                                   */
/* ------------------------------------------------------------------------- */

struct ac_event {
    int value;
    ac__wnode waiters;
};

ac_event *ac_event_new(void) {
    ac_event *e = calloc(1, sizeof *e);
    if (e != NULL)
        ac__fifo_init(&e->waiters);
    return e;
}

void ac_event_set(ac_event *e) {
    ac__wnode *n;
    if (e == NULL || e->value)
        return;
    e->value = 1;
    for (n = e->waiters.next; n != &e->waiters; n = n->next)
        if (n->state == AC__WN_WAIT)
            ac__node_set(n);
}

void ac_event_clear(ac_event *e) {
    if (e != NULL)
        e->value = 0;
}

int ac_event_is_set(const ac_event *e) { return e != NULL && e->value; }

void ac_event_free(ac_event *e) {
    if (e == NULL)
        return;
    ac__fifo_gone(&e->waiters);
    free(e);
}

int ac_event_wait__resume(void *frame, ac_task *task) {
    ac_event_wait__frame *f = frame;
    ac_event *e = f->e;
    bool cancelled;

    switch (f->lf.w.w.state) {
    case SY_START:
        if (e == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        if (e->value) {
            f->lf.w.w.state = SY_OVER;
            return AC__DONE;
        }
        return ac__sync_sleep(&f->lf, &e->waiters, task);
    case SY_WAIT: {
        uint32_t how = ac__sync_back(&f->lf, task, &cancelled);
        if (how == AC__WN_GONE)
            return ac__sync_gone(&f->lf, task, cancelled);
        f->lf.w.w.state = SY_OVER;
        return cancelled ? ac__raise(task, AC_ECANCELED) : AC__DONE;
    }
    default:
        return ac__raise(task, AC_EINVAL);
    }
}
AC__SYNC_CTOR(ac_event_wait, ac_event_wait__frame, (ac_event * e), e)

/* ------------------------------------------------------------------------- */
/* ac_lock                                                                    */
/* ------------------------------------------------------------------------- */

struct ac_lock {
    int locked;
    ac__wnode waiters;
};

ac_lock *ac_lock_new(void) {
    ac_lock *l = calloc(1, sizeof *l);
    if (l != NULL)
        ac__fifo_init(&l->waiters);
    return l;
}

/* Lock._wake_up_first: only the first waiter, and only if it is not done. */
static void ac__lock_wake_first(ac_lock *l) {
    ac__wnode *n = l->waiters.next;
    if (n != &l->waiters && n->state == AC__WN_WAIT)
        ac__node_set(n);
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
    ac__fifo_gone(&l->waiters);
    free(l);
}

int ac_lock_acquire__resume(void *frame, ac_task *task) {
    ac_lock_acquire__frame *f = frame;
    ac_lock *l = f->l;
    bool cancelled;

    switch (f->lf.w.w.state) {
    case SY_START:
        if (l == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        if (!l->locked && !ac__fifo_live(&l->waiters)) {
            l->locked = 1;
            f->lf.w.w.state = SY_OVER;
            return AC__DONE;
        }
        return ac__sync_sleep(&f->lf, &l->waiters, task);
    case SY_WAIT: {
        uint32_t how = ac__sync_back(&f->lf, task, &cancelled);
        if (how == AC__WN_GONE)
            return ac__sync_gone(&f->lf, task, cancelled);
        f->lf.w.w.state = SY_OVER;
        if (cancelled) {
            if (!l->locked)
                ac__lock_wake_first(l);
            return ac__raise(task, AC_ECANCELED);
        }
        l->locked = 1;
        return AC__DONE;
    }
    default:
        return ac__raise(task, AC_EINVAL);
    }
}
AC__SYNC_CTOR(ac_lock_acquire, ac_lock_acquire__frame, (ac_lock * l), l)

/* ------------------------------------------------------------------------- */
/* ac_semaphore                                                               */
/* ------------------------------------------------------------------------- */

struct ac_semaphore {
    int value;
    int bound; /* ac_semaphore_new_bounded: the limit of value; -1: none */
    ac__wnode waiters;
};

ac_semaphore *ac_semaphore_new(int n) {
    ac_semaphore *s;
    if (n < 0)
        return NULL;
    s = calloc(1, sizeof *s);
    if (s == NULL)
        return NULL;
    s->value = n;
    s->bound = -1;
    ac__fifo_init(&s->waiters);
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
    return s != NULL && (s->value == 0 || ac__fifo_live(&s->waiters));
}

/* Semaphore._wake_up_next: the first waiter not done takes one unit. */
static void ac__sem_wake_next(ac_semaphore *s) {
    ac__wnode *n;
    for (n = s->waiters.next; n != &s->waiters; n = n->next) {
        if (n->state == AC__WN_WAIT) {
            s->value--;
            ac__node_set(n);
            return;
        }
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
    ac__fifo_gone(&s->waiters);
    free(s);
}

int ac_semaphore_acquire__resume(void *frame, ac_task *task) {
    ac_semaphore_acquire__frame *f = frame;
    ac_semaphore *s = f->s;
    bool cancelled;

    switch (f->lf.w.w.state) {
    case SY_START:
        if (s == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        if (!ac_semaphore_locked(s)) {
            s->value--;
            f->lf.w.w.state = SY_OVER;
            return AC__DONE;
        }
        return ac__sync_sleep(&f->lf, &s->waiters, task);
    case SY_WAIT: {
        uint32_t how = ac__sync_back(&f->lf, task, &cancelled);
        if (how == AC__WN_GONE)
            return ac__sync_gone(&f->lf, task, cancelled);
        f->lf.w.w.state = SY_OVER;
        if (cancelled) {
            if (how == AC__WN_SET) { /* it was given a unit: give it back */
                s->value++;
                ac__sem_wake_next(s);
            }
            return ac__raise(task, AC_ECANCELED);
        }
        if (s->value > 0)
            ac__sem_wake_next(s);
        return AC__DONE;
    }
    default:
        return ac__raise(task, AC_EINVAL);
    }
}
AC__SYNC_CTOR(ac_semaphore_acquire, ac_semaphore_acquire__frame, (ac_semaphore * s), s)

/* ------------------------------------------------------------------------- */
/* join and task_done (join.c: the joinable every queue embeds)               */
/* ------------------------------------------------------------------------- */

int ac_queue_task_done(ac_queue *q) { return ac__join_done(ac__queue_joinable(q)); }

int ac_queue_join__resume(void *frame, ac_task *task) {
    ac_queue_join__frame *f = frame;
    /* (only a fresh leaf reads the queue: it may be freed by the time a
     * sleeping one resumes) */
    bool fresh = f->lf.w.w.state == AC__WQ_START;
    return ac__join_resume(&f->lf, fresh ? ac__queue_joinable(f->q) : NULL, task);
}
AC__WQ_CTOR(ac_queue_join, ac_queue_join__frame, 0, 0, (ac_queue * q), q)
