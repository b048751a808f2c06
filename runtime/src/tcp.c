/*
 * tcp.c: the primitive leaves under connect.ac and serve.ac, and the servers
 * that TCP and Unix-domain sockets (pipe.c) share. Layer: leaves (primitive
 * leaves, one libuv callback each, and the I/O objects they make).
 *
 * Connecting (ac__connect_one): one attempt on one address, the stream and a
 * heap uv_connect_t that the callback owns. Cancelling closes the stream of
 * the attempt (libuv then ends the request with UV_ECANCELED and its
 * callback frees it): nothing is left. connect.ac resolves the host and tries
 * each address in turn (asyncio's create_connection).
 *
 * Serving: ac__listen makes a listening handle (serve.ac resolves the host
 * first); each accepted connection becomes a stream
 * and a task running handler(stream), spawned at once, which the server
 * tracks (ac__conn) until it ends. The stream is the handler's: it closes it.
 * If the handler fails, is cancelled, or never started, the server closes
 * the stream if it is still open; if it fails with an error (not a cancel),
 * that error is printed on stderr with its traceback, as asyncio reports an
 * exception of a client_connected_cb.
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "io.h"
#include "xthread.h" /* ac_workers_serve's hooks (end of file) */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

#define AC__BACKLOG 4096

/* ========================================================================= */
/* Connecting (TCP and Unix)                                                 */
/* ========================================================================= */

typedef struct ac__connect_req {
    uv_connect_t req;
    ac__io_back back; /* the ac__connect_one waiting (io.h) */
} ac__connect_req;

static void ac__connect_on_done(uv_connect_t *req, int status) {
    ac__connect_req *r = ac__container_of(req, ac__connect_req, req);
    ac__io_back_done(&r->back, status);
    free(r);
}

/* Starts the attempt: its stream in f->ac__ret, f->req. 0 or the error. */
static int ac__connect_start(ac_loop *l, ac__connect_one__frame *f) {
    struct sockaddr_storage ss;
    const struct sockaddr *sa = f->sa;
    ac__connect_req *r;
    ac_stream *s;
    int rc;

    if (f->port >= 0 && sa == NULL) { /* uv_tcp_connect copies the address */
        if (!ac__parse_ip(f->host, f->port, &ss))
            return AC_EINVAL;
        sa = (const struct sockaddr *)&ss;
    }
    s = ac__stream_new(l, f->port < 0 ? AC__STREAM_PIPE : AC__STREAM_TCP, &rc);
    if (s == NULL)
        return rc;
    r = malloc(sizeof *r);
    if (r == NULL) {
        ac__stream_close(s);
        return AC_ENOMEM;
    }
    if (f->port < 0) {
        uv_pipe_connect(&r->req, &s->u.pipe, f->host, ac__connect_on_done);
    } else {
        rc = uv_tcp_connect(&r->req, &s->u.tcp, sa, ac__connect_on_done);
        if (rc != 0) {
            free(r);
            ac__stream_close(s);
            return rc;
        }
    }
    f->ac__ret = s;
    ac__io_back_link(&r->back, &f->io, &f->req);
    return 0;
}

/* Drops the attempt: the request detached, the stream closed (which ends
 * the request with UV_ECANCELED; its callback frees it). */
static void ac__connect_release(ac__connect_one__frame *f) {
    ac__io_detach(&f->req);
    if (f->ac__ret != NULL) {
        ac__stream_close(f->ac__ret);
        f->ac__ret = NULL;
    }
}

static void ac__connect_cancel(ac__waiter_ex *x, ac_task *task) {
    ac__connect_one__frame *f = (ac__connect_one__frame *)(void *)x;
    (void)task;
    ac__io_cancel_wait(&f->io, &f->req, NULL);
    ac__connect_release(f);
}

/* The primitive leaf under connect.ac's ac_tcp_connect and ac_unix_connect:
 * one attempt, to sa, or (sa NULL) to host, an IP literal, or a socket's
 * path when port is -1. The stream, or the attempt's error. */
