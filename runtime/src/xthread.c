/*
 * xthread.c: calls between threads. A loop's inbox (ac_remote), the
 * cross-thread future (ac_xfuture), asyncio's call_soon_threadsafe
 * (ac_remote_call), run_coroutine_threadsafe (ac_remote_submit), wrap_future
 * (ac_xfuture_wrap) and loop.stop (ac_remote_stop / ac_loop_stopped).
 *
 * The inbox: one per loop, made on first use by the loop's own thread (a
 * program that never crosses threads pays nothing: no handle, no eventfd, no
 * field read on any pass). It is a mutex-protected FIFO of callback nodes
 * (ac__cb) and one uv_async_t. A poster appends under the mutex and calls
 * uv_async_send under the same mutex, so that the send can never race with the
 * uv_close of ac_loop_close (which marks the inbox closed under it first).
 * uv_async coalesces sends: the callback on the loop thread takes the whole
 * list at once and appends it to the ready queue, where the nodes run in the
 * pass (or are dropped by ac_loop_close, AC__CB_DROP). Nothing else is
 * shared: tasks, handles and the ready queue stay the loop thread's, and the
 * single-threaded wake path has no atomics.
 *
 * The uv_async is unreferenced (it does not keep the loop alive, nor make
 * every pass poll) except while the loop expects something from another
 * thread: a task awaits an ac_xfuture_wrap future, or ac_loop_stopped. Those
 * are counted in `holds`, a loop-thread-only counter.
 *
 * Lifetimes: an ac_remote is reference-counted (atomic), and outlives its
 * loop: once the loop has closed, posting to it fails with AC_ESHUTDOWN. An
 * ac_xfuture is reference-counted too and carries its own mutex and condition
 * variable (plain threads block on it). A loop waiting on an ac_xfuture
 * registers an ac__xwait, with two owners: the loop (until it ran or dropped
 * the wake) and the future (until it posted the wake, or failed to).
 *
 * Layer: leaves (docs/pipeline.md, "The runtime's layers").
 */
#include "ac-int.h"
#include "xthread.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct ac_remote {
    pthread_mutex_t mu;
    ac__item *head, *tail; /* the inbox (mu) */
    bool closed;           /* the loop closed: posts fail (mu) */
    atomic_uint refs;      /* the loop's own + the program's */
    uv_async_t async;      /* loop thread; closed by ac_loop_close */
    ac_loop *loop;         /* set at creation; NULL once closed (loop thread) */
    /* loop thread only: */
    unsigned holds;        /* reasons to keep the async referenced */
    bool stopped;          /* ac_remote_stop's message has run */
    ac_task *stop_fut;     /* ac_loop_stopped's future while pending */
    ac__dlink xwaits;      /* the ac__xwait of this loop, pending */
};

struct ac_xfuture {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    atomic_uint refs;
    bool done;           /* (mu) */
    bool cancel_req;     /* (mu) ac_xfuture_cancel was called */
    int err;             /* once done */
    size_t size;         /* of value, once done */
    void *value;         /* malloc'd once done (NULL when size 0) */
    char *msg;           /* the error's message (ac_error), or NULL */
    ac__tb_line *tb;     /* its traceback, innermost first (descs are static) */
    uint32_t tb_len;
    ac__xwait *waiters;  /* loops waiting (mu) */
    ac_remote *home;     /* the loop running its task, or NULL */
    ac_task *task;       /* home thread only: the task, while it runs */
    ac__watch *watch;    /* home thread only */
};

/* One loop waiting for an ac_xfuture (ac_xfuture_wrap). */
struct ac__xwait {
    ac__cb cb;           /* the wake, posted to r's inbox */
    atomic_uint refs;    /* the loop's + the future's */
    ac__xwait *next;     /* in x->waiters (x->mu) */
    ac_xfuture *x;       /* a reference */
    ac_remote *r;        /* the waiting loop (a reference) */
    ac__dlink link;      /* in r->xwaits (loop thread) */
    ac_task *fut;        /* the loop's future (a reference), loop thread */
    ac__watch *watch;    /* on fut: a cancel of fut forgets the wait */
};

/* ------------------------------------------------------------------------- */
/* The inbox                                                                  */
/* ------------------------------------------------------------------------- */

