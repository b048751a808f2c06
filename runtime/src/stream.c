/*
 * stream.c: the loop's I/O state and its hooks (pending tasks, loop close),
 * and streams: reading into the stream's buffer, ac_read, ac__read_wait and
 * the non-blocking steps of read.ac (ac_read_exactly, ac_read_line), ac_close,
 * peer names (ac_write: write.c). Layer: leaves (primitive: ac_read and
 * ac__read_wait each wait on one wakeup: the stream's read callback).
 *
 * Reading: a stream reads (uv_read_start) from the first time a reader needs
 * data, into its own buffer, until the buffer holds AC__STREAM_HIGH bytes that
 * nobody asked for (then libuv stops reading and TCP pushes back on the peer).
 * One task at a time may wait in a read of a stream (another gets AC_EBUSY,
 * as asyncio's "already waiting" error). A reader is woken only once what it
 * asked for is there (ac_read: some bytes; ac__read_wait: n bytes buffered),
 * or the stream ended or failed; it then copies from the buffer (read.ac's
 * reads copy once they have all they need), so a cancelled read loses
 * nothing. A read waiting for some bytes with nothing buffered has libuv
 * read straight into its own buffer instead (s->direct); cancelled after
 * they came, it puts them back. The end of the
 * stream (UV_EOF) and read errors are sticky; data buffered before them is
 * read first. A waiting read is held by its stream (s->reader), not by the
 * loop's list of I/O leaves.
 *
 * Writing: write.c.
 *
 * A stream with a transport (s->tx: TLS, tls.c) hands what the wire brings to
 * it, which decodes into the buffer; ac_write sends what it encodes.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------- */
/* The loop's I/O state and the loop's hooks                                  */
/* ------------------------------------------------------------------------- */

static void ac__io_pending_tasks(ac_loop *l, ac__vec *v, void (*visit)(ac__vec *v, ac_task *t));
static void ac__io_loop_close(ac_loop *l);
/* The I/O state as a part of its loop (ac-int.h: ac__loop_part). */
static const ac__loop_part ac__io_part = {ac__io_pending_tasks, ac__io_loop_close};

ac__io *ac__io_get(ac_loop *l) {
    if (l->io == NULL) {
        ac__io *io = calloc(1, sizeof *io);
        if (io == NULL)
            return NULL;
        ac__dlink_init(&io->objs);
        ac__iolist_init(&io->leaves);
        l->io = io;
        l->io_part = &ac__io_part; /* how ac_loop_close closes it (loop.c) */
#ifdef SIGPIPE
        /* A write to a connection the peer closed must fail with EPIPE, not
         * kill the program (Python ignores SIGPIPE at start-up too). A
         * handler the program installed is left alone. */
        {
            struct sigaction sa;
            if (sigaction(SIGPIPE, NULL, &sa) == 0 && sa.sa_handler == SIG_DFL) {
                sa.sa_handler = SIG_IGN;
                sa.sa_flags = 0;
                sigemptyset(&sa.sa_mask);
                sigaction(SIGPIPE, &sa, NULL);
            }
        }
#endif
    }
    return l->io;
}

static void ac__stream_kill(ac__obj *o);

static void ac__io_pending_tasks(ac_loop *l, ac__vec *v, void (*visit)(ac__vec *v, ac_task *t)) {
    ac__iolink *d;
    ac__dlink *o;
    if (l->io == NULL)
        return;
    for (d = l->io->leaves.next; d != &l->io->leaves; d = d->next)
        visit(v, ac__container_of(d, ac__io_leaf, link)->task);
    /* Reads are not on that list: each open stream has at most one. */
    for (o = l->io->objs.next; o != &l->io->objs; o = o->next) {
        ac__obj *ob = ac__container_of(o, ac__obj, link);
        ac_stream *s = ac__container_of(ob, ac_stream, obj);
        if (ob->kill == ac__stream_kill && s->reader != NULL)
            visit(v, s->reader->io.task);
    }
}

