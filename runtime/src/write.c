/*
 * write.c: ac_write (split from stream.c, whose streams it writes).
 *
 * ac_write first tries to write at once: on a TCP stream with nothing queued
 * in libuv, write(2) itself (s->wfd: what uv_try_write would do after checks
 * whose answer the stream knows: connected, not shut down, the descriptor);
 * otherwise uv_try_write. What the system does not take is copied into a heap
 * request queued with uv_write, and the task waits for its callback.
 * Cancelling that wait leaves the bytes queued (they are the request's, not
 * the frame's), as asyncio's drain(). A stream with a transport (TLS) sends
 * what the transport encodes.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#ifndef _WIN32
#include <unistd.h>
#endif

/* The bytes the system did not take at once, queued with uv_write. The
 * callback owns it: it wakes the frame if one still waits, and frees it. */
typedef struct ac__write_req {
    uv_write_t req;
    ac__io_back back;          /* the ac_write waiting (io.h) */
    size_t len;
    char data[];
} ac__write_req;

static void ac__write_on_done(uv_write_t *req, int status) {
    ac__write_req *r = ac__container_of(req, ac__write_req, req);
    /* UV_ECANCELED: the stream was closed under the write. */
    ac__io_back_done(&r->back, status == UV_ECANCELED ? AC_EPIPE : status);
    free(r);
}

static void ac__write_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_write__frame *f = (ac_write__frame *)(void *)x;
    (void)task;
    ac__io_cancel_wait(&f->io, &f->req, NULL); /* the bytes stay queued: the request owns them */
}

static __attribute__((noinline)) int ac__write_slow(ac_write__frame *f, ac_task *task, int tried);

/* What write(2)'s failure means to ac_write: as uv_try_write says it (an
 * interrupted call wrote nothing: the rest is queued, as for EAGAIN). */
static __attribute__((noinline)) int ac__write_errno(void) {
    int e = errno;
    if (e == EAGAIN || e == EWOULDBLOCK || e == ENOBUFS || e == EINTR)
        return UV_EAGAIN;
    return -e;
}

/* The common case: a first call the system takes at once. On a TCP stream
 * (s->wfd) with no write queued in libuv, this is uv_try_write's own test and
 * its write(2), without its checks of what we know already (connected, not
 * shut down: ac_write_eof, ac_close and ac_start_tls turn s->wfd off). */
int ac_write__resume(void *frame, ac_task *task) {
    ac_write__frame *f = frame;
    ac_stream *s = f->s;

#ifndef _WIN32
    if (f->io.w.w.state == 0 && s != NULL && s->wfd > 0 && s->u.s.write_queue_size == 0 &&
        f->n - 1 < (size_t)1 << 30) {
        ssize_t k = write(s->wfd - 1, f->buf, f->n);
        if (k == (ssize_t)f->n)
            return AC__DONE;
        return ac__write_slow(f, task, k >= 0 ? (int)k : ac__write_errno());
    }
#endif
    return ac__write_slow(f, task, INT_MIN);
}

/* The descriptor + 1 that ac_write's fast path may write to, or -1. */
static int ac__stream_wfd(ac_stream *s) {
    uv_os_fd_t fd;
#ifdef _WIN32
    (void)s;
    (void)fd;
    return -1;
#else
    if (s->type != AC__STREAM_TCP || s->tx != NULL || s->closing ||
        uv_fileno(&s->u.h, &fd) != 0 || fd < 0)
        return -1;
    return fd + 1;
#endif
}

/* ac_write__resume, from the start (tried == INT_MIN) or after the fast path's
 * write(2) returned tried (bytes, or UV_EAGAIN or an error). */
static int ac__write_slow(ac_write__frame *f, ac_task *task, int tried) {
    ac_loop *l = ac__cur;
    ac_stream *s = f->s;
    const char *p = f->buf; /* the bytes to send: f's, or what a transport made of them */
    size_t n = f->n, done = 0, rest;
    ac__write_req *r;
    uv_buf_t b;
    int rc;

    if (tried != INT_MIN) {
        f->io.w.w.state = AC__IO_OVER;
        rc = tried;
        if (rc == UV_EFAULT && p == NULL) /* what the slow path says without trying */
            return ac__raise(task, AC_EINVAL);
        if (task == NULL || l == NULL || l->io == NULL) /* (a stream implies l->io) */
            return ac__raise(task, rc < 0 && rc != UV_EAGAIN ? rc : AC_EINVAL);
        goto after_try;
    }
    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || s == NULL || (f->buf == NULL && f->n != 0))
            return ac__raise(task, AC_EINVAL);
        if (s->closing)
            return ac__raise(task, AC_EPIPE);
        if (f->n == 0)
            return AC__DONE;
        if (l->io == NULL && ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        if (s->wfd == 0) /* the fast path's descriptor, from the next call on */
            s->wfd = ac__stream_wfd(s);
        if (s->tx != NULL && (rc = s->tx->encode(s, &p, &n)) != 0) /* TLS records */
            return ac__raise(task, rc);
        /* At once if the system takes it all (libuv refuses while writes are
         * queued, which keeps the order). */
        b.base = (char *)p;
        b.len = n > (1u << 30) ? (1u << 30) : (unsigned)n;
        rc = uv_try_write(&s->u.s, &b, 1);
    after_try:
        if (rc >= 0)
            done = (size_t)rc;
        else if (rc != UV_EAGAIN && rc != UV_ENOSYS)
            return ac__raise(task, rc);
        if (done == n)
            return AC__DONE;
        rest = n - done;
        if (rest > UINT_MAX) /* one uv_buf_t holds < 4 GiB */
            return ac__raise(task, AC_E2BIG);
        r = malloc(sizeof *r + rest);
        if (r == NULL)
            return ac__raise(task, AC_ENOMEM);
        memcpy(r->data, p + done, rest);
        r->len = rest;
        b = uv_buf_init(r->data, (unsigned)rest);
        rc = uv_write(&r->req, &s->u.s, &b, 1, ac__write_on_done);
        if (rc != 0) {
            free(r);
            return ac__raise(task, rc);
        }
        ac__io_back_link(&r->back, &f->io, &f->req);
        f->io.link.prev = f->io.link.next = NULL; /* (ac_write__init leaves it unset) */
        if (ac__io_cancel_pending(task)) { /* queued, as asyncio's write(); the wait is cancelled */
            ac__io_detach(&f->req);
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        }
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__write_cancel);
    case AC__IO_WAITING:
        return ac__io_end_wait(&f->io, task, &f->req, NULL);
    default:
        return AC__DONE;
    }
}

AC__IO_DESC(ac_write, ac_write__frame);

ac_task *ac_write(ac_stream *s, const void *buf, size_t n) {
    ac_task *t = ac__coro_new(&ac_write__desc);
    if (t != NULL)
        ac_write__init(ac__frame(t), s, buf, n);
    return t;
}
