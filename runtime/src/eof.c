/*
 * eof.c: ac_write_eof, the half-close (asyncio's StreamWriter.write_eof()).
 *
 * uv_shutdown waits for the writes already queued, then shuts the sending
 * side (shutdown(SHUT_WR)): the peer reads the end of the stream, and this
 * side can still read what the peer sends. A server that refuses a request
 * while the client is still sending answers, half-closes, and reads what
 * still comes before closing: closing with unread bytes makes the kernel send
 * a reset, which can destroy the answer before the client reads it
 * (findings 520). Like ac_write's queued bytes, the request is a heap record
 * that its callback owns and frees; cancelling the wait only detaches it.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <stdlib.h>

typedef struct ac__eof_req {
    uv_shutdown_t req;
    ac__io_back back; /* the ac_write_eof waiting (io.h) */
} ac__eof_req;

static void ac__eof_on_done(uv_shutdown_t *req, int status) {
    ac__eof_req *r = ac__container_of(req, ac__eof_req, req);
    if (status == UV_ENOTSOCK) /* a pipe or TTY made a stream by ac_stream_open */
        status = ac__fd_stream_eof(req->handle->data);
    /* UV_ECANCELED: the stream was closed first. */
    ac__io_back_done(&r->back, status == UV_ECANCELED ? AC_EPIPE : status);
    free(r);
}

static void ac__eof_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_write_eof__frame *f = (ac_write_eof__frame *)(void *)x;
    (void)task;
    ac__io_cancel_wait(&f->io, &f->req, NULL); /* the shutdown goes on: the request owns itself */
}

int ac_write_eof__resume(void *frame, ac_task *task) {
    ac_write_eof__frame *f = frame;
    ac_loop *l = ac__cur;
    ac_stream *s = f->s;
    ac__eof_req *r;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || s == NULL)
            return ac__raise(task, AC_EINVAL);
        if (s->closing)
            return ac__raise(task, AC_EPIPE);
        if (l->io == NULL && ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        if (s->tx != NULL && (rc = s->tx->shutdown(s)) != 0) /* TLS: close_notify first */
            return ac__raise(task, rc);
        if ((r = malloc(sizeof *r)) == NULL)
            return ac__raise(task, AC_ENOMEM);
        /* AC_ENOTCONN when it is shut down already (or not connected) */
        if ((rc = uv_shutdown(&r->req, &s->u.s, ac__eof_on_done)) != 0) {
            free(r);
            return ac__raise(task, rc);
        }
        ac__io_back_link(&r->back, &f->io, &f->req);
        s->wfd = -1; /* ac_write's fast path: libuv refuses writes from now on */
        if (ac__io_cancel_pending(task)) { /* shut down, as asyncio's write_eof(); the wait is cancelled */
            ac__io_detach(&f->req);
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        }
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__eof_cancel);
    case AC__IO_WAITING:
        return ac__io_end_wait(&f->io, task, &f->req, NULL);
    default:
        return AC__DONE;
    }
}

AC__IO_DESC(ac_write_eof, ac_write_eof__frame);

ac_task *ac_write_eof(ac_stream *s) {
    ac_task *t = ac__coro_new(&ac_write_eof__desc);
    if (t != NULL)
        ac_write_eof__init(ac__frame(t), s);
    return t;
}
