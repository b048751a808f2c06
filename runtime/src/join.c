/*
 * join.c: join and task_done on queues (asyncio's Queue.join() and
 * Queue.task_done(); issue 13), for ac_queue (sync.c) and ac_pqueue
 * (pqueue.c).
 *
 * Each queue embeds an ac__joinable: the count of items put and not yet
 * marked done (every put adds one), and a FIFO of the tasks in join. When the
 * count drops to 0 every joiner is woken (asyncio sets its _finished event),
 * and a joiner that was woken returns even if a put came meanwhile, as an
 * Event's wait does.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "waitq.h"

void ac__join_init(ac__joinable *j) {
    j->unfinished = 0;
    ac__wq_init(&j->waiters);
}

void ac__join_gone(ac__joinable *j) { ac__wq_gone(&j->waiters); }

int ac__join_done(ac__joinable *j) {
    if (j == NULL)
        return AC_EINVAL;
    if (j->unfinished == 0)
        return AC_EOVERFLOW; /* asyncio: ValueError, called too many times */
    if (--j->unfinished == 0)
        ac__wq_set_first(&j->waiters, SIZE_MAX);
    return 0;
}

/* The leaf of ac_queue_join and ac_pqueue_join. */
int ac__join_resume(ac__sync_leaf *lf, ac__joinable *j, ac_task *task) {
    bool cancelled;
    uint32_t how;

    switch (lf->w.w.state) {
    case AC__WQ_START:
        if (j == NULL || task == NULL || ac__cur == NULL)
            return ac__raise(task, AC_EINVAL);
        if (j->unfinished == 0) {
            lf->w.w.state = AC__WQ_OVER;
            return AC__DONE;
        }
        return ac__wq_sleep(lf, &j->waiters, task);
    case AC__WQ_SLEEP: /* j is not read: the queue may be freed */
        how = ac__wq_back(lf, task, &cancelled);
        lf->w.w.state = AC__WQ_OVER;
        if (cancelled)
            return ac__raise(task, AC_ECANCELED);
        return how == AC__WQ_GONE ? ac__raise(task, AC_EINVAL) : AC__DONE;
    default:
        return ac__raise(task, AC_EINVAL);
    }
}

/* ac_queue_task_done and ac_queue_join: sync.c (ac_pqueue's: pqueue.c), over
 * the joinable above. */