static void ac__remote_hold(ac_remote *r, int delta) {
    unsigned before = r->holds;
    r->holds = (unsigned)((int)r->holds + delta);
    if (r->loop == NULL)
        return;
    if (before == 0 && r->holds != 0)
        uv_ref((uv_handle_t *)&r->async);
    else if (before != 0 && r->holds == 0)
        uv_unref((uv_handle_t *)&r->async);
}

/* The loop thread: everything posted so far joins the ready queue, in order. */
static void ac__inbox_on_async(uv_async_t *a) {
    ac_remote *r = a->data;
    ac_loop *l = r->loop;
    ac__item *it;

    pthread_mutex_lock(&r->mu);
    it = r->head;
    r->head = r->tail = NULL;
    pthread_mutex_unlock(&r->mu);
    while (it != NULL) {
        ac__item *next = it->next;
        ac__ready_push(l, it);
        it = next;
    }
}

static void ac__xthread_loop_close(ac_loop *l);
/* The inbox as a part of its loop (ac-int.h: ac__loop_part): no task waits
 * in it (cross-thread waits are futures of the loop). */
static const ac__loop_part ac__xthread_part = {NULL, ac__xthread_loop_close};

static ac_remote *ac__remote_get(ac_loop *l) {
    ac_remote *r;

    if (l->xq != NULL)
        return l->xq;
    r = calloc(1, sizeof *r);
    if (r == NULL)
        return NULL;
    if (pthread_mutex_init(&r->mu, NULL) != 0) {
        free(r);
        return NULL;
    }
    if (uv_async_init(&l->uv, &r->async, ac__inbox_on_async) != 0) {
        pthread_mutex_destroy(&r->mu);
        free(r);
        return NULL;
    }
    uv_unref((uv_handle_t *)&r->async);
    r->async.data = r;
    atomic_init(&r->refs, 1); /* the loop's, dropped once the async is closed */
    r->loop = l;
    ac__dlink_init(&r->xwaits);
    l->xq = r;
    l->xq_part = &ac__xthread_part; /* how ac_loop_close closes it (loop.c) */
    return r;
}

ac_remote *ac_loop_remote(ac_loop *l) {
    ac_remote *r;
    if (l == NULL || (r = ac__remote_get(l)) == NULL)
        return NULL;
    return ac_remote_retain(r);
}

ac_remote *ac_remote_retain(ac_remote *r) {
    if (r != NULL)
        atomic_fetch_add_explicit(&r->refs, 1, memory_order_relaxed);
    return r;
}

void ac_remote_release(ac_remote *r) {
    if (r == NULL || atomic_fetch_sub_explicit(&r->refs, 1, memory_order_acq_rel) != 1)
        return;
    pthread_mutex_destroy(&r->mu);
    free(r);
}

/* Any thread: appends cb to r's inbox and wakes its loop. AC_ESHUTDOWN once
 * the loop has closed (cb is then the caller's). */
int ac__remote_post(ac_remote *r, ac__cb *cb) {
    int rc = 0;

    cb->q.next = NULL;
    pthread_mutex_lock(&r->mu);
    if (r->closed) {
        rc = AC_ESHUTDOWN;
    } else {
        if (r->tail != NULL)
            r->tail->next = &cb->q;
        else
            r->head = &cb->q;
        r->tail = &cb->q;
        uv_async_send(&r->async);
    }
    pthread_mutex_unlock(&r->mu);
    return rc;
}

/* ------------------------------------------------------------------------- */
/* ac_remote_call (call_soon_threadsafe)                                      */
/* ------------------------------------------------------------------------- */

typedef struct ac__xcall {
    ac__cb cb;
    void (*fn)(void *arg);
    void *arg;
} ac__xcall;

static void ac__xcall_run(ac_loop *l, ac__cb *cb, int how) {
    ac__xcall *c = (ac__xcall *)cb;
    (void)l;
    if (how == AC__CB_RUN)
        c->fn(c->arg);
    free(c);
}