static void ac__io_loop_close(ac_loop *l) {
    ac__io *io = l->io;
    if (io == NULL)
        return;
    /* Leaves first: their cancel hooks detach the requests that point at
     * frames and free what the frames hold; the tasks are destroyed next. */
    while (!ac__iolist_empty(&io->leaves)) {
        ac__io_leaf *f = ac__container_of(io->leaves.next, ac__io_leaf, link);
        ac__iolink_remove(&f->link);
        if (f->w.cancel != NULL)
            f->w.cancel(&f->w, f->task);
    }
    /* Then every object left open: closed now, freed by libuv's callbacks
     * (ac_loop_close runs the loop until they have run). A stream's close
     * ends the read waiting on it (reads are not on the list of leaves). */
    while (!ac__dlink_empty(&io->objs)) {
        ac__obj *o = ac__container_of(io->objs.next, ac__obj, link);
        ac__dlink_remove(&o->link);
        o->kill(o);
    }
    l->io = NULL;
    l->io_part = NULL;
    free(io);
}

/* ------------------------------------------------------------------------- */
/* Streams                                                                    */
/* ------------------------------------------------------------------------- */

static void ac__stream_kill(ac__obj *o) {
    ac__stream_close(ac__container_of(o, ac_stream, obj));
}

ac_stream *ac__stream_new(ac_loop *l, int type, int *err) {
    ac_stream *s;
    int rc;

    if (ac__io_get(l) == NULL) {
        *err = AC_ENOMEM;
        return NULL;
    }
    s = calloc(1, sizeof *s);
    if (s == NULL) {
        *err = AC_ENOMEM;
        return NULL;
    }
    rc = type == AC__STREAM_TCP ? uv_tcp_init(&l->uv, &s->u.tcp) : uv_pipe_init(&l->uv, &s->u.pipe, 0);
    if (rc != 0) {
        free(s);
        *err = rc;
        return NULL;
    }
    s->u.h.data = s;
    s->loop = l;
    s->type = (uint8_t)type;
    s->obj.kill = ac__stream_kill;
    ac__io_add_obj(l, &s->obj);
    return s;
}

static void ac__stream_on_close(uv_handle_t *h) {
    ac_stream *s = h->data;
    free(s->buf);
    free(s);
}

int ac__stream_close(ac_stream *s) {
    ac__read__frame *f;

    if (s == NULL)
        return AC_EINVAL;
    if (s->closing)
        return 0;
    s->closing = true;
    s->rd_plain = false;
    if (s->backref != NULL) {
        *s->backref = NULL;
        s->backref = NULL;
    }
    /* A task waiting in a read of s sees the end of the stream, without
     * touching s again (it may be freed before that task runs). */
    if ((f = s->reader) != NULL) {
        s->reader = NULL;
        s->direct = NULL;
        f->s = NULL;
        ac__io_wake(&f->io, 0);
    }
    s->wfd = -1;
    if (s->tx != NULL) /* TLS: close_notify if it can, and free its state */
        s->tx->close(s);
    free(s->buf);
    s->buf = NULL;
    s->start = s->len = s->cap = 0;
    ac__dlink_remove(&s->obj.link);
    /* uv_close stops reading; queued writes end with UV_ECANCELED (their
     * callbacks run before ours, with s still alive). */
    if (!uv_is_closing(&s->u.h))
        uv_close(&s->u.h, ac__stream_on_close);
    return 0;
}

size_t ac_stream_buffered(const ac_stream *s) {
    if (s == NULL)
        return 0;
    /* Bytes that came straight into a woken reader's buffer count until it runs. */
    if (s->reader != NULL && s->reader->io.w.w.state == 3 /* AC__READ_GOT */)
        return s->len + (size_t)s->reader->ac__ret;
    return s->len;
}

int ac_addr_string(const struct sockaddr *sa, char *buf, size_t n) {
    char ip[64];
    int k, rc;

    if (sa == NULL || buf == NULL || n == 0)
        return AC_EINVAL;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        if ((rc = uv_ip4_name(in, ip, sizeof ip)) != 0)
            return rc;
        k = snprintf(buf, n, "%s:%d", ip, ntohs(in->sin_port));
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        if ((rc = uv_ip6_name(in6, ip, sizeof ip)) != 0)
            return rc;
        k = snprintf(buf, n, "[%s]:%d", ip, ntohs(in6->sin6_port));
    } else {
        return AC_EAFNOSUPPORT;
    }
    return k < 0 || (size_t)k >= n ? AC_ENOBUFS : 0;
}