int ac__connect_one__resume(void *frame, ac_task *task) {
    ac__connect_one__frame *f = frame;
    ac_loop *l = ac__cur;
    ac_stream *s;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || f->host == NULL || f->port > 65535)
            return ac__raise(task, AC_EINVAL);
        if (f->port < 0 && strlen(f->host) >= sizeof(((struct sockaddr_un *)0)->sun_path))
            return ac__raise(task, AC_ENAMETOOLONG); /* libuv would cut the path short */
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        if (ac__io_get(l) == NULL)
            return ac__raise(task, AC_ENOMEM);
        rc = ac__connect_start(l, f);
        if (rc != 0)
            return ac__raise(task, rc);
        f->io.w.w.state = AC__IO_WAITING;
        return ac__io_suspend(l, &f->io, task, ac__connect_cancel);
    case AC__IO_WAITING:
        f->io.w.w.state = AC__IO_OVER;
        if (ac__io_resumed(&f->io, task)) {
            ac__connect_release(f);
            return ac__raise(task, AC_ECANCELED);
        }
        if (f->io.err != 0) {
            ac__connect_release(f);
            return ac__raise(task, f->io.err);
        }
        s = f->ac__ret; /* connected: the result */
        if (s->type == AC__STREAM_TCP)
            uv_tcp_nodelay(&s->u.tcp, 1); /* as asyncio: lines go out at once */
        return AC__DONE;
    default:
        return AC__DONE;
    }
}

AC__IO_DESC_RET(ac__connect_one, ac__connect_one__frame);

ac_task *ac__connect_one(const char *host, int port, const struct sockaddr *sa) {
    ac_task *t = ac__coro_new(&ac__connect_one__desc);
    if (t != NULL)
        ac__connect_one__init(ac__frame(t), host, port, sa);
    return t;
}

int ac__is_inet(const struct sockaddr *sa) {
    return sa != NULL && (sa->sa_family == AF_INET || sa->sa_family == AF_INET6);
}

/* ========================================================================= */
/* Servers (TCP and Unix)                                                    */
/* ========================================================================= */

struct ac_server {
    ac__obj obj;
    ac__sock u;
    ac_loop *loop;
    ac_handler handler;        /* one of these two */
    ac_handler_arg handler_arg;
    void *arg;                 /* handler_arg's */
    ac__dlink conns;           /* the handlers running (ac__conn) */
    size_t nconns;
    int type;                  /* AC__STREAM_TCP / _PIPE */
    int port;
    bool listen_open;          /* until the listening handle's close callback */
    bool accepting;
    bool owned;                /* not given up yet (ac_server_close/_shutdown) */
    bool killed;               /* closed by ac_loop_close */
    ac_server_shutdown__frame *waiter;
    /* workers.c (multicore engineer): ac_workers_serve's hand-off; NULL
     * otherwise. Called with each connection's socket before it is
     * accepted here: returns true when it took the socket. */
    bool (*handoff)(void *ctx, int fd);
    void *handoff_ctx;
};

/* One connection: its handler's task, and its stream while the handler may
 * have left it open (the stream clears s when it is closed). */
typedef struct ac__conn {
    ac__dlink link;
    ac_server *srv;
    ac_stream *s;
    ac_task *task;
} ac__conn;

static void ac__server_maybe_free(ac_server *srv) {
    if (!srv->listen_open && !srv->owned && srv->nconns == 0 && srv->waiter == NULL) {
        ac__dlink_remove(&srv->obj.link);
        free(srv);
    }
}

/* The handlers all ended and the listening handle is closed: wake a
 * shutdown; free srv when nobody holds it. */
static void ac__server_check(ac_server *srv) {
    if (srv->waiter != NULL && srv->nconns == 0 && !srv->listen_open)
        ac__io_wake(&srv->waiter->io, 0);
    ac__server_maybe_free(srv);
}

static void ac__server_on_close(uv_handle_t *h) {
    ac_server *srv = h->data;
    srv->listen_open = false;
    if (srv->killed)
        free(srv);
    else
        ac__server_check(srv);
}

