/*
 * udp.c: UDP endpoints (asyncio's create_datagram_endpoint, as awaited calls
 * rather than a protocol's callbacks). `await ac_udp_bind(host, port)` or
 * `await ac_udp_connect(host, port)` gives an ac_udp *; `await
 * ac_udp_send(u, buf, n, host, port)` sends one datagram; `await
 * ac_udp_recv(u, buf, n, &from)` gives the next one; ac_udp_close(u) closes.
 *
 * Receiving: libuv reads into a per-thread scratch buffer and the callback
 * copies each datagram into a record of its own size on the endpoint's
 * queue. The queue is bounded (AC__UDP_QUEUE datagrams): once full, reading
 * stops and the kernel's socket buffer holds (or drops) what comes, which is
 * what UDP promises. Reading starts with the first receive. Receivers wait
 * in FIFO order; a datagram wakes the first receiver that is not woken yet,
 * which takes the oldest datagram when it runs. Nothing is copied into a
 * receiver's buffer until it runs, so a receiver cancelled after its wake-up
 * loses nothing: it passes the wake-up on.
 *
 * Sending: uv_udp_try_send first (no allocation, no suspension); when the
 * socket is busy, the datagram is copied into a heap record queued with
 * uv_udp_send, and the record's callback owns it: cancelling the wait only
 * detaches it (the datagram may still go out, as a write already queued).
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Datagrams received and not taken before reading pauses. */
#define AC__UDP_QUEUE 64
/* The largest UDP payload (IPv4: 65507; IPv6 without jumbograms: 65527). */
#define AC__UDP_MAX 65536

typedef struct ac__udp_dgram ac__udp_dgram;
struct ac__udp_dgram {
    ac__udp_dgram *next;
    struct sockaddr_storage from;
    int err;                   /* a receive error instead of a datagram */
    bool partial;              /* libuv truncated it (UV_UDP_PARTIAL) */
    size_t len;
    char data[];
};

struct ac_udp {
    ac__obj obj;
    uv_udp_t h;
    ac_loop *loop;
    ac__udp_dgram *head, *tail; /* received, not taken */
    size_t queued;
    unsigned lost;             /* datagrams dropped for lack of memory, not reported yet */
    ac__iolink readers;        /* ac_udp_recv__frame.wl, in the order they came */
    bool receiving;            /* uv_udp_recv_start is on */
    bool closing;
};

typedef struct ac__udp_send_req {
    uv_udp_send_t req;
    ac__io_back back;          /* the ac_udp_send waiting (io.h) */
    char data[];
} ac__udp_send_req;

/* ------------------------------------------------------------------------- */
/* Addresses                                                                  */
/* ------------------------------------------------------------------------- */

static int ac__udp_addr_of(const struct sockaddr *sa, ac_udp_addr *out) {
    int rc;
    memset(out, 0, sizeof *out);
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)sa;
        rc = uv_ip4_name(in, out->host, sizeof out->host);
        out->port = ntohs(in->sin_port);
    } else if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)sa;
        rc = uv_ip6_name(in6, out->host, sizeof out->host);
        out->port = ntohs(in6->sin6_port);
    } else {
        rc = AC_EAFNOSUPPORT;
    }
    return rc;
}

int ac_udp_local(const ac_udp *u, ac_udp_addr *out) {
    struct sockaddr_storage ss;
    int len = sizeof ss, rc;
    if (u == NULL || out == NULL)
        return AC_EINVAL;
    if (u->closing)
        return AC_EBADF;
    rc = uv_udp_getsockname(&u->h, (struct sockaddr *)&ss, &len);
    return rc != 0 ? rc : ac__udp_addr_of((const struct sockaddr *)&ss, out);
}

size_t ac_udp_pending(const ac_udp *u) { return u != NULL ? u->queued : 0; }

/* ------------------------------------------------------------------------- */
/* The endpoint                                                               */
/* ------------------------------------------------------------------------- */

static void ac__udp_on_close(uv_handle_t *h) { free(h->data); }

static void ac__udp_kill(ac__obj *o) { ac_udp_close(ac__container_of(o, ac_udp, obj)); }