int ac_stream_peer(const ac_stream *s, char *buf, size_t n) {
    struct sockaddr_storage ss;
    int len = sizeof ss, rc;

    if (s == NULL || buf == NULL || n == 0)
        return AC_EINVAL;
    if (s->closing)
        return AC_EBADF;
    if (s->type == AC__STREAM_TCP) {
        rc = uv_tcp_getpeername(&s->u.tcp, (struct sockaddr *)&ss, &len);
        if (rc != 0)
            return rc;
        return ac_addr_string((const struct sockaddr *)&ss, buf, n);
    }
    {
        size_t size = n;
        rc = uv_pipe_getpeername(&s->u.pipe, buf, &size);
        if (rc == UV_ENOBUFS)
            return AC_ENOBUFS;
        if (rc != 0) { /* a process pipe has no peer name */
            buf[0] = '\0';
            return 0;
        }
        if (size >= n)
            return AC_ENOBUFS;
        buf[size] = '\0';
        return 0;
    }
}

/* ------------------------------------------------------------------------- */
/* The read buffer                                                            */
/* ------------------------------------------------------------------------- */

/* libuv reads into this (one loop per thread, and libuv calls alloc, read and
 * read_cb one after the other), and the read callback appends what came to
 * the stream's own buffer: an idle connection costs no 64 KiB. */
static _Thread_local char ac__read_scratch[64 * 1024];

/* The leaf state of a read whose bytes libuv put straight into the reader's
 * buffer (f->ac__ret of them): see ac__stream_alloc. */
enum { AC__READ_GOT = 3 };

/* A task waits in ac_read with nothing buffered (s->direct, set when it
 * suspends, cleared when it is woken): libuv reads straight into its buffer
 * (one copy less), and the read ends with what came. Otherwise into the
 * scratch buffer, appended to the stream's buffer by on_read. */
static __attribute__((noinline)) void ac__stream_alloc_scratch(uv_buf_t *buf) {
    buf->base = ac__read_scratch;
    buf->len = sizeof ac__read_scratch;
}

static void ac__stream_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    ac_stream *s = h->data;
    (void)suggested;
    if (s->direct != NULL) {
        buf->base = s->direct;
        buf->len = s->direct_len;
        return;
    }
    ac__stream_alloc_scratch(buf); /* out of line: its thread-local needs a call */
}

static int ac__stream_append(ac_stream *s, const char *p, size_t k) {
    if (s->start + s->len + k > s->cap) {
        if (s->start != 0) {
            memmove(s->buf, s->buf + s->start, s->len);
            s->start = 0;
        }
        if (s->len + k > s->cap) {
            size_t cap = s->cap != 0 ? s->cap : 1024;
            char *nb;
            while (cap < s->len + k)
                cap *= 2;
            nb = realloc(s->buf, cap);
            if (nb == NULL)
                return AC_ENOMEM;
            s->buf = nb;
            s->cap = cap;
        }
    }
    memcpy(s->buf + s->start + s->len, p, k);
    s->len += k;
    return 0;
}

static void ac__stream_stop(ac_stream *s);

/* Puts k bytes back in front of what s holds (a read that got them straight
 * into its buffer and was cancelled before it ran: asyncio keeps them). */
static void ac__stream_unread(ac_stream *s, const char *p, size_t k) {
    size_t had = s->len;
    if (ac__stream_append(s, p, k) != 0) {
        s->err = AC_ENOMEM;
        ac__stream_stop(s);
        return;
    }
    memmove(s->buf + s->start + k, s->buf + s->start, had);
    memcpy(s->buf + s->start, p, k);
}

static void ac__stream_consume(ac_stream *s, void *out, size_t k) {
    if (out != NULL)
        memcpy(out, s->buf + s->start, k);
    s->start += k;
    s->len -= k;
    if (s->len == 0) {
        s->start = 0;
        if (s->cap > AC__STREAM_HIGH) { /* after a burst: give the memory back */
            free(s->buf);
            s->buf = NULL;
            s->cap = 0;
        }
    }
}

static void ac__stream_stop(ac_stream *s) {
    if (s->reading) {
        uv_read_stop(&s->u.s);
        s->reading = false;
        s->rd_plain = false;
    }
}

/* Whether the read f waits for is there (or can never be). */
static bool ac__read_ready(const ac__read__frame *f) {
    const ac_stream *s = f->s;
    if (s->err != 0)
        return true;
    return f->mode == AC__READ_SOME ? s->len > 0 : s->len >= f->n;
}

static void ac__stream_on_wire(ac_stream *s, ssize_t nread, const uv_buf_t *buf);
static __attribute__((noinline)) void ac__stream_on_read_more(ac_stream *s, ssize_t nread,
                                                              const uv_buf_t *buf);