static void ac__server_stop(ac_server *srv) {
    if (srv->accepting) {
        srv->accepting = false;
        uv_close(&srv->u.h, ac__server_on_close);
    }
}

static void ac__conn_done(ac_task *t, void *arg) {
    ac__conn *c = arg;
    ac_server *srv = c->srv;
    bool failed = t->state == AC__S_FAILED;

    if (failed && t->err != AC_ECANCELED) {
        t->flags |= AC__F_READ;
        fprintf(stderr, "ac: connection handler '%s' failed:\n",
                t->q.desc != NULL && t->q.desc->name != NULL ? t->q.desc->name : "?");
        ac__print_error(t, t->err);
    }
    if (c->s != NULL) {
        if (failed) { /* it could not close it: we do */
            ac__stream_close(c->s);
        } else { /* it returned and left it open: the program's now */
            c->s->backref = NULL;
            c->s = NULL;
        }
    }
    ac__dlink_remove(&c->link);
    srv->nconns--;
    ac_release(t);
    free(c);
    ac__server_check(srv);
}

/* The connection libuv accepted could not be given to a handler (out of
 * memory before uv_accept). libuv holds its socket in accepted_fd (one of
 * uv.h's fields, Unix) until uv_accept takes it, and when this callback
 * returns with it still there, stops watching the listening socket: the
 * server would never accept again. So the socket is closed here (the client
 * sees the connection end) and accepted_fd emptied, as uv_accept does: libuv
 * then goes on accepting. (A uv_accept that fails has closed and emptied it.) */
static void ac__server_refuse(ac_server *srv) {
    uv_stream_t *server = &srv->u.s;
    if (server->accepted_fd >= 0) {
        close(server->accepted_fd);
        server->accepted_fd = -1;
    }
}

static void ac__server_start_conn(ac_server *srv, ac_stream *s);

static void ac__server_on_connection(uv_stream_t *server, int status) {
    ac_server *srv = server->data;
    ac_loop *l = srv->loop;
    ac_stream *s;
    int rc;

    if (status < 0 || !srv->accepting)
        return;
    if (srv->handoff != NULL && server->accepted_fd >= 0 &&
        srv->handoff(srv->handoff_ctx, server->accepted_fd)) {
        server->accepted_fd = -1; /* taken, as uv_accept does (see above) */
        return;
    }
    s = ac__stream_new(l, srv->type, &rc);
    if (s == NULL) {
        ac__server_refuse(srv);
        return;
    }
    if (uv_accept(server, &s->u.s) != 0) {
        ac__stream_close(s);
        ac__server_refuse(srv);
        return;
    }
    ac__server_start_conn(srv, s);
}

/* The accepted stream s gets its handler's task (s is closed on failure). */
static void ac__server_start_conn(ac_server *srv, ac_stream *s) {
    ac__conn *c;
    ac_task *t;

    if (srv->type == AC__STREAM_TCP)
        uv_tcp_nodelay(&s->u.tcp, 1);
    c = malloc(sizeof *c);
    t = c == NULL ? NULL : srv->handler != NULL ? srv->handler(s) : srv->handler_arg(s, srv->arg);
    if (t == NULL) {
        free(c);
        ac__stream_close(s);
        return;
    }
    c->srv = srv;
    c->s = s;
    c->task = t; /* the constructor's reference */
    s->backref = &c->s;
    ac__dlink_append(&srv->conns, &c->link);
    srv->nconns++;
    ac_spawn(t);
    if (ac_on_done(t, ac__conn_done, c) != 0) { /* out of memory: give it up */
        ac_cancel(t);
        ac__dlink_remove(&c->link);
        srv->nconns--;
        if (c->s != NULL)
            ac__stream_close(c->s);
        ac_detach(t);
        free(c);
    }
}

