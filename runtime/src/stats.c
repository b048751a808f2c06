/*
 * stats.c: ac_loop_stats, the loop's metrics (issue 14).
 *
 * The hot path keeps two numbers for it (loop.c: a step counter, and how
 * late the last timer that came due was); the rest is counted when asked:
 * the pending tasks (ac__pending_tasks), the ready queue, the timer heap. The
 * longest step is known only when steps are timed, which AC_DEBUG does.
 *
 * Layer: tools (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

int ac_loop_stats(ac_loop *l, ac_stats *out) {
    ac__vec v = {0};
    ac__item *it;
    int rc;

    if (l == NULL)
        l = ac__cur;
    if (l == NULL || out == NULL)
        return AC_EINVAL;
    rc = ac__pending_tasks(l, &v);
    out->tasks = v.n;
    ac__vec_free(&v);
    out->ready = 0;
    for (it = l->head; it != NULL; it = it->next)
        out->ready++;
    out->timers = l->heap_len;
    out->steps = l->steps;
    out->passes = ac__passes(l);
    out->longest_step = (double)l->longest_ns / 1e9;
    out->lag = (double)l->lag_ns / 1e9;
    out->virtual_skew = (double)l->vt_skew / 1e9;
    return rc;
}
