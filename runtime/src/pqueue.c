/*
 * pqueue.c: ac_pqueue, asyncio's PriorityQueue and LifoQueue (issue 13):
 * the calls of ac_queue (put, get, the _nowait forms, join, task_done) over
 * another order.
 *
 * A priority queue keeps the items in a binary min-heap ordered by the
 * program's comparison function, and items that compare equal by the order
 * they were put (asyncio's heapq leaves ties to the items' own comparison;
 * here they come out first in, first out). A LIFO queue is a stack in the
 * same array. Waiting putters and getters follow ac_queue's
 * rules exactly (waits.ac): FIFO, a cancelled waiter takes nothing and loses
 * nothing, a wake-up it received is passed on. ac_queue stays a ring buffer
 * of its own: its hot path is not slowed by the choice of order.
 *
 * Layer: leaves (the object and its non-blocking calls; its waits,
 * ac_pqueue_put, _get and _join, are waits.ac's; docs/pipeline.md, "The
 * runtime's layers").
 */
#include "sync.h"

#include <stdlib.h>
#include <string.h>

ac_pqueue *ac__pqueue_new(size_t item_size, size_t maxsize,
                          int (*cmp)(const void *a, const void *b)) {
    ac_pqueue *q;
    if (item_size == 0 || item_size > SIZE_MAX / 2)
        return NULL;
    if ((q = calloc(1, sizeof *q)) == NULL)
        return NULL;
    q->size = item_size;
    q->stride = AC__PQ_HDR + (item_size + AC__PQ_HDR - 1) / AC__PQ_HDR * AC__PQ_HDR;
    q->maxsize = maxsize;
    q->cmp = cmp;
    ac__wq_init(&q->getters);
    ac__wq_init(&q->putters);
    q->getters.pass = ac__pqueue_get_pass;
    q->putters.pass = ac__pqueue_put_pass;
    ac__join_init(&q->join);
    return q;
}

static unsigned char *ac__pq_at(const ac_pqueue *q, size_t i) { return q->heap + i * q->stride; }
static uint64_t ac__pq_seq(const unsigned char *e) {
    uint64_t s;
    memcpy(&s, e, sizeof s);
    return s;
}

/* Whether entry a comes out before entry b (a priority queue). */
static bool ac__pq_before(const ac_pqueue *q, const unsigned char *a, const unsigned char *b) {
    int c = q->cmp(a + AC__PQ_HDR, b + AC__PQ_HDR);
    if (c != 0)
        return c < 0;
    return ac__pq_seq(a) < ac__pq_seq(b);
}

static bool ac__pq_full(const ac_pqueue *q) { return q->maxsize > 0 && q->count >= q->maxsize; }

static int ac__pq_grow(ac_pqueue *q) {
    size_t cap = q->cap != 0 ? q->cap * 2 : 16;
    unsigned char *heap;
    if (q->maxsize > 0 && cap > q->maxsize)
        cap = q->maxsize;
    if (cap >= SIZE_MAX / q->stride)
        return AC_ENOMEM;
    /* one spare entry past the heap, for sifting */
    if ((heap = realloc(q->heap, (cap + 1) * q->stride)) == NULL)
        return AC_ENOMEM;
    q->heap = heap;
    q->cap = cap;
    return 0;
}

/* Sifts with a hole, not swaps: the entry moving up (down) waits in the spare
 * slot past the heap, and each level costs one comparison and one copy. A
 * LIFO queue is a stack: its order is the put order, newest first. */
static int ac__pq_push(ac_pqueue *q, const void *item) {
    size_t i;
    unsigned char *e;
    if (q->count == q->cap) {
        int err = ac__pq_grow(q);
        if (err != 0)
            return err;
    }
    i = q->count++;
    q->join.unfinished++;
    e = q->cmp != NULL ? ac__pq_at(q, q->cap) : ac__pq_at(q, i);
    memcpy(e, &q->seq, sizeof q->seq);
    q->seq++;
    memcpy(e + AC__PQ_HDR, item, q->size);
    if (q->cmp == NULL)
        return 0;
    while (i > 0 && ac__pq_before(q, e, ac__pq_at(q, (i - 1) / 2))) {
        memcpy(ac__pq_at(q, i), ac__pq_at(q, (i - 1) / 2), q->stride);
        i = (i - 1) / 2;
    }
    memcpy(ac__pq_at(q, i), e, q->stride);
    return 0;
}

static void ac__pq_pop(ac_pqueue *q, void *item) {
    size_t i = 0, n;
    unsigned char *last;
    if (q->cmp == NULL) { /* LIFO: the top of the stack */
        q->count--;
        if (item != NULL)
            memcpy(item, ac__pq_at(q, q->count) + AC__PQ_HDR, q->size);
        return;
    }
    if (item != NULL)
        memcpy(item, ac__pq_at(q, 0) + AC__PQ_HDR, q->size);
    n = --q->count;
    if (n == 0)
        return;
    last = ac__pq_at(q, n); /* the hole at the root takes it, or a child */
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && ac__pq_before(q, ac__pq_at(q, c + 1), ac__pq_at(q, c)))
            c++;
        if (!ac__pq_before(q, ac__pq_at(q, c), last))
            break;
        memcpy(ac__pq_at(q, i), ac__pq_at(q, c), q->stride);
        i = c;
    }
    memcpy(ac__pq_at(q, i), last, q->stride);
}

size_t ac_pqueue_size(const ac_pqueue *q) { return q != NULL ? q->count : 0; }

int ac_pqueue_put_nowait(ac_pqueue *q, const void *item) {
    int err;
    if (q == NULL || item == NULL)
        return AC_EINVAL;
    if (ac__pq_full(q))
        return AC_EAGAIN;
    if ((err = ac__pq_push(q, item)) != 0)
        return err;
    ac__wq_wake_next(&q->getters.head);
    return 0;
}

int ac_pqueue_get_nowait(ac_pqueue *q, void *item) {
    if (q == NULL)
        return AC_EINVAL;
    if (q->count == 0)
        return AC_EAGAIN;
    ac__pq_pop(q, item);
    ac__wq_wake_next(&q->putters.head);
    return 0;
}

int ac_pqueue_task_done(ac_pqueue *q) { return ac__join_done(q != NULL ? &q->join : NULL); }

void ac_pqueue_free(ac_pqueue *q) {
    if (q == NULL)
        return;
    ac__wq_gone(&q->getters.head);
    ac__wq_gone(&q->putters.head);
    ac__join_gone(&q->join);
    free(q->heap);
    free(q);
}

/* ac__wq_wait's pass-ons (a cancelled wait that had been woken), as
 * ac_queue's. */
void ac__pqueue_put_pass(ac__wq *putters, int how) {
    ac__wq_pass_next(putters, how, !ac__pq_full(ac__container_of(putters, ac_pqueue, putters)));
}

void ac__pqueue_get_pass(ac__wq *getters, int how) {
    ac__wq_pass_next(getters, how, ac__container_of(getters, ac_pqueue, getters)->count > 0);
}