int ac_remote_call(ac_remote *r, void (*fn)(void *arg), void *arg) {
    ac__xcall *c;
    int rc;

    if (r == NULL || fn == NULL)
        return AC_EINVAL;
    c = malloc(sizeof *c);
    if (c == NULL)
        return AC_ENOMEM;
    c->cb.q.desc = &ac__cb_desc;
    c->cb.run = ac__xcall_run;
    c->fn = fn;
    c->arg = arg;
    rc = ac__remote_post(r, &c->cb);
    if (rc != 0)
        free(c);
    return rc;
}

/* ------------------------------------------------------------------------- */
/* Stopping: ac_remote_stop, ac_loop_stopped                                  */
/* ------------------------------------------------------------------------- */

static void ac__stop_run(ac_loop *l, ac__cb *cb, int how) {
    ac_remote *r = l->xq;
    free(cb);
    if (how != AC__CB_RUN || r == NULL)
        return;
    r->stopped = true;
    if (r->stop_fut != NULL && !ac__done(r->stop_fut))
        ac__future_set(r->stop_fut, NULL, 0);
}

int ac_remote_stop(ac_remote *r) {
    ac__cb *cb;
    int rc;

    if (r == NULL)
        return AC_EINVAL;
    cb = malloc(sizeof *cb);
    if (cb == NULL)
        return AC_ENOMEM;
    cb->q.desc = &ac__cb_desc;
    cb->run = ac__stop_run;
    rc = ac__remote_post(r, cb);
    if (rc != 0)
        free(cb);
    return rc;
}

/* The stop future ended (set, cancelled, or dropped by the loop's close). */
static void ac__stop_fut_done(void *owner, ac__watch *w, int how) {
    ac_remote *r = owner;
    (void)w;
    (void)how;
    ac_release(r->stop_fut);
    r->stop_fut = NULL;
    ac__remote_hold(r, -1);
}

ac_task *ac_loop_stopped(void) {
    ac_loop *l = ac__cur;
    ac_remote *r;
    ac_task *f;

    if (l == NULL || (r = ac__remote_get(l)) == NULL)
        return NULL;
    if (r->stop_fut != NULL)
        return ac_retain(r->stop_fut);
    f = ac__future_new(0, __FILE__, __LINE__);
    if (f == NULL)
        return NULL;
    if (r->stopped) {
        ac__future_set(f, NULL, 0);
        return f;
    }
    if (ac__watch_new(l, f, ac__stop_fut_done, r, 0) == NULL) {
        ac_release(f);
        return NULL;
    }
    r->stop_fut = ac_retain(f);
    ac__remote_hold(r, +1);
    return f;
}

/* ------------------------------------------------------------------------- */
/* ac_xfuture                                                                 */
/* ------------------------------------------------------------------------- */

ac_xfuture *ac__xfuture_new(void) {
    ac_xfuture *x = calloc(1, sizeof *x);
    pthread_condattr_t ca;

    if (x == NULL)
        return NULL;
    if (pthread_mutex_init(&x->mu, NULL) != 0) {
        free(x);
        return NULL;
    }
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    if (pthread_cond_init(&x->cv, &ca) != 0) {
        pthread_condattr_destroy(&ca);
        pthread_mutex_destroy(&x->mu);
        free(x);
        return NULL;
    }
    pthread_condattr_destroy(&ca);
    atomic_init(&x->refs, 1);
    return x;
}

/* Whether the calling thread runs x's home loop (r->loop is written under
 * the mutex when the loop closes). */
static bool ac__on_home(ac_xfuture *x) {
    bool home;
    if (x->home == NULL || ac__cur == NULL)
        return false;
    pthread_mutex_lock(&x->home->mu);
    home = x->home->loop == ac__cur;
    pthread_mutex_unlock(&x->home->mu);
    return home;
}

ac_xfuture *ac_xfuture_retain(ac_xfuture *x) {
    if (x != NULL)
        atomic_fetch_add_explicit(&x->refs, 1, memory_order_relaxed);
    return x;
}

void ac_xfuture_release(ac_xfuture *x) {
    if (x == NULL || atomic_fetch_sub_explicit(&x->refs, 1, memory_order_acq_rel) != 1)
        return;
    ac_remote_release(x->home);
    pthread_cond_destroy(&x->cv);
    pthread_mutex_destroy(&x->mu);
    free(x->value);
    free(x->msg);
    free(x->tb);
    free(x);
}

