/*
 * workers.c: loops on worker threads (ac_workers_*) and servers sharded
 * across them (ac_workers_serve).
 *
 * Each worker thread makes its loop and its inbox (ac_remote), reports it to
 * ac_workers_start, waits for the go (all the others were made too), then
 * runs main(i, arg) as its main task, closes its loop, and completes its
 * ac_xfuture with the outcome. Nothing but the inboxes and those futures is
 * shared between the threads.
 *
 * ac_workers_serve, AC_SERVE_REUSEPORT: every worker opens its own socket on
 * the port with SO_REUSEPORT, and the kernel spreads the connections over
 * the listeners (Linux hashes the 4-tuple). libuv 1.44 cannot set the option
 * (UV_TCP_REUSEPORT came in 1.49), so the socket is made here and given to
 * libuv with uv_tcp_open. AC_SERVE_HANDOFF: worker 0 listens alone; each
 * connection it accepts goes, round-robin, to a worker, whose loop gets the
 * socket through its inbox and opens it (uv_tcp_open) as a stream of its own
 * (libuv 1.44 has no uv_export/uv_import; a socket number means the same on
 * every thread of the process).
 *
 * Layer: composite (docs/pipeline.md, "The runtime's layers").
 */
#define _GNU_SOURCE /* pthread_setaffinity_np, CPU_* */
#include "ac-int.h"
#include "xthread.h"

#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef struct ac__worker {
    ac_workers *w;
    int i;
    pthread_t th;
    bool started;      /* th exists */
    ac_remote *r;      /* its loop's inbox (a reference), once made */
    ac_xfuture *x;     /* its outcome */
    ac_server *srv;    /* ac_workers_serve: its server (its thread only) */
} ac__worker;

/* ac_workers_serve's state, shared read-only once set up. */
typedef struct ac__serve {
    ac_workers *w;
    const char *host;
    int port;          /* the one every worker binds */
    int mode;
    ac_handler_arg handler;
    void *arg;
    unsigned next;     /* AC_SERVE_HANDOFF: round-robin (worker 0's thread) */
    int worker;        /* the worker this submission sets up */
} ac__serve;

struct ac_workers {
    int n;
    ac_task *(*main)(int i, void *arg);
    void *arg;
    int flags;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int reported;      /* (mu) workers that made their loop, or failed to */
    int go;            /* (mu) 0 wait, 1 run, -1 abort */
    bool joined;
    ac__serve *serve;  /* the last ac_workers_serve, freed with w */
    ac__worker ws[];
};

/* ------------------------------------------------------------------------- */
/* A worker's thread                                                          */
/* ------------------------------------------------------------------------- */

static void ac__worker_pin(int i) {
    cpu_set_t allowed, one;
    int k, seen = 0, want;

    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0 || CPU_COUNT(&allowed) == 0)
        return;
    want = i % CPU_COUNT(&allowed);
    for (k = 0; k < CPU_SETSIZE; k++) {
        if (!CPU_ISSET(k, &allowed))
            continue;
        if (seen++ == want) {
            CPU_ZERO(&one);
            CPU_SET(k, &one);
            (void)pthread_setaffinity_np(pthread_self(), sizeof one, &one);
            return;
        }
    }
}

static size_t ac__main_size(const ac_task *h) {
    if (h->kind == AC__K_CORO)
        return h->q.desc->ret_size;
    return h->kind == AC__K_FUTURE ? h->id : 0;
}

/* Reports this worker's loop (r, NULL when it could not be made) and waits
 * for the go: true to run. */
static bool ac__worker_report(ac__worker *wk, ac_remote *r) {
    ac_workers *w = wk->w;
    bool run;

    pthread_mutex_lock(&w->mu);
    wk->r = r;
    w->reported++;
    pthread_cond_broadcast(&w->cv);
    while (w->go == 0)
        pthread_cond_wait(&w->cv, &w->mu);
    run = w->go > 0;
    pthread_mutex_unlock(&w->mu);
    return run;
}

static void *ac__worker_thread(void *arg) {
    ac__worker *wk = arg;
    ac_workers *w = wk->w;
    ac_loop *l = ac__loop_new(); /* (the hooks ac_loop_new attaches are the program's already) */
    ac_remote *r = l != NULL ? ac_loop_remote(l) : NULL;
    ac_task *coro;
    void *out = NULL;
    size_t size = 0;
    int err;

    if (w->flags & AC_WORKERS_PIN)
        ac__worker_pin(wk->i);
    if (!ac__worker_report(wk, r)) {
        if (l != NULL)
            ac_loop_close(l);
        ac__xfuture_complete(wk->x, AC_ECANCELED, NULL, 0);
        return NULL;
    }
    ac_loop_set(l); /* the main task is made on this thread, for this loop */
    coro = w->main(wk->i, w->arg);
    if (coro == NULL) {
        err = AC_ENOMEM;
    } else {
        size = ac__main_size(coro);
        if (size != 0 && (out = calloc(1, size)) == NULL) {
            ac_release(coro);
            err = AC_ENOMEM;
        } else {
            err = ac_loop_run(l, coro, out);
        }
    }
    ac_loop_close(l);
    ac_loop_set(NULL);
    ac__xfuture_complete(wk->x, err, out, err == 0 ? size : 0);
    free(out);
    return NULL;
}

