/*
 * vtime.c: virtual time (issue 14), trio's autojump clock / tokio's
 * time::pause for Async C.
 *
 * The loop clock (ac__now, ac_time) is the monotonic clock plus the loop's
 * skew, 0 in real time. With virtual time on, when a pass finds nothing ready
 * and the earliest timer in the future (loop.c, ac__block), and libuv has no
 * work of its own (no active handle or request: no I/O being waited for, no
 * thread-pool job, no child process), the skew grows by the wait instead of
 * the loop sleeping: the clock jumps to the timer's deadline and the timer
 * fires at once. A program made of timers runs in the time its steps take,
 * printing what it prints in real time, in the same order.
 *
 * While I/O or a job is pending the clock does not jump: it runs at real
 * speed, the loop polls libuv as usual, and a timeout around the I/O fires
 * after its real duration. Handles that do not keep a loop alive (uv_unref:
 * the AC_DUMP_SIGNAL watcher) do not count as I/O.
 *
 * Layer: core (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"

#include <stdlib.h>

static void ac__vtime_on_poll(uv_timer_t *timer) {
    (void)timer; /* a zero timeout: it only makes uv_run poll once */
}

bool ac__vtime_jump(ac_loop *l) {
    uintptr_t top = ac__heap_top(l);
    uint64_t now, when;

    if (top == 0 || uv_loop_alive(&l->uv))
        return false;
    /* What is there already is seen before time moves, as it would be while
     * the loop slept: a signal delivered to a watcher that does not keep the
     * loop alive, a handle closing. One poll that does not wait. */
    uv_update_time(&l->uv);
    uv_timer_start(&l->timer, ac__vtime_on_poll, 0, 0);
    uv_ref((uv_handle_t *)&l->timer);
    uv_run(&l->uv, UV_RUN_ONCE);
    uv_unref((uv_handle_t *)&l->timer);
    uv_timer_stop(&l->timer);
    if (l->head != NULL || uv_loop_alive(&l->uv))
        return true; /* something to do now: no jump (the next pass sees it) */
    top = ac__heap_top(l); /* the poll may have run callbacks that moved it */
    if (top == 0)
        return true;
    now = ac__loop_now(l);
    when = ac__hent_when(top);
    if (when > now) {
        l->vt_skew += when - now;
        l->vt_jumps++;
    }
    return true;
}