static void ac__xwait_unref(ac__xwait *w) {
    if (atomic_fetch_sub_explicit(&w->refs, 1, memory_order_acq_rel) != 1)
        return;
    ac_xfuture_release(w->x);
    ac_remote_release(w->r);
    free(w);
}

/* Any thread: completes x with err, or with the size bytes at value (copied;
 * a copy that cannot be made fails x with AC_ENOMEM); wakes the plain threads
 * blocked on it and posts a wake to each loop waiting. Only the first call
 * completes. */
void ac__xfuture_complete(ac_xfuture *x, int err, const void *value, size_t size) {
    ac__xwait *w;
    void *copy = NULL;

    if (err == 0 && size != 0) {
        copy = malloc(size);
        if (copy == NULL)
            err = AC_ENOMEM;
        else
            memcpy(copy, value, size);
    }
    pthread_mutex_lock(&x->mu);
    if (x->done) {
        pthread_mutex_unlock(&x->mu);
        free(copy);
        return;
    }
    x->done = true;
    x->err = err;
    x->value = copy;
    x->size = copy != NULL ? size : 0;
    w = x->waiters;
    x->waiters = NULL;
    pthread_cond_broadcast(&x->cv);
    pthread_mutex_unlock(&x->mu);
    while (w != NULL) {
        ac__xwait *next = w->next;
        if (ac__remote_post(w->r, &w->cb) != 0)
            ac__xwait_unref(w); /* that loop has closed: the future's share */
        w = next;
    }
}

int ac_xfuture_done(ac_xfuture *x) {
    int done;
    if (x == NULL)
        return 0;
    pthread_mutex_lock(&x->mu);
    done = x->done;
    pthread_mutex_unlock(&x->mu);
    return done;
}

int ac_xfuture_error(ac_xfuture *x) {
    int err;
    if (x == NULL)
        return AC_EINVAL;
    pthread_mutex_lock(&x->mu);
    err = x->done ? x->err : AC_EAGAIN;
    pthread_mutex_unlock(&x->mu);
    return err;
}

const void *ac__xfuture_result(ac_xfuture *x, size_t size) {
    /* What a read gets when there is no such result: zeros (a T of up to
     * 4 KiB; results are copied by value, larger ones are rare). */
    static const union {
        max_align_t align;
        unsigned char bytes[4096];
    } zero;
    const void *v = &zero;
    if (x == NULL)
        return v;
    pthread_mutex_lock(&x->mu);
    if (x->done && x->err == 0 && x->value != NULL && x->size >= size)
        v = x->value;
    pthread_mutex_unlock(&x->mu);
    return v;
}

int ac_xfuture_wait(ac_xfuture *x, double timeout) {
    struct timespec until;
    int rc = 0;

    if (x == NULL)
        return AC_EINVAL;
    if (ac__on_home(x) && ac__cur->running && !ac_xfuture_done(x))
        return AC_EBUSY; /* its own loop's thread: it could never complete */
    if (timeout >= 0) {
        double whole = timeout > 1e9 ? 1e9 : (double)(long long)timeout; /* floor, >= 0 */
        clock_gettime(CLOCK_MONOTONIC, &until);
        until.tv_sec += (time_t)whole;
        until.tv_nsec += (long)((timeout - whole) * 1e9);
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
    }
    pthread_mutex_lock(&x->mu);
    while (!x->done && rc == 0) {
        if (timeout >= 0)
            rc = pthread_cond_timedwait(&x->cv, &x->mu, &until);
        else
            rc = pthread_cond_wait(&x->cv, &x->mu);
    }
    rc = x->done ? 0 : AC_ETIMEDOUT;
    pthread_mutex_unlock(&x->mu);
    return rc;
}

/* ------------------------------------------------------------------------- */
/* The home side: a task whose outcome completes an ac_xfuture                */
/* ------------------------------------------------------------------------- */

static size_t ac__outcome_size(const ac_task *h) {
    if (h->kind == AC__K_CORO)
        return h->q.desc->ret_size;
    return h->kind == AC__K_FUTURE ? h->id : 0;
}

/* The home thread, before x completes: copies of h's error message and
 * traceback, so that the error raised on another loop reads the same (best
 * effort: without memory it crosses as a bare code). */
