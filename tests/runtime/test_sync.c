/* test_sync.c: ac_queue, ac_event, ac_lock, ac_semaphore beyond what the
 * behaviour test tests/translate/sync_primitives.ac (and its asyncio twin)
 * shows: a queue's ring buffer, leaf coroutine objects run as tasks, a
 * cancellation pending before the wait, objects freed under their waiters,
 * a loop closed on tasks that wait forever, and misuse. */
#include "coro.h"

/* async void get_one(ac_queue *q, const char *name): logs what it got or
 * the error it raised. */
typedef struct get_one__frame {
    int ac__state;
    ac_queue *q;
    const char *name;
    int v;
    ac_queue_get__frame g;
} get_one__frame;
CO_DECL(get_one);
CO_DESC(get_one);

static int get_one__resume(void *frame, ac_task *task) {
    get_one__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, ac_queue_get__init(&f->g, f->q, &f->v), ac_queue_get__resume(&f->g, task));
    if (rc == AC__FAIL) {
        say("%s %s", f->name, ac_err_name(ac__error(task)));
        return AC__FAIL;
    }
    say("%s got %d", f->name, f->v);
    CO_END(f);
}

static ac_task *get_one(ac_queue *q, const char *name) {
    CO_NEW(get_one, t, f);
    f->q = q;
    f->name = name;
    return t;
}

/* async void put_one(ac_queue *q, int v) */
typedef struct put_one__frame {
    int ac__state;
    ac_queue *q;
    int v;
    ac_queue_put__frame p;
} put_one__frame;
CO_DECL(put_one);
CO_DESC(put_one);

static int put_one__resume(void *frame, ac_task *task) {
    put_one__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, ac_queue_put__init(&f->p, f->q, &f->v), ac_queue_put__resume(&f->p, task));
    if (rc == AC__FAIL) {
        say("put %d %s", f->v, ac_err_name(ac__error(task)));
        return AC__FAIL;
    }
    say("put %d", f->v);
    CO_END(f);
}

static ac_task *put_one(ac_queue *q, int v) {
    CO_NEW(put_one, t, f);
    f->q = q;
    f->v = v;
    return t;
}

/* ------------------------------------------------------------------------- */

TEST(sync, queue_ring_grows_and_wraps_in_order) {
    ac_queue *q = ac_queue_new(long, 0);
    long v, want = 0, next = 0;
    cr_assert_not_null(q);
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 700; i++, next++)
            cr_assert_eq(ac_queue_put_nowait(q, &next), 0);
        for (int i = 0; i < 500; i++, want++) {
            cr_assert_eq(ac_queue_get_nowait(q, &v), 0);
            cr_assert_eq(v, want);
        }
    }
    cr_assert_eq(ac_queue_size(q), 1000);
    while (ac_queue_get_nowait(q, &v) == 0)
        cr_assert_eq(v, want++);
    cr_assert_eq(want, next);
    cr_assert_eq(ac_queue_size(q), 0);
    ac_queue_free(q);

    /* bounded: the ring never grows past maxsize */
    q = ac_queue_new(char, 3);
    for (char c = 'a'; c < 'd'; c++)
        cr_assert_eq(ac_queue_put_nowait(q, &c), 0);
    cr_assert_eq(ac_queue_put_nowait(q, &(char){'x'}), AC_EAGAIN);
    ac_queue_free(q);
}

TEST(sync, misuse) {
    long v = 0;
    cr_assert_null(ac__queue_new(0, 1));
    cr_assert_null(ac_semaphore_new(-1));
    cr_assert_eq(ac_queue_put_nowait(NULL, &v), AC_EINVAL);
    cr_assert_eq(ac_queue_get_nowait(NULL, &v), AC_EINVAL);
    cr_assert_eq(ac_queue_size(NULL), 0);
    cr_assert_eq(ac_lock_release(NULL), AC_EINVAL);
    ac_lock *l = ac_lock_new();
    cr_assert_eq(ac_lock_release(l), AC_EINVAL);
    cr_assert_eq(ac_lock_locked(l), 0);
    ac_lock_free(l);
    ac_event_set(NULL);
    ac_event_clear(NULL);
    cr_assert_eq(ac_event_is_set(NULL), 0);
    ac_semaphore_release(NULL);
    ac_queue_free(NULL);
    ac_event_free(NULL);
    ac_lock_free(NULL);
    ac_semaphore_free(NULL);
}