int ac_udp_close(ac_udp *u) {
    ac__udp_dgram *d;
    if (u == NULL)
        return AC_EINVAL;
    if (u->closing)
        return 0;
    u->closing = true;
    ac__dlink_remove(&u->obj.link);
    /* Receivers (woken or not) forget u: their resume raises AC_EBADF. */
    while (!ac__iolist_empty(&u->readers)) {
        ac_udp_recv__frame *f = ac__container_of(u->readers.next, ac_udp_recv__frame, wl);
        ac__iolink_remove(&f->wl);
        f->u = NULL;
        ac__io_wake(&f->io, AC_EBADF);
    }
    while ((d = u->head) != NULL) {
        u->head = d->next;
        free(d);
    }
    u->tail = NULL;
    u->queued = 0;
    /* Queued sends end with UV_ECANCELED (their callbacks run first). */
    uv_close((uv_handle_t *)&u->h, ac__udp_on_close);
    return 0;
}

/* A new endpoint of family af on l, on the loop's list of objects. */
static ac_udp *ac__udp_new(ac_loop *l, int af, int *err) {
    ac_udp *u;
    int rc;
    if (ac__io_get(l) == NULL) {
        *err = AC_ENOMEM;
        return NULL;
    }
    if ((u = calloc(1, sizeof *u)) == NULL) {
        *err = AC_ENOMEM;
        return NULL;
    }
    if ((rc = uv_udp_init_ex(&l->uv, &u->h, (unsigned)af)) != 0) {
        free(u);
        *err = rc;
        return NULL;
    }
    u->h.data = u;
    u->loop = l;
    ac__iolist_init(&u->readers);
    u->obj.kill = ac__udp_kill;
    ac__io_add_obj(l, &u->obj);
    return u;
}

/* ------------------------------------------------------------------------- */
/* Receiving                                                                  */
/* ------------------------------------------------------------------------- */

static _Thread_local char ac__udp_scratch[AC__UDP_MAX];

static void ac__udp_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    (void)h;
    (void)suggested;
    *buf = uv_buf_init(ac__udp_scratch, sizeof ac__udp_scratch);
}

/* Wakes the first receiver not woken yet, if any. */
static void ac__udp_wake_one(ac_udp *u) {
    ac__iolink *d;
    for (d = u->readers.next; d != &u->readers; d = d->next) {
        ac_udp_recv__frame *f = ac__container_of(d, ac_udp_recv__frame, wl);
        if (!f->io.woken) {
            ac__io_wake(&f->io, 0);
            return;
        }
    }
}

static void ac__udp_on_recv(uv_udp_t *h, ssize_t nread, const uv_buf_t *buf,
                            const struct sockaddr *addr, unsigned flags) {
    ac_udp *u = h->data;
    ac__udp_dgram *d;
    size_t len = nread > 0 ? (size_t)nread : 0;

    (void)buf;
    if (nread == 0 && addr == NULL)
        return; /* nothing more to read now */
    if ((d = malloc(sizeof *d + len)) == NULL) {
        /* Dropped, but not silently: a receiver raises AC_ENOMEM for it
         * (after the datagrams queued before it), instead of waiting for
         * a datagram that came and went. */
        u->lost++;
        ac__udp_wake_one(u);
        return;
    }
    d->next = NULL;
    d->err = nread < 0 ? (int)nread : 0;
    d->partial = (flags & UV_UDP_PARTIAL) != 0;
    d->len = len;
    memset(&d->from, 0, sizeof d->from);
    if (addr != NULL)
        memcpy(&d->from, addr,
               addr->sa_family == AF_INET6 ? sizeof(struct sockaddr_in6) : sizeof(struct sockaddr_in));
    memcpy(d->data, ac__udp_scratch, len);
    if (u->tail != NULL)
        u->tail->next = d;
    else
        u->head = d;
    u->tail = d;
    if (++u->queued >= AC__UDP_QUEUE) {
        uv_udp_recv_stop(&u->h);
        u->receiving = false;
    }
    ac__udp_wake_one(u);
}

/* Starts reading if the queue has room. 0 or an error. */
static int ac__udp_want(ac_udp *u) {
    int rc;
    if (u->receiving || u->closing || u->queued >= AC__UDP_QUEUE)
        return 0;
    if ((rc = uv_udp_recv_start(&u->h, ac__udp_alloc, ac__udp_on_recv)) != 0)
        return rc;
    u->receiving = true;
    return 0;
}