static void ac__server_kill(ac__obj *o) {
    ac_server *srv = ac__container_of(o, ac_server, obj);
    srv->killed = true;
    while (!ac__dlink_empty(&srv->conns)) {
        ac__conn *c = ac__container_of(srv->conns.next, ac__conn, link);
        ac__dlink_remove(&c->link);
        if (c->s != NULL) /* the stream is closed as an object of its own */
            c->s->backref = NULL;
        ac_release(c->task);
        free(c);
    }
    srv->nconns = 0;
    srv->owned = false;
    srv->waiter = NULL;
    srv->accepting = false;
    if (!srv->listen_open)
        free(srv);
    else if (!uv_is_closing(&srv->u.h))
        uv_close(&srv->u.h, ac__server_on_close);
    /* else: ac_server_close closed it; the callback frees srv */
}

static void ac__server_free_on_close(uv_handle_t *h) { free(h->data); }

/* srv's handle listens: uv_listen, and the port it got (TCP). 0 or an error. */
static int ac__server_start_listening(ac_server *srv) {
    struct sockaddr_storage ss;
    int len = sizeof ss;
    int rc = uv_listen(&srv->u.s, AC__BACKLOG, ac__server_on_connection);
    if (rc != 0 || srv->type != AC__STREAM_TCP)
        return rc;
    rc = uv_tcp_getsockname(&srv->u.tcp, (struct sockaddr *)&ss, &len);
    if (rc == 0)
        srv->port = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                                   : ((struct sockaddr_in *)&ss)->sin_port);
    return rc;
}

/* srv listens: open, accepting, the program's, on the loop's objects. */
static void ac__server_started(ac_loop *l, ac_server *srv, ac_server **out) {
    srv->listen_open = true;
    srv->accepting = true;
    srv->owned = true;
    ac__io_add_obj(l, &srv->obj);
    *out = srv;
}

int ac__server_listen(ac_loop *l, int type, const struct sockaddr *sa, const char *path,
                      const ac__serve__frame *f, ac_server **out) {
    return ac__server_listen_fd(l, type, sa, path, -1, f, out);
}

int ac__server_listen_fd(ac_loop *l, int type, const struct sockaddr *sa, const char *path,
                         int fd, const ac__serve__frame *f, ac_server **out) {
    ac_server *srv;
    int rc;

    if (ac__io_get(l) == NULL)
        return AC_ENOMEM;
    srv = calloc(1, sizeof *srv);
    if (srv == NULL)
        return AC_ENOMEM;
    srv->loop = l;
    srv->handler = f->handler;
    srv->handler_arg = f->handler_arg;
    srv->arg = f->arg;
    srv->type = type;
    srv->obj.kill = ac__server_kill;
    ac__dlink_init(&srv->conns);
    ac__dlink_init(&srv->obj.link);
    rc = type == AC__STREAM_TCP ? uv_tcp_init(&l->uv, &srv->u.tcp) : uv_pipe_init(&l->uv, &srv->u.pipe, 0);
    if (rc != 0) {
        free(srv);
        return rc;
    }
    srv->u.h.data = srv;
    if (fd >= 0) /* an inherited listening socket (fdstream.c's ac_serve_fd) */
        rc = type == AC__STREAM_TCP ? uv_tcp_open(&srv->u.tcp, fd) : uv_pipe_open(&srv->u.pipe, fd);
    else
        rc = type == AC__STREAM_TCP ? uv_tcp_bind(&srv->u.tcp, sa, 0) : uv_pipe_bind(&srv->u.pipe, path);
    if (rc == 0)
        rc = ac__server_start_listening(srv);
    if (rc != 0) {
        uv_close(&srv->u.h, ac__server_free_on_close);
        return rc;
    }
    ac__server_started(l, srv, out);
    return 0;
}

int ac_server_port(const ac_server *srv) { return srv != NULL ? srv->port : 0; }

size_t ac_server_connections(const ac_server *srv) { return srv != NULL ? srv->nconns : 0; }

void ac_server_close(ac_server *srv) {
    if (srv == NULL || !srv->owned)
        return;
    ac__server_stop(srv);
    srv->owned = false;
    ac__server_maybe_free(srv);
}

/* ------------------------------------------------------------------------- */
/* ac_server_shutdown                                                         */
/* ------------------------------------------------------------------------- */