/* The leaves are async functions: called bare, they make coroutine objects
 * that run as tasks. A NULL object raises AC_EINVAL. */
typedef struct objects__frame {
    int ac__state;
    ac_queue *q;
    ac_lock *l;
    ac_task *g, *a, *b;
    int v;
    ac__wait__frame wt;
    ac_lock_acquire__frame la;
} objects__frame;
CO_DECL(objects);
CO_DESC(objects);

static int objects__resume(void *frame, ac_task *task) {
    objects__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->q = ac_queue_new(int, 0);
    f->g = ac_spawn(ac_queue_get(f->q, &f->v));
    f->l = ac_lock_new();
    f->a = ac_spawn(ac_lock_acquire(f->l));
    f->b = ac_spawn(ac_lock_acquire(f->l));
    ac_queue_put_nowait(f->q, &(int){42});
    CO_WAIT(f, 1, f->g);
    say("got %d rc %d", f->v, rc);
    CO_WAIT(f, 2, f->a);
    say("a: rc %d locked %d b done %d", rc, ac_lock_locked(f->l), ac_done(f->b));
    ac_lock_release(f->l);
    CO_WAIT(f, 3, f->b);
    say("b: rc %d locked %d", rc, ac_lock_locked(f->l));
    ac_release(f->g);
    ac_release(f->a);
    ac_release(f->b);
    CO_AWAIT(f, 4, ac_lock_acquire__init(&f->la, NULL), ac_lock_acquire__resume(&f->la, task));
    say("NULL lock: %s", rc == AC__FAIL ? ac_err_name(ac__caught(task)) : "ok");
    ac_lock_free(f->l);
    ac_queue_free(f->q);
    CO_END(f);
}

static ac_task *objects(void) {
    CO_NEW(objects, t, f);
    return t;
}

TEST(sync, leaves_as_coroutine_objects) {
    cr_assert_eq(ac_run(objects(), NULL), 0);
    cr_assert_str_eq(co_log, "got 42 rc 0\n"
                             "a: rc 0 locked 1 b done 0\n"
                             "b: rc 0 locked 1\n"
                             "NULL lock: EINVAL\n");
}

/* A cancellation requested while the task runs arrives at its next await,
 * one pass later, as in asyncio; the waiter it leaves behind does not keep
 * the lock from the next one. */
typedef struct self_cancel__frame {
    int ac__state;
    ac_lock *l;
    ac_task *other;
    ac_lock_acquire__frame la;
    ac__wait__frame wt;
} self_cancel__frame;
CO_DECL(self_cancel);
CO_DESC(self_cancel);

static int self_cancel__resume(void *frame, ac_task *task) {
    self_cancel__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    ac_cancel(task);
    CO_AWAIT(f, 1, ac_lock_acquire__init(&f->la, f->l), ac_lock_acquire__resume(&f->la, task));
    say("self: %s", rc == AC__FAIL ? ac_err_name(ac__error(task)) : "acquired");
    return rc == AC__FAIL ? AC__FAIL : AC__DONE;
    CO_END(f);
}

static ac_task *self_cancel(ac_lock *l) {
    CO_NEW(self_cancel, t, f);
    f->l = l;
    return t;
}

typedef struct pending_cancel__frame {
    int ac__state;
    ac_lock *l;
    ac_task *t, *u;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} pending_cancel__frame;
CO_DECL(pending_cancel);
CO_DESC(pending_cancel);