/* ------------------------------------------------------------------------- */
/* Starting, joining                                                          */
/* ------------------------------------------------------------------------- */

static void ac__workers_destroy(ac_workers *w) {
    int i;
    for (i = 0; i < w->n; i++) {
        ac_remote_release(w->ws[i].r);
        ac_xfuture_release(w->ws[i].x);
    }
    free(w->serve);
    pthread_cond_destroy(&w->cv);
    pthread_mutex_destroy(&w->mu);
    free(w);
}

ac_workers *ac_workers_start(int n, ac_task *(*main)(int i, void *arg), void *arg, int flags) {
    ac_workers *w;
    int i, started = 0, ok = 1;

    if (n < 1 || main == NULL)
        return NULL;
    w = calloc(1, sizeof *w + (size_t)n * sizeof w->ws[0]);
    if (w == NULL)
        return NULL;
    w->n = n;
    w->main = main;
    w->arg = arg;
    w->flags = flags;
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    for (i = 0; i < n; i++) {
        w->ws[i].w = w;
        w->ws[i].i = i;
        if ((w->ws[i].x = ac__xfuture_new()) == NULL)
            ok = 0;
    }
    for (i = 0; i < n && ok; i++) {
        if (pthread_create(&w->ws[i].th, NULL, ac__worker_thread, &w->ws[i]) != 0) {
            ok = 0;
            break;
        }
        w->ws[i].started = true;
        started++;
    }
    pthread_mutex_lock(&w->mu);
    while (w->reported < started)
        pthread_cond_wait(&w->cv, &w->mu);
    for (i = 0; i < started; i++)
        if (w->ws[i].r == NULL)
            ok = 0;
    w->go = ok ? 1 : -1;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
    if (!ok) {
        for (i = 0; i < started; i++)
            pthread_join(w->ws[i].th, NULL);
        ac__workers_destroy(w);
        return NULL;
    }
    return w;
}

int ac_workers_count(const ac_workers *w) { return w != NULL ? w->n : 0; }

ac_remote *ac_workers_remote(ac_workers *w, int i) {
    return w != NULL && i >= 0 && i < w->n ? w->ws[i].r : NULL;
}

ac_xfuture *ac_workers_future(ac_workers *w, int i) {
    return w != NULL && i >= 0 && i < w->n ? w->ws[i].x : NULL;
}

void ac_workers_stop(ac_workers *w) {
    int i;
    if (w == NULL)
        return;
    for (i = 0; i < w->n; i++)
        (void)ac_remote_stop(w->ws[i].r);
}

int ac_workers_join(ac_workers *w) {
    int i, err = 0;

    if (w == NULL)
        return AC_EINVAL;
    if (!w->joined) {
        for (i = 0; i < w->n; i++)
            pthread_join(w->ws[i].th, NULL);
        w->joined = true;
    }
    for (i = 0; i < w->n && err == 0; i++)
        err = ac_xfuture_error(w->ws[i].x);
    return err;
}

void ac_workers_free(ac_workers *w) {
    if (w == NULL)
        return;
    (void)ac_workers_join(w);
    ac__workers_destroy(w);
}

/* ------------------------------------------------------------------------- */
/* ac_workers_serve                                                           */
/* ------------------------------------------------------------------------- */

/* A bound socket (SO_REUSEPORT when reuse) on host:port; -errno or an
 * AC_EAI_* code on failure. host NULL or "": every interface, IPv6 with IPv4
 * (dual stack) when the system has it, else IPv4. */
static int ac__bound_socket(const char *host, int port, bool reuse) {
    struct addrinfo hints, *ai = NULL, *a;
    char service[16];
    int fd = -1, rc, one = 1, zero = 0;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    snprintf(service, sizeof service, "%d", port);
    if (host == NULL || host[0] == '\0') {
        host = "::";
        hints.ai_flags |= AI_NUMERICHOST;
    }
    rc = getaddrinfo(host, service, &hints, &ai);
    if (rc != 0 && !strcmp(host, "::")) /* no IPv6 */
        rc = getaddrinfo("0.0.0.0", service, &hints, &ai);
    if (rc != 0)
        return rc == EAI_MEMORY ? AC_ENOMEM : AC_EAI_NONAME;
    rc = AC_EAI_NONAME;
    for (a = ai; a != NULL; a = a->ai_next) {
        fd = socket(a->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            rc = -errno;
            continue;
        }
        (void)setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (a->ai_family == AF_INET6)
            (void)setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
        if ((reuse && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) != 0) ||
            bind(fd, a->ai_addr, a->ai_addrlen) != 0) {
            rc = -errno;
            close(fd);
            fd = -1;
            continue;
        }
        break;
    }
    freeaddrinfo(ai);
    return fd >= 0 ? fd : rc;
}

/* A connection for worker i (its loop thread): runs its handler there. */
typedef struct ac__handed {
    ac__cb cb;
    ac__serve *sv;
    int worker;
    int fd;
} ac__handed;

