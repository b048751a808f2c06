/*
 * signal.c: `await ac_signal(signum)` waits for one delivery of signum.
 *
 * The first wait for a signal on a loop installs a libuv watcher for it,
 * which stays until the loop closes (libuv then restores the default
 * action): from then on the signal never takes its default action (killing
 * the program) while the loop lives. A delivery wakes every task waiting for
 * that signal at that moment; a delivery that finds nobody waiting is kept
 * (one, as POSIX keeps a pending signal) and the next ac_signal(signum)
 * returns at once. The watcher keeps the loop alive only while a task waits
 * on it (uv_ref / uv_unref).
 *
 * Layer: leaves (one wait: a delivery of the signal; docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <stdlib.h>

struct ac__sigw {
    ac__obj obj;
    uv_signal_t h;
    int signum;
    bool pending;              /* delivered while nobody waited */
    ac__iolink waiters;        /* ac_signal__frame.wl */
    ac__sigw *next;            /* the loop's list (io->sigs) */
};

static void ac__sigw_on_close(uv_handle_t *h) { free(h->data); }

static void ac__sigw_kill(ac__obj *o) {
    ac__sigw *sw = ac__container_of(o, ac__sigw, obj);
    /* The loop's list goes with the loop's I/O state. */
    uv_close((uv_handle_t *)&sw->h, ac__sigw_on_close);
}

static void ac__sigw_reref(ac__sigw *sw) {
    if (ac__iolist_empty(&sw->waiters))
        uv_unref((uv_handle_t *)&sw->h);
    else
        uv_ref((uv_handle_t *)&sw->h);
}

static void ac__sigw_on_signal(uv_signal_t *h, int signum) {
    ac__sigw *sw = h->data;
    (void)signum;
    if (ac__iolist_empty(&sw->waiters)) {
        sw->pending = true;
        return;
    }
    while (!ac__iolist_empty(&sw->waiters)) {
        ac_signal__frame *f = ac__container_of(sw->waiters.next, ac_signal__frame, wl);
        ac__iolink_remove(&f->wl);
        f->sw = NULL;
        ac__io_wake(&f->io, 0);
    }
    ac__sigw_reref(sw);
}

static int ac__sigw_get(ac_loop *l, int signum, ac__sigw **out) {
    ac__io *io = ac__io_get(l);
    ac__sigw *sw;
    int rc;

    if (io == NULL)
        return AC_ENOMEM;
    for (sw = io->sigs; sw != NULL; sw = sw->next)
        if (sw->signum == signum) {
            *out = sw;
            return 0;
        }
    sw = calloc(1, sizeof *sw);
    if (sw == NULL)
        return AC_ENOMEM;
    rc = uv_signal_init(&l->uv, &sw->h);
    if (rc != 0) {
        free(sw);
        return rc;
    }
    sw->h.data = sw;
    rc = uv_signal_start(&sw->h, ac__sigw_on_signal, signum);
    if (rc != 0) {
        uv_close((uv_handle_t *)&sw->h, ac__sigw_on_close);
        return rc;
    }
    uv_unref((uv_handle_t *)&sw->h);
    sw->signum = signum;
    ac__iolist_init(&sw->waiters);
    sw->obj.kill = ac__sigw_kill;
    ac__io_add_obj(l, &sw->obj);
    sw->next = io->sigs;
    io->sigs = sw;
    *out = sw;
    return 0;
}

static void ac__signal_leave(ac_signal__frame *f) {
    if (f->sw != NULL) {
        ac__iolink_remove(&f->wl);
        ac__sigw_reref(f->sw);
        f->sw = NULL;
    }
}

static void ac__signal_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_signal__frame *f = (ac_signal__frame *)(void *)x;
    (void)task;
    ac__iolink_remove(&f->io.link);
    ac__signal_leave(f);
    ac__io_wake(&f->io, AC_ECANCELED);
}

int ac_signal__resume(void *frame, ac_task *task) {
    ac_signal__frame *f = frame;
    ac_loop *l = ac__cur;
    ac__sigw *sw;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || f->signum <= 0 || f->signum >= 65)
            return ac__raise(task, AC_EINVAL);
        rc = ac__sigw_get(l, f->signum, &sw);
        if (rc != 0)
            return ac__raise(task, rc);
        if (sw->pending) {
            sw->pending = false;
            f->ac__ret = f->signum;
            return AC__DONE;
        }
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        f->sw = sw;
        ac__iolist_append(&sw->waiters, &f->wl);
        ac__sigw_reref(sw);
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__signal_cancel);
    case AC__IO_WAITING:
        f->io.w.w.state = AC__IO_OVER;
        if (ac__io_resumed(&f->io, task)) {
            ac__signal_leave(f);
            return ac__raise(task, AC_ECANCELED);
        }
        f->ac__ret = f->signum;
        return AC__DONE;
    default:
        return AC__DONE;
    }
}

AC__IO_DESC_RET(ac_signal, ac_signal__frame);

ac_task *ac_signal(int signum) {
    ac_task *t = ac__coro_new(&ac_signal__desc);
    if (t != NULL)
        ac_signal__init(ac__frame(t), signum);
    return t;
}