static int pending_cancel__resume(void *frame, ac_task *task) {
    pending_cancel__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->l = ac_lock_new();
    f->t = ac_spawn(self_cancel(f->l));
    f->u = ac_spawn(self_cancel(f->l));
    CO_SLEEP(f, 1, 0);
    say("locked %d", ac_lock_locked(f->l));
    CO_WAIT(f, 2, f->t);
    (void)ac__caught(task);
    CO_WAIT(f, 3, f->u);
    (void)ac__caught(task);
    say("t %d u %d locked %d", ac_cancelled(f->t), ac_cancelled(f->u), ac_lock_locked(f->l));
    ac_release(f->t);
    ac_release(f->u);
    ac_lock_free(f->l);
    CO_END(f);
}

static ac_task *pending_cancel(void) {
    CO_NEW(pending_cancel, t, f);
    return t;
}

TEST(sync, cancellation_pending_before_the_wait) {
    cr_assert_eq(ac_run(pending_cancel(), NULL), 0);
    /* The first takes the free lock without suspending (asyncio's fast
     * path): it then ends cancelled, the request never delivered at an
     * await. The second has to wait: cancelled there, one pass later (the
     * order asyncio prints). */
    cr_assert_str_eq(co_log, "self: acquired\n"
                             "locked 1\n"
                             "self: ECANCELED\n"
                             "t 1 u 1 locked 1\n");
}

/* Freeing an object under its waiters makes their awaits raise AC_EINVAL. */
typedef struct freed__frame {
    int ac__state;
    ac_queue *q;
    ac_task *g1, *g2, *p;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} freed__frame;
CO_DECL(freed);
CO_DESC(freed);

static int freed__resume(void *frame, ac_task *task) {
    freed__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->q = ac_queue_new(int, 0);
    f->g1 = ac_spawn(get_one(f->q, "g1"));
    f->g2 = ac_spawn(get_one(f->q, "g2"));
    CO_SLEEP(f, 1, 0);
    ac_cancel(f->g2); /* its node is cancelled, still in the FIFO */
    ac_queue_free(f->q);
    CO_WAIT(f, 2, f->g1);
    (void)ac__caught(task);
    CO_WAIT(f, 3, f->g2);
    (void)ac__caught(task);
    f->q = ac_queue_new(int, 1);
    ac_queue_put_nowait(f->q, &(int){1});
    f->p = ac_spawn(put_one(f->q, 2));
    CO_SLEEP(f, 4, 0);
    ac_queue_free(f->q);
    CO_WAIT(f, 5, f->p);
    (void)ac__caught(task);
    ac_release(f->g1);
    ac_release(f->g2);
    ac_release(f->p);
    CO_END(f);
}

static ac_task *freed(void) {
    CO_NEW(freed, t, f);
    return t;
}

TEST(sync, objects_freed_under_their_waiters) {
    cr_assert_eq(ac_run(freed(), NULL), 0);
    cr_assert_str_eq(co_log, "g2 ECANCELED\n"
                             "g1 EINVAL\n"
                             "put 2 EINVAL\n");
}

/* Tasks that swallow their cancellation and wait again forever: asyncio.run's
 * final cancel cannot end them, ac_loop_close destroys them. Nothing leaks,
 * nothing is touched after it is freed (the sanitized build checks), and the
 * objects stay usable. */
typedef struct forever__frame {
    int ac__state;
    ac_lock *l;
    ac_event *e;
    ac_semaphore *s;
    int round;
    ac_lock_acquire__frame la;
    ac_event_wait__frame ew;
    ac_semaphore_acquire__frame sa;
} forever__frame;
CO_DECL(forever);
CO_DESC(forever);

static int forever__resume(void *frame, ac_task *task) {
    forever__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->round = 0; f->round < 3; f->round++) {
        CO_AWAIT(f, 1, ac_lock_acquire__init(&f->la, f->l), ac_lock_acquire__resume(&f->la, task));
        if (rc == AC__FAIL)
            (void)ac__caught(task);
        CO_AWAIT(f, 2, ac_event_wait__init(&f->ew, f->e), ac_event_wait__resume(&f->ew, task));
        if (rc == AC__FAIL)
            (void)ac__caught(task);
        CO_AWAIT(f, 3, ac_semaphore_acquire__init(&f->sa, f->s),
                 ac_semaphore_acquire__resume(&f->sa, task));
        if (rc == AC__FAIL)
            (void)ac__caught(task);
    }
    say("forever never ends");
    CO_END(f);
}