static void ac__stream_on_read(uv_stream_t *h, ssize_t nread, const uv_buf_t *buf) {
    ac_stream *s = h->data;

    if (nread > 0 && buf->base == s->direct) {
        /* Straight into the waiting reader's buffer (ac__stream_alloc): the
         * read is over, its task runs on this pass (ac__io_wake, inline, so
         * that this common case needs no prologue; err is 0 since it
         * suspended). The reader stays s->reader until it runs. */
        ac__read__frame *f = s->reader;
        ac_task *task = f->io.task;
        s->direct = NULL;
        f->ac__ret = (int)nread;
        ac__waiter_set(&f->io.w.w, AC__WAIT_CUSTOM, AC__READ_GOT); /* (kind as parked) */
        f->io.woken = 1;
        task->flags |= AC__F_QUEUED;
        ac__ready_push(ac__cur, &task->q);
        return;
    }
    ac__stream_on_read_more(s, nread, buf);
}

static void ac__stream_on_read_more(ac_stream *s, ssize_t nread, const uv_buf_t *buf) {
    ac__read__frame *f;

    if (s->tx != NULL) { /* TLS: the transport decodes (end of this file) */
        ac__stream_on_wire(s, nread, buf);
        return;
    }
    if (nread > 0) {
        if (ac__stream_append(s, buf->base, (size_t)nread) != 0) {
            s->err = AC_ENOMEM;
            ac__stream_stop(s);
        }
    } else if (nread < 0) {
        s->err = (int)nread; /* UV_EOF, or ECONNRESET...: sticky */
        ac__stream_stop(s);
    } else {
        return; /* EAGAIN */
    }
    f = s->reader;
    if (f != NULL && !f->io.woken && ac__read_ready(f)) {
        s->direct = NULL;
        ac__io_wake(&f->io, 0);
    }
    /* Back-pressure: stop once enough is buffered for nobody in particular. */
    if (s->reading && s->len >= AC__STREAM_HIGH && (f == NULL || f->io.woken))
        ac__stream_stop(s);
}

/* Makes sure s reads (when it can still). */
static void ac__stream_want(ac_stream *s) {
    int rc;
    if (s->reading || s->err != 0 || s->closing)
        return;
    rc = uv_read_start(&s->u.s, ac__stream_alloc, ac__stream_on_read);
    if (rc != 0) {
        s->err = rc;
    } else {
        s->reading = true;
        s->rd_plain = s->tx == NULL;
    }
}

/* ------------------------------------------------------------------------- */
/* ac_read, ac_read_exactly, ac_read_line                                     */
/* ------------------------------------------------------------------------- */

/* Completes read f from the buffer if it can: AC__DONE (result in ac__ret),
 * AC__FAIL (raised), or AC__SUSPEND when it must wait. */
static int ac__read_try(ac__read__frame *f, ac_task *task) {
    ac_stream *s = f->s;
    size_t n = f->n, k;

    if (f->mode == AC__READ_WAIT) { /* read.ac reads what is there, or the end */
        if (s->len >= n || s->err != 0) {
            f->ac__ret = 1;
            return AC__DONE;
        }
        return AC__SUSPEND;
    }
    if (n > INT_MAX)
        n = INT_MAX;
    if (n == 0) {
        f->ac__ret = 0;
        return AC__DONE;
    }
    if (s->len > 0) {
        k = s->len < n ? s->len : n;
        ac__stream_consume(s, f->buf, k);
        f->ac__ret = (int)k;
        return AC__DONE;
    }
    if (s->err == UV_EOF) {
        f->ac__ret = 0;
        return AC__DONE;
    }
    if (s->err != 0)
        return ac__raise(task, s->err);
    return AC__SUSPEND;
}

/* A read leaf is not on the loop's list of I/O leaves: its stream holds it
 * (s->reader), and the loop finds it there (ac__io_pending_tasks; at
 * ac_loop_close the stream's close ends it). So its link is never used, and
 * its initialiser leaves it unset. */

static void ac__read_cancel(ac__waiter_ex *x, ac_task *task) {
    ac__read__frame *f = (ac__read__frame *)(void *)x;
    (void)task;
    if (f->s != NULL && f->s->reader == f) {
        f->s->reader = NULL;
        f->s->direct = NULL;
    }
    f->s = NULL;
    ac__io_wake(&f->io, AC_ECANCELED);
}