static void ac__xfuture_keep_error(ac_xfuture *x, const ac_task *h) {
    const ac__ext *e = h->ext;
    if (e == NULL)
        return;
    if (e->msg != NULL && e->msg_code == h->err)
        x->msg = strdup(e->msg);
    if (e->tb_len > 0 && (x->tb = malloc(e->tb_len * sizeof *x->tb)) != NULL) {
        memcpy(x->tb, e->tb, e->tb_len * sizeof *x->tb);
        x->tb_len = e->tb_len;
    }
}

/* The waiting loop's thread: f (about to fail with x's error) carries x's
 * message and traceback, which ac__raise_from hands to its awaiters. */
static void ac__xfuture_give_error(ac_xfuture *x, ac_task *f) {
    ac__ext *e;
    if ((x->msg == NULL && x->tb_len == 0) || (e = ac__ext_get(f)) == NULL)
        return;
    if (x->msg != NULL && (e->msg = strdup(x->msg)) != NULL)
        e->msg_code = x->err;
    if (x->tb_len > 0 && (e->tb = malloc(x->tb_len * sizeof *e->tb)) != NULL) {
        memcpy(e->tb, x->tb, x->tb_len * sizeof *e->tb);
        e->tb_len = e->tb_cap = x->tb_len;
    }
}

/* The home thread: h ended (how: AC__CB_RUN), or its loop closes first. */
static void ac__xfuture_on_task(void *owner, ac__watch *w, int how) {
    ac_xfuture *x = owner;
    ac_task *h = x->task;
    int err;
    (void)w;

    x->task = NULL;
    x->watch = NULL;
    (void)how; /* a done task dropped by ac_loop_close still has its outcome */
    if (!ac__done(h)) {
        ac__xfuture_complete(x, AC_ESHUTDOWN, NULL, 0);
    } else {
        err = ac_error_of(h); /* read: not reported as unread */
        if (err == 0) {
            ac__xfuture_complete(x, 0, ac__result(h, ac__outcome_size(h)), ac__outcome_size(h));
        } else {
            ac__xfuture_keep_error(x, h);
            ac__xfuture_complete(x, err, NULL, 0);
        }
    }
    ac_release(h);
    ac_xfuture_release(x); /* the watch's */
}

/* The home thread: x follows h (a reference is taken on both). */
static int ac__xfuture_follow(ac_loop *l, ac_xfuture *x, ac_task *h) {
    ac_xfuture_retain(x);
    x->task = ac_retain(h);
    x->watch = ac__watch_new(l, h, ac__xfuture_on_task, x, 0);
    if (x->watch == NULL) {
        x->task = NULL;
        ac_release(h);
        ac_xfuture_release(x);
        return AC_ENOMEM;
    }
    return 0;
}

ac_xfuture *ac_xfuture_of(ac_task *h) {
    ac_loop *l = ac__cur;
    ac_remote *r;
    ac_xfuture *x;

    if (l == NULL || h == NULL || (r = ac__remote_get(l)) == NULL)
        return NULL;
    x = ac__xfuture_new();
    if (x == NULL)
        return NULL;
    x->home = ac_remote_retain(r);
    if (ac__xfuture_follow(l, x, h) != 0) {
        ac_xfuture_release(x);
        return NULL;
    }
    return x;
}

/* ac_remote_submit's message: makes and spawns the task on the home loop. */
typedef struct ac__xsubmit {
    ac__cb cb;
    ac_xfuture *x; /* a reference */
    ac_task *(*make)(void *arg);
    void *arg;
} ac__xsubmit;

static void ac__xsubmit_run(ac_loop *l, ac__cb *cb, int how) {
    ac__xsubmit *s = (ac__xsubmit *)cb;
    ac_xfuture *x = s->x;
    bool cancelled;
    ac_task *t;

    pthread_mutex_lock(&x->mu);
    cancelled = x->cancel_req;
    pthread_mutex_unlock(&x->mu);
    if (how != AC__CB_RUN) {
        ac__xfuture_complete(x, AC_ESHUTDOWN, NULL, 0);
    } else if (cancelled) {
        ac__xfuture_complete(x, AC_ECANCELED, NULL, 0);
    } else if ((t = s->make(s->arg)) == NULL) {
        ac__xfuture_complete(x, AC_ENOMEM, NULL, 0);
    } else {
        ac_spawn(t);
        if (ac__xfuture_follow(l, x, t) != 0) {
            ac_cancel(t);
            ac__xfuture_complete(x, AC_ENOMEM, NULL, 0);
        }
        ac_release(t);
    }
    ac_xfuture_release(x);
    free(s);
}