static ac_task *forever(ac_lock *l, ac_event *e, ac_semaphore *s) {
    CO_NEW(forever, t, f);
    f->l = l;
    f->e = e;
    f->s = s;
    return t;
}

typedef struct leaver__frame {
    int ac__state;
    ac_lock *l;
    ac_event *e;
    ac_semaphore *s;
    ac_lock_acquire__frame la;
    ac_sleep__frame sl;
} leaver__frame;
CO_DECL(leaver);
CO_DESC(leaver);

static int leaver__resume(void *frame, ac_task *task) {
    leaver__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, ac_lock_acquire__init(&f->la, f->l), ac_lock_acquire__resume(&f->la, task));
    CO_CHECK(rc);
    for (int i = 0; i < 3; i++)
        ac_detach(ac_spawn(forever(f->l, f->e, f->s)));
    CO_SLEEP(f, 2, 0);
    CO_END(f);
}

static ac_task *leaver(ac_lock *l, ac_event *e, ac_semaphore *s) {
    CO_NEW(leaver, t, f);
    f->l = l;
    f->e = e;
    f->s = s;
    return t;
}

TEST(sync, loop_closed_on_tasks_that_wait_forever) {
    ac_lock *l = ac_lock_new();
    ac_event *e = ac_event_new();
    ac_semaphore *s = ac_semaphore_new(0);
    cr_assert_eq(ac_run(leaver(l, e, s), NULL), 0);
    cr_assert_str_eq(co_log, "");
    /* still consistent: the lock is held by leaver (which never released it),
     * no waiter is left anywhere */
    cr_assert_eq(ac_lock_locked(l), 1);
    cr_assert_eq(ac_lock_release(l), 0);
    cr_assert_eq(ac_semaphore_locked(s), 1);
    ac_semaphore_release(s);
    cr_assert_eq(ac_semaphore_locked(s), 0);
    ac_lock_free(l);
    ac_event_free(e);
    ac_semaphore_free(s);
}

/* A queue's waiters are not parked one by one: the loop finds them through
 * the queue (its getters and putters, parked as a group on the loop's list,
 * issue 10). The final cancel still reaches each, the loop's close still
 * destroys those that wait again, and the queue, left with no waiter, works
 * on the next loop: its group is parked there on its first wait. */
typedef struct qwait__frame {
    int ac__state;
    ac_queue *q;
    const char *name;
    int put, round, v;
    ac_queue_get__frame g;
    ac_queue_put__frame p;
} qwait__frame;
CO_DECL(qwait);
CO_DESC(qwait);

static int qwait__resume(void *frame, ac_task *task) {
    qwait__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->round = 0; f->round < 3; f->round++) {
        if (f->put) {
            f->v = 10 + f->round;
            CO_AWAIT(f, 1, ac_queue_put__init(&f->p, f->q, &f->v), ac_queue_put__resume(&f->p, task));
        } else {
            CO_AWAIT(f, 2, ac_queue_get__init(&f->g, f->q, &f->v), ac_queue_get__resume(&f->g, task));
        }
        if (rc == AC__FAIL)
            say("%s round %d: %s", f->name, f->round, ac_err_name(ac__caught(task)));
        else
            say("%s round %d: %d", f->name, f->round, f->v);
    }
    CO_END(f);
}

static ac_task *qwait(ac_queue *q, const char *name, int put) {
    CO_NEW(qwait, t, f);
    f->q = q;
    f->name = name;
    f->put = put;
    return t;
}

typedef struct qmain__frame {
    int ac__state;
    ac_queue *q;
    int put;
    int v;
    ac_sleep__frame sl;
} qmain__frame;
CO_DECL(qmain);
CO_DESC(qmain);