/* Parks task in read f of s (state AC__IO_WAITING): ac__io_suspend
 * without the list. */
static inline __attribute__((always_inline)) void ac__read_park(ac_stream *s, ac__read__frame *f,
                                                                ac_task *task) {
    ac__waiter_set(&f->io.w.w, AC__WAIT_CUSTOM, AC__IO_WAITING);
    f->io.w.cancel = ac__read_cancel;
    f->io.task = task;
    f->io.err = 0;
    f->io.woken = 0;
    task->u.co.wait = &f->io.w.w;
    s->reader = f;
}

/* Suspends task in read f of s. While it waits for some bytes with nothing
 * buffered, libuv reads straight into its buffer (s->direct). */
static inline __attribute__((always_inline)) int ac__read_suspend(ac_stream *s, ac__read__frame *f,
                                                                  ac_task *task) {
    ac__read_park(s, f, task);
    if (f->mode == AC__READ_SOME && s->len == 0 && s->tx == NULL && f->n != 0) {
        s->direct = f->buf;
        s->direct_len = f->n < INT_MAX ? f->n : INT_MAX;
    }
    return AC__SUSPEND;
}

/* ac__io_resumed for a read (not on the list). */
static inline bool ac__read_resumed(ac__read__frame *f, ac_task *task) {
    f->io.w.w.kind = AC__WAIT_NONE;
    f->io.woken = 0;
    if (task->flags & AC__F_CANCEL) {
        task->flags &= ~AC__F_CANCEL;
        return true;
    }
    return false;
}

static __attribute__((noinline)) int ac__read_slow(ac__read__frame *f, ac_task *task);

/* mode: the read's, when the resume function knows it (ac_read's), else -1. */
static inline __attribute__((always_inline)) int ac__read_resume(void *frame, ac_task *task,
                                                                 int mode) {
    ac__read__frame *f = frame;
    ac_stream *s = f->s;

    /* The common cases, without a prologue: the bytes came straight into the
     * buffer (not cancelled meanwhile, the stream still open: the frame is
     * done with, nothing in it needs resetting); or a first call of ac_read
     * for 1..INT_MAX bytes on a plain stream that reads and holds nothing:
     * wait, libuv reading into buf. */
    if (f->io.w.w.state == AC__READ_GOT) {
        if (s != NULL && !(task->flags & AC__F_CANCEL)) {
            s->reader = NULL;
            return AC__DONE;
        }
    } else if (mode == AC__READ_SOME && f->io.w.w.state == 0 && s != NULL && s->rd_plain &&
               s->len == 0 && s->reader == NULL && f->n - 1 < (size_t)INT_MAX &&
               f->buf != NULL && !ac__io_cancel_pending(task)) {
        ac__read_park(s, f, task); /* and ac__read_suspend's direct buffer, its tests passed */
        s->direct = f->buf;
        s->direct_len = f->n;
        return AC__SUSPEND;
    }
    return ac__read_slow(f, task);
}

static int ac__read_slow(ac__read__frame *f, ac_task *task) {
    ac_loop *l = ac__cur;
    ac_stream *s = f->s;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        if (task == NULL || l == NULL || s == NULL || s->closing ||
            (f->buf == NULL && f->mode == AC__READ_SOME))
            return ac__raise(task, AC_EINVAL);
        if (s->reader != NULL)
            return ac__raise(task, AC_EBUSY);
        rc = ac__read_try(f, task);
        if (rc != AC__SUSPEND) {
            f->io.w.w.state = AC__IO_OVER;
            return rc;
        }
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        ac__stream_want(s);
        if (s->err != 0) { /* could not start reading */
            f->io.w.w.state = AC__IO_OVER;
            return ac__raise(task, s->err);
        }
        return ac__read_suspend(s, f, task);
    case AC__IO_WAITING:
        if (ac__read_resumed(f, task)) {
            if (s != NULL && s->reader == f) {
                s->reader = NULL;
                s->direct = NULL;
            }
            f->io.w.w.state = AC__IO_OVER;
            return ac__raise(task, AC_ECANCELED);
        }
        if (s == NULL) { /* closed while we waited: the end of the stream (the wait: 0) */
            f->ac__ret = 0;
            f->io.w.w.state = AC__IO_OVER;
            return AC__DONE;
        }
        s->reader = NULL;
        s->direct = NULL;
        rc = ac__read_try(f, task);
        if (rc == AC__SUSPEND) { /* not there after all: wait on */
            ac__stream_want(s);
            if (s->err != 0) { /* could not start reading */
                f->io.w.w.state = AC__IO_OVER;
                return ac__raise(task, s->err);
            }
            return ac__read_suspend(s, f, task);
        }
        /* Read on ahead only while below the high-water mark. */
        if (s->reading && s->len >= AC__STREAM_HIGH)
            ac__stream_stop(s);
        f->io.w.w.state = AC__IO_OVER;
        return rc;
    case AC__READ_GOT:
        /* Cancelled after its bytes came, or the stream closed meanwhile. */
        f->io.w.w.state = AC__IO_OVER;
        if (ac__read_resumed(f, task)) {
            if (s != NULL) {
                if (s->reader == f)
                    s->reader = NULL;
                ac__stream_unread(s, f->buf, (size_t)f->ac__ret);
            }
            return ac__raise(task, AC_ECANCELED);
        }
        if (s != NULL) /* (not reached: the fast path took it) */
            s->reader = NULL;
        return AC__DONE;
    default:
        return AC__DONE;
    }
}