ac_xfuture *ac_remote_submit(ac_remote *r, ac_task *(*make)(void *arg), void *arg) {
    ac__xsubmit *s;
    ac_xfuture *x;

    if (r == NULL || make == NULL)
        return NULL;
    x = ac__xfuture_new();
    s = x != NULL ? malloc(sizeof *s) : NULL;
    if (s == NULL) {
        ac_xfuture_release(x);
        return NULL;
    }
    x->home = ac_remote_retain(r);
    s->cb.q.desc = &ac__cb_desc;
    s->cb.run = ac__xsubmit_run;
    s->x = ac_xfuture_retain(x);
    s->make = make;
    s->arg = arg;
    if (ac__remote_post(r, &s->cb) != 0) {
        ac_xfuture_release(x); /* s's */
        free(s);
        ac__xfuture_complete(x, AC_ESHUTDOWN, NULL, 0);
    }
    return x;
}

/* The cancel message: on the home thread, cancels the task if it runs. */
typedef struct ac__xcancel {
    ac__cb cb;
    ac_xfuture *x;
} ac__xcancel;

static void ac__xcancel_run(ac_loop *l, ac__cb *cb, int how) {
    ac__xcancel *c = (ac__xcancel *)cb;
    (void)l;
    if (how == AC__CB_RUN && c->x->task != NULL)
        ac_cancel(c->x->task);
    ac_xfuture_release(c->x);
    free(c);
}

int ac_xfuture_cancel(ac_xfuture *x) {
    ac__xcancel *c;

    if (x == NULL || x->home == NULL) /* no task behind it (ac_workers_future) */
        return 0;
    pthread_mutex_lock(&x->mu);
    if (x->done || x->cancel_req) {
        pthread_mutex_unlock(&x->mu);
        return 0;
    }
    x->cancel_req = true;
    pthread_mutex_unlock(&x->mu);
    if (ac__on_home(x)) { /* its own thread: at once */
        if (x->task != NULL)
            ac_cancel(x->task);
        return 1;
    }
    c = malloc(sizeof *c);
    if (c == NULL)
        return 1; /* the flag still stops a task that has not started */
    c->cb.q.desc = &ac__cb_desc;
    c->cb.run = ac__xcancel_run;
    c->x = ac_xfuture_retain(x);
    if (ac__remote_post(x->home, &c->cb) != 0) {
        ac_xfuture_release(x);
        free(c);
    }
    return 1;
}

/* ------------------------------------------------------------------------- */
/* The waiting side: ac_xfuture_wrap (asyncio.wrap_future)                    */
/* ------------------------------------------------------------------------- */

/* The loop thread: the wait is over (w is out of x's list, or never was in it
 * again): forget w on this loop. */
static void ac__xwait_forget(ac__xwait *w) {
    ac_task *f = w->fut;
    if (f == NULL)
        return;
    w->fut = NULL;
    ac__dlink_remove(&w->link);
    if (w->watch != NULL) {
        ac__watch_cancel(w->watch);
        w->watch = NULL;
    }
    ac_release(f);
    ac__remote_hold(w->r, -1);
    ac__xwait_unref(w); /* the loop's share */
}

/* The wake, on the waiting loop: x is done; complete the loop's future. */
static void ac__xwait_run(ac_loop *l, ac__cb *cb, int how) {
    ac__xwait *w = (ac__xwait *)cb;
    ac_task *f = w->fut;
    ac_xfuture *x = w->x;
    (void)l;

    if (how == AC__CB_RUN && f != NULL && !ac__done(f)) {
        if (x->err != 0) {
            ac__xfuture_give_error(x, f);
            ac_future_fail(f, x->err);
        } else {
            ac__future_set(f, x->value, x->size < f->id ? x->size : f->id);
        }
    }
    ac__xwait_forget(w);
    ac__xwait_unref(w); /* the future's share, which the post carried */
}