static void ac__shutdown_cancel(ac__waiter_ex *x, ac_task *task) {
    ac_server_shutdown__frame *f = (ac_server_shutdown__frame *)(void *)x;
    ac_server *srv = f->srv;
    (void)task;
    ac__iolink_remove(&f->io.link);
    if (srv != NULL) { /* not accepting any more; freed after the last handler */
        f->srv = NULL;
        if (srv->waiter == f)
            srv->waiter = NULL;
        srv->owned = false;
        ac__server_maybe_free(srv);
    }
    ac__io_wake(&f->io, AC_ECANCELED);
}

int ac_server_shutdown__resume(void *frame, ac_task *task) {
    ac_server_shutdown__frame *f = frame;
    ac_loop *l = ac__cur;
    ac_server *srv = f->srv;
    ac__dlink *d;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || srv == NULL || !srv->owned || srv->waiter != NULL)
            return ac__raise(task, AC_EINVAL);
        ac__server_stop(srv);
        if (f->cancel)
            for (d = srv->conns.next; d != &srv->conns; d = d->next)
                ac_cancel(ac__container_of(d, ac__conn, link)->task);
        srv->waiter = f;
        if (ac__io_cancel_pending(task)) {
            f->io.w.w.state = AC__IO_WAITING;
            ac__io_suspend(l, &f->io, task, ac__shutdown_cancel);
            ac__shutdown_cancel(&f->io.w, task);
            return AC__SUSPEND;
        }
        f->io.w.w.state = AC__IO_WAITING;
        ac__io_suspend(l, &f->io, task, ac__shutdown_cancel);
        ac__server_check(srv); /* nothing to wait for: wakes us */
        return AC__SUSPEND;
    case AC__IO_WAITING:
        f->io.w.w.state = AC__IO_OVER;
        if (ac__io_resumed(&f->io, task)) {
            if (srv != NULL) {
                f->srv = NULL;
                srv->waiter = NULL;
                srv->owned = false;
                ac__server_maybe_free(srv);
            }
            return ac__raise(task, AC_ECANCELED);
        }
        f->srv = NULL;
        srv->waiter = NULL;
        srv->owned = false;
        ac__server_maybe_free(srv);
        return AC__DONE;
    default:
        return AC__DONE;
    }
}

AC__IO_DESC(ac_server_shutdown, ac_server_shutdown__frame);

ac_task *ac_server_shutdown(ac_server *srv, int cancel) {
    ac_task *t = ac__coro_new(&ac_server_shutdown__desc);
    if (t != NULL)
        ac_server_shutdown__init(ac__frame(t), srv, cancel);
    return t;
}

/* ------------------------------------------------------------------------- */
/* ac__listen: serve.ac's primitive (pipe.c has ac_unix_serve)               */
/* ------------------------------------------------------------------------- */

/* Listens on f->sa, or f->host: an IP literal, or every interface (IPv6 and,
 * dual stack, IPv4; else IPv4 only) when it is NULL or "". */
static int ac__listen_on(ac_loop *l, ac__listen__frame *f) {
    struct sockaddr_storage ss;
    int rc;

    if (f->sa != NULL)
        return ac__server_listen(l, AC__STREAM_TCP, f->sa, NULL, f, &f->ac__ret);
    if (f->host != NULL && f->host[0] != '\0') {
        if (!ac__parse_ip(f->host, f->port, &ss))
            return AC_EINVAL;
        return ac__server_listen(l, AC__STREAM_TCP, (struct sockaddr *)&ss, NULL, f, &f->ac__ret);
    }
    ac__parse_ip("::", f->port, &ss);
    rc = ac__server_listen(l, AC__STREAM_TCP, (struct sockaddr *)&ss, NULL, f, &f->ac__ret);
    if (rc != 0) {
        ac__parse_ip("0.0.0.0", f->port, &ss);
        rc = ac__server_listen(l, AC__STREAM_TCP, (struct sockaddr *)&ss, NULL, f, &f->ac__ret);
    }
    return rc;
}

