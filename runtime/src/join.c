/*
 * join.c: join and task_done on queues (asyncio's Queue.join() and
 * Queue.task_done(); issue 13), for ac_queue (sync.c) and ac_pqueue
 * (pqueue.c).
 *
 * Each queue embeds an ac__joinable: the count of items put and not yet
 * marked done (every put adds one), and a FIFO of the tasks in join. When the
 * count drops to 0 every joiner is woken (asyncio sets its _finished event),
 * and a joiner that was woken returns even if a put came meanwhile, as an
 * Event's wait does. The waits, ac_queue_join and ac_pqueue_join, are
 * waits.ac's.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "waitq.h"

void ac__join_init(ac__joinable *j) {
    j->unfinished = 0;
    ac__wq_init(&j->waiters);
}

void ac__join_gone(ac__joinable *j) { ac__wq_gone(&j->waiters.head); }

int ac__join_done(ac__joinable *j) {
    if (j == NULL)
        return AC_EINVAL;
    if (j->unfinished == 0)
        return AC_EOVERFLOW; /* asyncio: ValueError, called too many times */
    if (--j->unfinished == 0)
        ac__wq_set_first(&j->waiters.head, SIZE_MAX);
    return 0;
}

/* ac_queue_task_done: sync.c (ac_pqueue's: pqueue.c), over the joinable
 * above. */