/* Whether a receiver has something to take: a datagram, or a loss. */
static bool ac__udp_ready(const ac_udp *u) { return u->head != NULL || u->lost > 0; }

/* Gives the oldest datagram to f (or the report of a datagram lost for lack
 * of memory): AC__DONE, or AC__FAIL with its error. */
static int ac__udp_take(ac_udp *u, ac_udp_recv__frame *f, ac_task *task) {
    ac__udp_dgram *d = u->head;
    size_t k;
    int err;

    if (d == NULL) {
        u->lost--;
        if (ac__udp_ready(u))
            ac__udp_wake_one(u);
        return ac__raise(task, AC_ENOMEM);
    }
    k = d->len < f->n ? d->len : f->n;
    err = d->err;

    if ((u->head = d->next) == NULL)
        u->tail = NULL;
    u->queued--;
    if (err == 0) {
        if (k > 0)
            memcpy(f->buf, d->data, k);
        f->ac__ret = (int)k;
        if (f->from != NULL)
            (void)ac__udp_addr_of((const struct sockaddr *)&d->from, f->from);
        if (d->partial || d->len > f->n)
            err = AC_EMSGSIZE;
    }
    free(d);
    if (ac__udp_ready(u))
        ac__udp_wake_one(u); /* the next datagram for the next receiver */
    if (err == 0)
        err = ac__udp_want(u);
    return err != 0 ? ac__raise(task, err) : AC__DONE;
}

static void ac__udp_recv_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_udp_recv__frame *f = (ac_udp_recv__frame *)(void *)x;
    (void)task;
    ac__io_cancel_wait(&f->io, NULL, &f->wl);
}

static int ac__udp_recv_wait(ac_loop *l, ac_udp_recv__frame *f, ac_task *task, bool first) {
    ac_udp *u = f->u;
    int rc = ac__udp_want(u);
    if (rc != 0)
        return ac__raise(task, rc);
    if (first)
        ac__iolist_append(&u->readers, &f->wl);
    else /* woken but beaten to the datagram: first in line again */
        ac__iolist_append(u->readers.next, &f->wl);
    f->io.w.w.state = AC__IO_WAITING;
    return ac__io_suspend(l, &f->io, task, ac__udp_recv_cancel);
}

int ac_udp_recv__resume(void *frame, ac_task *task) {
    ac_udp_recv__frame *f = frame;
    ac_loop *l = ac__cur;
    ac_udp *u = f->u;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || u == NULL || (f->buf == NULL && f->n != 0) ||
            f->n > INT32_MAX)
            return ac__raise(task, AC_EINVAL);
        if (u->closing)
            return ac__raise(task, AC_EBADF);
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        if (ac__udp_ready(u) && ac__iolist_empty(&u->readers))
            return ac__udp_take(u, f, task);
        return ac__udp_recv_wait(l, f, task, true);
    case AC__IO_WAITING: {
        bool woken = f->io.woken;
        f->io.w.w.state = AC__IO_OVER;
        ac__iolink_remove(&f->wl);
        if (ac__io_resumed(&f->io, task)) {
            if (u != NULL && woken && ac__udp_ready(u))
                ac__udp_wake_one(u); /* pass the wake-up on */
            return ac__raise(task, AC_ECANCELED);
        }
        if (u == NULL || u->closing)
            return ac__raise(task, AC_EBADF);
        if (f->io.err != 0)
            return ac__raise(task, f->io.err);
        if (!ac__udp_ready(u))
            return ac__udp_recv_wait(l, f, task, false);
        return ac__udp_take(u, f, task);
    }
    default:
        return AC__DONE;
    }
}

AC__IO_DESC_RET(ac_udp_recv, ac_udp_recv__frame);

ac_task *ac_udp_recv(ac_udp *u, void *buf, size_t n, ac_udp_addr *from) {
    ac_task *t = ac__coro_new(&ac_udp_recv__desc);
    if (t != NULL)
        ac_udp_recv__init(ac__frame(t), u, buf, n, from);
    return t;
}