int ac_read__resume(void *frame, ac_task *task) {
    return ac__read_resume(frame, task, AC__READ_SOME);
}
int ac__read_wait__resume(void *frame, ac_task *task) { return ac__read_slow(frame, task); }

AC__IO_DESC_RET(ac_read, ac__read__frame);
AC__IO_DESC_RET(ac__read_wait, ac__read__frame);

ac_task *ac_read(ac_stream *s, void *buf, size_t n) {
    ac_task *t = ac__coro_new(&ac_read__desc);
    if (t != NULL)
        ac_read__init(ac__frame(t), s, buf, n);
    return t;
}

ac_task *ac__read_wait(ac_stream *s, size_t want) {
    ac_task *t = ac__coro_new(&ac__read_wait__desc);
    if (t != NULL)
        ac__read_wait__init(ac__frame(t), s, want);
    return t;
}

/* ------------------------------------------------------------------------- */
/* read.ac's non-blocking steps (ac_read_exactly, ac_read_line)               */
/* ------------------------------------------------------------------------- */

int ac__read_check(const ac_stream *s, const void *buf) {
    if (s == NULL || s->closing || buf == NULL)
        return AC_EINVAL;
    return s->reader != NULL ? AC_EBUSY : 0;
}

int ac__read_end(const ac_stream *s) { return s->err; }

void ac__read_take(ac_stream *s, void *buf, size_t k) {
    if (k == 0) /* (s->buf may be NULL) */
        return;
    ac__stream_consume(s, buf, k);
    /* Read on ahead only while below the high-water mark (as ac_read). */
    if (s->reading && s->len >= AC__STREAM_HIGH)
        ac__stream_stop(s);
}

size_t ac__read_find_line(const ac_stream *s, size_t n, size_t *seen) {
    size_t k = s->len < n ? s->len : n;
    const char *nl;
    if (*seen >= k)
        return 0;
    nl = memchr(s->buf + s->start + *seen, '\n', k - *seen);
    *seen = k;
    return nl != NULL ? (size_t)(nl - (s->buf + s->start)) + 1 : 0;
}

/* ------------------------------------------------------------------------- */
/* Transports (TLS, tls.c): the stream's side of their hooks                  */
/* ------------------------------------------------------------------------- */

/* on_read for a stream with a transport: it decodes what came into the
 * buffer; then the reader is woken as for plain bytes. */
static void ac__stream_on_wire(ac_stream *s, ssize_t nread, const uv_buf_t *buf) {
    ac__read__frame *f;

    if (nread == 0)
        return; /* EAGAIN */
    s->tx->on_read(s, nread, buf->base);
    if (s->err != 0)
        ac__stream_stop(s);
    f = s->reader;
    if (f != NULL && !f->io.woken && ac__read_ready(f)) {
        s->direct = NULL;
        ac__io_wake(&f->io, 0);
    }
    if (s->reading && s->len >= AC__STREAM_HIGH && (f == NULL || f->io.woken))
        ac__stream_stop(s);
}

int ac__stream_deliver(ac_stream *s, const char *p, size_t k) { return ac__stream_append(s, p, k); }

void ac__stream_read_on(ac_stream *s) { ac__stream_want(s); }