int ac__listen__resume(void *frame, ac_task *task) {
    ac__listen__frame *f = frame;
    ac_loop *l = ac__cur;
    int rc;

    switch (f->io.w.w.state) {
    case 0:
        f->io.w.w.state = AC__IO_OVER;
        if (task == NULL || l == NULL || (f->handler == NULL && f->handler_arg == NULL) ||
            f->port < 0 || f->port > 65535)
            return ac__raise(task, AC_EINVAL);
        if (ac__io_cancel_pending(task))
            return ac__io_cancel_soon(l, &f->io, task, AC__IO_WAITING);
        rc = ac__listen_on(l, f);
        return rc != 0 ? ac__raise(task, rc) : AC__DONE;
    case AC__IO_WAITING: /* cancelled before it started */
        f->io.w.w.state = AC__IO_OVER;
        ac__io_resumed(&f->io, task);
        return ac__raise(task, AC_ECANCELED);
    default:
        return AC__DONE;
    }
}

AC__IO_DESC_RET(ac__listen, ac__listen__frame);

ac_task *ac__listen(const char *host, int port, const struct sockaddr *sa, ac_handler handler,
                    ac_handler_arg handler_arg, void *arg) {
    ac_task *t = ac__coro_new(&ac__listen__desc);
    if (t != NULL)
        ac__listen__init(ac__frame(t), host, port, sa, handler, handler_arg, arg);
    return t;
}

/* ------------------------------------------------------------------------- */
/* workers.c (multicore engineer): servers from a socket, and connections    */
/* handed over by another loop (ac_workers_serve)                             */
/* ------------------------------------------------------------------------- */

static ac_server *ac__server_alloc(ac_loop *l, ac_handler_arg handler, void *arg) {
    ac_server *srv;
    if (ac__io_get(l) == NULL || (srv = calloc(1, sizeof *srv)) == NULL)
        return NULL;
    srv->loop = l;
    srv->handler_arg = handler;
    srv->arg = arg;
    srv->type = AC__STREAM_TCP;
    srv->obj.kill = ac__server_kill;
    ac__dlink_init(&srv->conns);
    ac__dlink_init(&srv->obj.link);
    return srv;
}

int ac__server_open_fd(ac_loop *l, int fd, ac_handler_arg handler, void *arg,
                       bool (*handoff)(void *ctx, int fd), void *ctx, ac_server **out) {
    ac_server *srv = ac__server_alloc(l, handler, arg);
    int rc;

    if (srv == NULL)
        return AC_ENOMEM;
    srv->handoff = handoff;
    srv->handoff_ctx = ctx;
    rc = uv_tcp_init(&l->uv, &srv->u.tcp);
    if (rc != 0) {
        free(srv);
        return rc;
    }
    srv->u.h.data = srv;
    rc = uv_tcp_open(&srv->u.tcp, fd);
    if (rc == 0)
        rc = ac__server_start_listening(srv);
    if (rc != 0) { /* the handle owns fd once opened; close it either way */
        if (uv_fileno(&srv->u.h, &(uv_os_fd_t){0}) != 0)
            close(fd);
        uv_close(&srv->u.h, ac__server_free_on_close);
        return rc;
    }
    ac__server_started(l, srv, out);
    return 0;
}

int ac__server_idle(ac_loop *l, ac_handler_arg handler, void *arg, ac_server **out) {
    ac_server *srv = ac__server_alloc(l, handler, arg);
    if (srv == NULL)
        return AC_ENOMEM;
    srv->owned = true; /* no listening handle: kept until ac_loop_close kills it */
    ac__io_add_obj(l, &srv->obj);
    *out = srv;
    return 0;
}

int ac__server_take_fd(ac_server *srv, int fd) {
    ac_stream *s;
    int rc;

    s = ac__stream_new(srv->loop, AC__STREAM_TCP, &rc);
    if (s == NULL) {
        close(fd);
        return rc;
    }
    rc = uv_tcp_open(&s->u.tcp, fd);
    if (rc != 0) {
        close(fd);
        ac__stream_close(s);
        return rc;
    }
    ac__server_start_conn(srv, s);
    return 0;
}