static void ac__handed_run(ac_loop *l, ac__cb *cb, int how) {
    ac__handed *h = (ac__handed *)cb;
    ac_server *srv = h->sv->w->ws[h->worker].srv;
    (void)l;
    if (how == AC__CB_RUN && srv != NULL)
        (void)ac__server_take_fd(srv, h->fd); /* it owns fd now */
    else
        close(h->fd);
    free(h);
}

/* Worker 0's listening server offers each connection here: every n-th one
 * stays (false), the others go to the next worker's loop, which then owns
 * the socket (true). */
static bool ac__handoff(void *ctx, int fd) {
    ac__serve *sv = ctx;
    int to = (int)(sv->next++ % (unsigned)sv->w->n);
    ac__handed *h;

    if (to == 0)
        return false;
    h = malloc(sizeof *h);
    if (h == NULL)
        return false; /* served here */
    h->cb.q.desc = &ac__cb_desc;
    h->cb.run = ac__handed_run;
    h->sv = sv;
    h->worker = to;
    h->fd = fd;
    if (ac__remote_post(sv->w->ws[to].r, &h->cb) != 0) {
        free(h); /* that loop has closed: served here */
        return false;
    }
    return true;
}

/* The setup on one worker's loop: a coroutine of one step that returns the
 * port it listens on, or a negative error. */
typedef struct ac__setup__frame {
    ac__serve *sv;
    int worker;
    int ac__ret;
} ac__setup__frame;

static int ac__setup_on_loop(ac__serve *sv, int i) {
    ac_loop *l = ac__cur;
    ac__worker *wk = &sv->w->ws[i];
    int fd, rc;

    if (sv->mode == AC_SERVE_HANDOFF && i != 0) {
        rc = ac__server_idle(l, sv->handler, sv->arg, &wk->srv);
        return rc != 0 ? rc : sv->port;
    }
    fd = ac__bound_socket(sv->host, sv->port, sv->mode == AC_SERVE_REUSEPORT);
    if (fd < 0)
        return fd;
    rc = ac__server_open_fd(l, fd, sv->handler, sv->arg,
                            sv->mode == AC_SERVE_HANDOFF ? ac__handoff : NULL, sv, &wk->srv);
    return rc != 0 ? rc : ac_server_port(wk->srv);
}

static int ac__setup__resume(void *frame, ac_task *task) {
    ac__setup__frame *f = frame;
    (void)task;
    f->ac__ret = ac__setup_on_loop(f->sv, f->worker);
    return AC__DONE;
}

static const ac__desc ac__setup__desc = {
    .resume = ac__setup__resume,
    .name = "ac_workers_serve",
    .file = __FILE__,
    .line = __LINE__,
    .frame_size = sizeof(ac__setup__frame),
    .ret_offset = offsetof(ac__setup__frame, ac__ret),
    .ret_size = sizeof(int),
};

/* Which worker: the submissions are made one at a time, and the serve state
 * records the one being set up. */
static ac_task *ac__setup_make(void *arg) {
    ac__serve *sv = arg;
    ac_task *t = ac__coro_new(&ac__setup__desc);
    if (t != NULL) {
        ac__setup__frame *f = ac__frame(t);
        f->sv = sv;
        f->worker = sv->worker;
        f->ac__ret = 0;
    }
    return t;
}

/* Sets up worker i and waits for it: its port or a negative error. */
static int ac__setup_worker(ac__serve *sv, int i) {
    ac_xfuture *x;
    int rc;

    sv->worker = i;
    x = ac_remote_submit(sv->w->ws[i].r, ac__setup_make, sv);
    if (x == NULL)
        return AC_ENOMEM;
    rc = ac_xfuture_wait(x, -1);
    if (rc == 0)
        rc = ac_xfuture_error(x);
    if (rc == 0)
        rc = ac_xfuture_result(x, int);
    ac_xfuture_release(x);
    return rc;
}

int ac_workers_serve(ac_workers *w, const char *host, int port, ac_handler_arg handler, void *arg,
                     int mode) {
    ac__serve *sv;
    int i, k, rc;

    if (w == NULL || handler == NULL || port < 0 || port > 65535 ||
        (mode != AC_SERVE_REUSEPORT && mode != AC_SERVE_HANDOFF) || w->serve != NULL)
        return AC_EINVAL;
    sv = calloc(1, sizeof *sv);
    if (sv == NULL)
        return AC_ENOMEM;
    sv->w = w;
    sv->host = host;
    sv->port = port;
    sv->mode = mode;
    sv->handler = handler;
    sv->arg = arg;
    w->serve = sv; /* lives as long as w: the servers point at it */
    /* REUSEPORT: worker 0 first, it picks the port when port is 0 and the
     * others bind it. HANDOFF: worker 0 last, once the others can take
     * connections. */
    for (k = 0; k < w->n; k++) {
        i = mode == AC_SERVE_REUSEPORT ? k : w->n - 1 - k;
        rc = ac__setup_worker(sv, i);
        if (rc < 0)
            return rc;
        if (i == 0)
            sv->port = rc;
    }
    sv->host = NULL; /* the program's string: not used after the setup */
    return sv->port;
}