/* The loop thread: stop waiting for x (the loop's future was cancelled, or
 * the loop closes). A cancel is passed on to the task behind x, as asyncio's
 * wrap_future chains it. */
static void ac__xwait_abandon(ac__xwait *w, bool cancelled) {
    ac_xfuture *x = w->x;
    ac__xwait **p;
    bool mine = false;

    pthread_mutex_lock(&x->mu);
    for (p = &x->waiters; *p != NULL; p = &(*p)->next)
        if (*p == w) {
            *p = w->next;
            mine = true;
            break;
        }
    pthread_mutex_unlock(&x->mu);
    if (cancelled)
        ac_xfuture_cancel(x);
    ac__xwait_forget(w);
    if (mine)
        ac__xwait_unref(w); /* the future's share: no wake will come */
    /* else the wake is on its way: it finds w->fut NULL and only unrefs */
}

/* The watch on the loop's future: it ended before the wake came (cancelled,
 * or dropped by ac_loop_close). The watch frees itself after this. */
static void ac__xwait_fut_done(void *owner, ac__watch *wt, int how) {
    ac__xwait *w = owner;
    (void)wt;
    w->watch = NULL;
    if (w->fut == NULL)
        return;
    ac__xwait_abandon(w, how == AC__CB_RUN && ac_cancelled(w->fut));
}

ac_task *ac__xfuture_wrap(ac_xfuture *x, size_t size, const char *file, int line) {
    ac_loop *l = ac__cur;
    ac_remote *r;
    ac__xwait *w;
    ac_task *f;

    if (l == NULL || x == NULL || (r = ac__remote_get(l)) == NULL)
        return NULL;
    f = ac__future_new(size, file, line);
    if (f == NULL)
        return NULL;
    w = calloc(1, sizeof *w);
    if (w == NULL) {
        ac_release(f);
        return NULL;
    }
    w->cb.q.desc = &ac__cb_desc;
    w->cb.run = ac__xwait_run;
    atomic_init(&w->refs, 2);
    w->x = ac_xfuture_retain(x);
    w->r = ac_remote_retain(r);
    w->fut = ac_retain(f);
    ac__dlink_append(&r->xwaits, &w->link);
    ac__remote_hold(r, +1);
    w->watch = ac__watch_new(l, f, ac__xwait_fut_done, w, 0);
    if (w->watch == NULL) {
        ac__xwait_forget(w);
        ac__xwait_unref(w);
        ac_release(f);
        return NULL;
    }
    pthread_mutex_lock(&x->mu);
    if (!x->done) {
        w->next = x->waiters;
        x->waiters = w;
        pthread_mutex_unlock(&x->mu);
        return f;
    }
    pthread_mutex_unlock(&x->mu);
    /* done already: the wake runs on the next pass, as on a done future */
    ac__ready_push(l, &w->cb.q);
    return f;
}

/* ------------------------------------------------------------------------- */
/* ac_loop_close                                                              */
/* ------------------------------------------------------------------------- */

static void ac__remote_on_close(uv_handle_t *h) {
    ac_remote_release(((uv_async_t *)(void *)h)->data); /* the loop's */
}

static void ac__xthread_loop_close(ac_loop *l) {
    ac_remote *r = l->xq;
    ac__item *it;

    pthread_mutex_lock(&r->mu);
    r->closed = true;
    r->loop = NULL;
    it = r->head;
    r->head = r->tail = NULL;
    pthread_mutex_unlock(&r->mu);
    /* What was posted joins the ready queue: ac_loop_close drops it there
     * (submissions fail with AC_ESHUTDOWN, callbacks never run). */
    while (it != NULL) {
        ac__item *next = it->next;
        ac__ready_push(l, it);
        it = next;
    }
    /* The waits still pending end here: their futures are this loop's. */
    while (!ac__dlink_empty(&r->xwaits)) {
        ac__xwait_abandon(ac__container_of(r->xwaits.next, ac__xwait, link), false);
    }
    r->holds = 0;
    uv_close((uv_handle_t *)&r->async, ac__remote_on_close);
    l->xq = NULL;
    l->xq_part = NULL;
}