static int qmain__resume(void *frame, ac_task *task) {
    qmain__frame *f = frame;
    int rc;
    (void)task;
    CO_BEGIN(f);
    if (f->put) {
        ac_detach(ac_spawn(qwait(f->q, "p1", 1)));
        CO_SLEEP(f, 1, 0);
        /* p1 waits (the queue is full); this wakes it, and main ends first */
        if (ac_queue_get_nowait(f->q, &f->v) == 0)
            say("main took %d", f->v);
    } else {
        ac_detach(ac_spawn(qwait(f->q, "g1", 0)));
        ac_detach(ac_spawn(qwait(f->q, "g2", 0)));
        CO_SLEEP(f, 2, 0);
        ac_queue_put_nowait(f->q, &(int){7});
        CO_SLEEP(f, 3, 0);
    }
    CO_END(f);
}

static ac_task *qmain(ac_queue *q, int put) {
    CO_NEW(qmain, t, f);
    f->q = q;
    f->put = put;
    return t;
}

TEST(sync, queue_waiters_found_through_the_queue) {
    ac_queue *q = ac_queue_new(int, 1);
    int v;
    log_reset();
    cr_assert_eq(ac_run(qmain(q, 0), NULL), 0);
    cr_assert_eq(ac_queue_size(q), 0);
    cr_assert_eq(ac_queue_put_nowait(q, &(int){1}), 0);
    cr_assert_eq(ac_run(qmain(q, 1), NULL), 0);
    cr_assert_eq(ac_queue_get_nowait(q, &v), 0);
    cr_assert_eq(ac_queue_size(q), 0);
    ac_queue_free(q);
    cr_assert_str_eq(co_log, "g1 round 0: 7\n"
                             "g1 round 1: ECANCELED\n"
                             "g2 round 0: ECANCELED\n"
                             "main took 1\n"
                             "p1 round 0: ECANCELED\n"
                             "p1 round 1: 11\n");
}

/* A loop run inside a step of another (ac_run from a task) with a queue both
 * wait on: the inner loop's getter is parked on its own (the queue's group
 * stays with the outer loop, whose getter still waits), so the inner loop's
 * final cancel and close reach only its own task, and the outer getter is
 * still there for the put that follows. */
typedef struct qinner__frame {
    int ac__state;
    ac_queue *q;
    ac_sleep__frame sl;
} qinner__frame;
CO_DECL(qinner);
CO_DESC(qinner);

static int qinner__resume(void *frame, ac_task *task) {
    qinner__frame *f = frame;
    int rc;
    (void)task;
    CO_BEGIN(f);
    ac_detach(ac_spawn(qwait(f->q, "inner", 0)));
    CO_SLEEP(f, 1, 0);
    CO_END(f);
}

static ac_task *qinner(ac_queue *q) {
    CO_NEW(qinner, t, f);
    f->q = q;
    return t;
}

typedef struct qouter__frame {
    int ac__state;
    ac_queue *q;
    ac_sleep__frame sl;
} qouter__frame;
CO_DECL(qouter);
CO_DESC(qouter);

static int qouter__resume(void *frame, ac_task *task) {
    qouter__frame *f = frame;
    int rc;
    (void)task;
    CO_BEGIN(f);
    ac_detach(ac_spawn(qwait(f->q, "outer", 0)));
    CO_SLEEP(f, 1, 0);
    say("inner run: %d", ac_run(qinner(f->q), NULL));
    ac_queue_put_nowait(f->q, &(int){5});
    CO_SLEEP(f, 2, 0);
    CO_END(f);
}

static ac_task *qouter(ac_queue *q) {
    CO_NEW(qouter, t, f);
    f->q = q;
    return t;
}

TEST(sync, queue_shared_with_a_loop_run_inside_a_step) {
    ac_queue *q = ac_queue_new(int, 0);
    log_reset();
    cr_assert_eq(ac_run(qouter(q), NULL), 0);
    ac_queue_free(q);
    cr_assert_str_eq(co_log, "inner round 0: ECANCELED\n"
                             "inner run: 0\n"
                             "outer round 0: 5\n"
                             "outer round 1: ECANCELED\n");
}