/* ------------------------------------------------------------------------- */
/* Sending                                                                    */
/* ------------------------------------------------------------------------- */

static void ac__udp_on_sent(uv_udp_send_t *req, int status) {
    ac__udp_send_req *r = ac__container_of(req, ac__udp_send_req, req);
    /* UV_ECANCELED: the endpoint was closed first. */
    ac__io_back_done(&r->back, status == UV_ECANCELED ? AC_EBADF : status);
    free(r);
}

static void ac__udp_send_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_udp_send__frame *f = (ac_udp_send__frame *)(void *)x;
    (void)task;
    ac__io_cancel_wait(&f->io, &f->req, NULL); /* the datagram goes on: the record owns itself */
}

/* Queues a copy of the datagram; 0 or an error. */
static int ac__udp_send_queued(ac_udp_send__frame *f, const struct sockaddr *sa) {
    ac__udp_send_req *r = malloc(sizeof *r + f->n);
    uv_buf_t b;
    int rc;
    if (r == NULL)
        return AC_ENOMEM;
    if (f->n > 0)
        memcpy(r->data, f->buf, f->n);
    b = uv_buf_init(r->data, (unsigned)f->n);
    if ((rc = uv_udp_send(&r->req, &f->u->h, &b, 1, sa, ac__udp_on_sent)) != 0) {
        free(r);
        return rc;
    }
    ac__io_back_link(&r->back, &f->io, &f->req);
    return 0;
}

int ac_udp_send__resume(void *frame, ac_task *task) {
    ac_udp_send__frame *f = frame;
    ac_loop *l = ac__cur;
    struct sockaddr_storage ss;
    const struct sockaddr *sa = NULL;
    uv_buf_t b;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || f->u == NULL || (f->buf == NULL && f->n != 0) ||
            f->n > UINT32_MAX)
            return ac__raise(task, AC_EINVAL);
        if (f->u->closing)
            return ac__raise(task, AC_EBADF);
        if (f->host != NULL) {
            if (!ac__parse_ip(f->host, f->port, &ss) || f->port < 0 || f->port > 65535)
                return ac__raise(task, AC_EINVAL);
            sa = (const struct sockaddr *)&ss;
        }
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        b = uv_buf_init((char *)(uintptr_t)f->buf, (unsigned)f->n);
        rc = uv_udp_try_send(&f->u->h, &b, 1, sa);
        if (rc >= 0)
            return AC__DONE;
        if (rc != UV_EAGAIN && rc != UV_ENOSYS)
            return ac__raise(task, rc);
        if (l->io == NULL && ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        if ((rc = ac__udp_send_queued(f, sa)) != 0)
            return ac__raise(task, rc);
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__udp_send_cancel);
    case AC__IO_WAITING:
        return ac__io_end_wait(&f->io, task, &f->req, NULL);
    default:
        return AC__DONE;
    }
}

AC__IO_DESC(ac_udp_send, ac_udp_send__frame);

ac_task *ac_udp_send(ac_udp *u, const void *buf, size_t n, const char *host, int port) {
    ac_task *t = ac__coro_new(&ac_udp_send__desc);
    if (t != NULL)
        ac_udp_send__init(ac__frame(t), u, buf, n, host, port);
    return t;
}

/* ------------------------------------------------------------------------- */
/* ac__udp_open_at: udp.ac's ac_udp_bind and ac_udp_connect, on one address   */
/* ------------------------------------------------------------------------- */

int ac__udp_open_at(const char *host, int port, const struct sockaddr *sa, int connect,
                    ac_udp **out) {
    struct sockaddr_storage ss;
    ac_loop *l = ac__cur;
    ac_udp *u;
    int rc;
    if (l == NULL)
        return AC_EINVAL;
    if (sa == NULL) {
        if (!ac__parse_ip(host, port, &ss))
            return AC_EINVAL;
        sa = (const struct sockaddr *)&ss;
    }
    if ((u = ac__udp_new(l, sa->sa_family, &rc)) == NULL)
        return rc;
    rc = connect ? uv_udp_connect(&u->h, sa) : uv_udp_bind(&u->h, sa, 0);
    if (rc != 0) {
        ac_udp_close(u);
        return rc;
    }
    *out = u;
    return 0;
}
