/* test_cancel.c: ac_cancel before a task starts, while it sleeps, while it is
 * ready, while it awaits a future or a task (the cancel is forwarded, as
 * asyncio's task.cancel() cancels _fut_waiter), when it cancels itself, and
 * when its timer has fired but its wake-up has not run yet. Each expected log
 * is what the asyncio twin prints. */
#include "coro.h"

/* async void body(const char *name) { say runs; await ac_sleep(1); } */
typedef struct body__frame {
    int ac__state;
    const char *name;
    ac_sleep__frame sl;
} body__frame;
CO_DECL(body);
CO_DESC(body);

static int body__resume(void *frame, ac_task *task) {
    body__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("%s runs", f->name);
    CO_SLEEP(f, 1, 1);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *body(const char *name) {
    CO_NEW(body, t, f);
    f->name = name;
    return t;
}

/* async void fwaiter(ac_future *fut) { try { await fut; } catch: say; throw; } */
typedef struct fwaiter__frame {
    int ac__state;
    ac_task *fut;
    ac__wait__frame wt;
} fwaiter__frame;
CO_DECL(fwaiter);
CO_DESC(fwaiter);

static int fwaiter__resume(void *frame, ac_task *task) {
    fwaiter__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_WAIT(f, 1, f->fut);
    if (rc == AC__FAIL) {
        say("fwaiter %s", ac_err_name(ac__caught(task)));
        return ac__raise(task, ac__error(task));
    }
    CO_END(f);
}

static ac_task *fwaiter(ac_task *fut) {
    CO_NEW(fwaiter, t, f);
    f->fut = fut;
    return t;
}

/*
async def body(name):
    print(f"{name} runs")
    await asyncio.sleep(1)
async def fwaiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("fwaiter cancelled")
        raise
async def main():
    t = asyncio.create_task(body("never"))
    print("cancel before start:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raised CancelledError")
    print("cancelled:", t.cancelled(), "cancel again:", t.cancel())
    fut = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(fwaiter(fut))
    await asyncio.sleep(0)
    print("cancel waiter:", w.cancel())
    print("future cancelled at once:", fut.cancelled())
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled())
*/
typedef struct basic__frame {
    int ac__state;
    ac_task *t, *fut, *w;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} basic__frame;
CO_DECL(basic);
CO_DESC(basic);

static int basic__resume(void *frame, ac_task *task) {
    basic__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(body("never"));
    say("cancel before start: %d", ac_cancel(f->t));
    CO_WAIT(f, 1, f->t);
    if (rc == AC__FAIL && ac__caught(task) == AC_ECANCELED)
        say("awaiting it raised ECANCELED");
    say("cancelled: %d cancel again: %d", ac_cancelled(f->t), ac_cancel(f->t));
    ac_release(f->t);
    f->fut = ac_future_new(int);
    f->w = ac_spawn(fwaiter(f->fut));
    CO_SLEEP(f, 2, 0);
    say("cancel waiter: %d", ac_cancel(f->w));
    say("future cancelled at once: %d", ac_cancelled(f->fut));
    CO_WAIT(f, 3, f->w);
    if (rc == AC__FAIL && ac__caught(task) == AC_ECANCELED)
        say("w cancelled: %d", ac_cancelled(f->w));
    ac_release(f->w);
    ac_release(f->fut);
    CO_END(f);
}

static ac_task *basic(void) {
    CO_NEW(basic, t, f);
    return t;
}

TEST(cancel, before_start_and_while_awaiting_a_future) {
    cr_assert_eq(ac_run(basic(), NULL), 0);
    cr_assert_str_eq(co_log, "cancel before start: 1\n"
                             "awaiting it raised ECANCELED\n"
                             "cancelled: 1 cancel again: 0\n"
                             "cancel waiter: 1\n"
                             "future cancelled at once: 1\n"
                             "fwaiter ECANCELED\n"
                             "w cancelled: 1\n");
}

/* ------------------------------------------------------------------------- */
/* 04_cancel: cancelled while sleeping.
async def delay(n):
    print(f"sleeping for {n} second(s)")
    await asyncio.sleep(n * 0.05)
    print(f"finished sleeping for {n} second(s)")
    return n
async def main():
    long_task = asyncio.create_task(delay(10))
    seconds_elapsed = 0
    while not long_task.done():
        print("Task not finished, checking again in a second.")
        await asyncio.sleep(1 * 0.05)
        seconds_elapsed += 1
        if seconds_elapsed == 5:
            long_task.cancel()
    try:
        await long_task
    except CancelledError:
        print("Our task was cancelled.")
    print(f"cancelled: {long_task.cancelled()}")
*/
typedef struct delay__frame {
    int ac__state;
    int n;
    ac_sleep__frame sl;
    int ac__ret;
} delay__frame;
CO_DECL(delay);
CO_DESC_RET(delay);

static int delay__resume(void *frame, ac_task *task) {
    delay__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("sleeping for %d second(s)", f->n);
    CO_SLEEP(f, 1, f->n * 0.01);
    CO_CHECK(rc);
    say("finished sleeping for %d second(s)", f->n);
    CO_RETURN(f, f->n);
    CO_END(f);
}

static ac_task *delay(int n) {
    CO_NEW(delay, t, f);
    f->n = n;
    return t;
}

typedef struct ex04__frame {
    int ac__state;
    ac_task *long_task;
    int seconds_elapsed;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} ex04__frame;
CO_DECL(ex04);
CO_DESC(ex04);

static int ex04__resume(void *frame, ac_task *task) {
    ex04__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->long_task = ac_spawn(delay(10));
    while (!ac_done(f->long_task)) {
        say("Task not finished, checking again in a second.");
        CO_SLEEP(f, 1, 0.01);
        CO_CHECK(rc);
        if (++f->seconds_elapsed == 5)
            ac_cancel(f->long_task);
    }
    CO_WAIT(f, 2, f->long_task);
    if (rc == AC__FAIL) {
        if (ac__caught(task) != AC_ECANCELED)
            return ac__raise(task, ac__error(task));
        say("Our task was cancelled.");
    }
    say("cancelled: %s", ac_cancelled(f->long_task) ? "True" : "False");
    ac_release(f->long_task);
    CO_END(f);
}

static ac_task *ex04(void) {
    CO_NEW(ex04, t, f);
    return t;
}

TEST(cancel, while_sleeping) {
    cr_assert_eq(ac_run(ex04(), NULL), 0);
    cr_assert_str_eq(co_log, "Task not finished, checking again in a second.\n"
                             "sleeping for 10 second(s)\n"
                             "Task not finished, checking again in a second.\n"
                             "Task not finished, checking again in a second.\n"
                             "Task not finished, checking again in a second.\n"
                             "Task not finished, checking again in a second.\n"
                             "Task not finished, checking again in a second.\n"
                             "Our task was cancelled.\n"
                             "cancelled: True\n");
}

/* ------------------------------------------------------------------------- */
/* A task cancelled while its timer's wake-up is queued (the timer fired this
 * pass): asyncio cancels the sleep future, which schedules the task at the
 * tail right then; the timer's callback then does nothing.
async def sleeper():
    try:
        await asyncio.sleep(0.05)
        print("sleeper woke")
    except asyncio.CancelledError:
        print("sleeper cancelled")
async def other(name):
    for i in range(3):
        print(f"{name} {i}")
        await asyncio.sleep(0)
async def canceller(s):
    print("canceller spins")
    time.sleep(0.1)
    await asyncio.sleep(0)
    print("canceller cancels")
    s.cancel()
    asyncio.create_task(other("late"))
    await asyncio.sleep(0)
    print("canceller done")
async def main():
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    c = asyncio.create_task(canceller(s))
    o = asyncio.create_task(other("o"))
    await s
    print("main: sleeper cancelled =", s.cancelled())
    await c; await o
    await asyncio.sleep(0.01)
*/
typedef struct sleeper__frame {
    int ac__state;
    ac_sleep__frame sl;
} sleeper__frame;
CO_DECL(sleeper);
CO_DESC(sleeper);

static int sleeper__resume(void *frame, ac_task *task) {
    sleeper__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0.05);
    if (rc == AC__DONE)
        say("sleeper woke");
    else if (ac__caught(task) == AC_ECANCELED)
        say("sleeper cancelled");
    CO_END(f);
}

static ac_task *sleeper(void) {
    CO_NEW(sleeper, t, f);
    return t;
}

typedef struct other__frame {
    int ac__state;
    const char *name;
    int i;
    ac_sleep__frame sl;
} other__frame;
CO_DECL(other);
CO_DESC(other);

static int other__resume(void *frame, ac_task *task) {
    other__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < 3; f->i++) {
        say("%s %d", f->name, f->i);
        CO_SLEEP(f, 1, 0);
        CO_CHECK(rc);
    }
    CO_END(f);
}

static ac_task *other(const char *name) {
    CO_NEW(other, t, f);
    f->name = name;
    return t;
}

typedef struct canceller__frame {
    int ac__state;
    ac_task *s;
    ac_sleep__frame sl;
} canceller__frame;
CO_DECL(canceller);
CO_DESC(canceller);

static int canceller__resume(void *frame, ac_task *task) {
    canceller__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("canceller spins");
    spin_for(0.1);
    CO_SLEEP(f, 1, 0);
    say("canceller cancels");
    ac_cancel(f->s);
    ac_detach(ac_spawn(other("late")));
    CO_SLEEP(f, 2, 0);
    say("canceller done");
    CO_END(f);
}

static ac_task *canceller(ac_task *s) {
    CO_NEW(canceller, t, f);
    f->s = s;
    return t;
}

typedef struct wake__frame {
    int ac__state;
    ac_task *s, *c, *o;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} wake__frame;
CO_DECL(wake);
CO_DESC(wake);

static int wake__resume(void *frame, ac_task *task) {
    wake__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->s = ac_spawn(sleeper());
    CO_SLEEP(f, 1, 0);
    f->c = ac_spawn(canceller(f->s));
    f->o = ac_spawn(other("o"));
    CO_WAIT(f, 2, f->s);
    say("main: sleeper cancelled = %s", ac_cancelled(f->s) ? "True" : "False");
    CO_WAIT(f, 3, f->c);
    CO_WAIT(f, 4, f->o);
    CO_SLEEP(f, 5, 0.01);
    ac_release(f->s);
    ac_release(f->c);
    ac_release(f->o);
    CO_END(f);
}

static ac_task *wake(void) {
    CO_NEW(wake, t, f);
    return t;
}

TEST(cancel, after_its_timer_fired_before_its_wakeup) {
    cr_assert_eq(ac_run(wake(), NULL), 0);
    cr_assert_str_eq(co_log, "canceller spins\n"
                             "o 0\n"
                             "canceller cancels\n"
                             "o 1\n"
                             "sleeper cancelled\n"
                             "late 0\n"
                             "canceller done\n"
                             "o 2\n"
                             "main: sleeper cancelled = False\n"
                             "late 1\n"
                             "late 2\n");
}

/* ------------------------------------------------------------------------- */
/* A task cancelling itself: the request waits for its next suspension, which
 * then raises one pass later.
async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(0)
async def selfc():
    asyncio.current_task().cancel()
    print("self cancelled, still running")
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("sleep raised")
    await asyncio.sleep(0)
    print("selfc done")
async def main():
    t = asyncio.create_task(ticker())
    s = asyncio.create_task(selfc())
    await s
    print("selfc cancelled:", s.cancelled())
    await t
*/
typedef struct selfc__frame {
    int ac__state;
    ac_sleep__frame sl;
} selfc__frame;
CO_DECL(selfc);
CO_DESC(selfc);

static int selfc__resume(void *frame, ac_task *task) {
    selfc__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    cr_assert_eq(ac_cancel(ac_current()), 1);
    say("self cancelled, still running");
    CO_SLEEP(f, 1, 0.5);
    if (rc == AC__FAIL && ac__caught(task) == AC_ECANCELED)
        say("sleep raised");
    CO_SLEEP(f, 2, 0);
    CO_CHECK(rc);
    say("selfc done");
    CO_END(f);
}

static ac_task *selfc(void) {
    CO_NEW(selfc, t, f);
    return t;
}

typedef struct selfmain__frame {
    int ac__state;
    ac_task *t, *s;
    ac__wait__frame wt;
} selfmain__frame;
CO_DECL(selfmain);
CO_DESC(selfmain);

static int selfmain__resume(void *frame, ac_task *task) {
    selfmain__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(other("tick"));
    f->s = ac_spawn(selfc());
    CO_WAIT(f, 1, f->s);
    CO_CHECK(rc);
    say("selfc cancelled: %s", ac_cancelled(f->s) ? "True" : "False");
    CO_WAIT(f, 2, f->t);
    ac_release(f->t);
    ac_release(f->s);
    CO_END(f);
}

static ac_task *selfmain(void) {
    CO_NEW(selfmain, t, f);
    return t;
}

TEST(cancel, itself) {
    double t0 = ac_time();
    cr_assert_eq(ac_run(selfmain(), NULL), 0);
    cr_assert_lt(ac_time() - t0, 0.4); /* the 0.5 s sleep never armed */
    cr_assert_str_eq(co_log, "tick 0\n"
                             "self cancelled, still running\n"
                             "tick 1\n"
                             "sleep raised\n"
                             "tick 2\n"
                             "selfc done\n"
                             "selfc cancelled: False\n");
}

/* ------------------------------------------------------------------------- */
/* Forwarding through a task that awaits a task.
async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
async def middle(t):
    try:
        await t
    except asyncio.CancelledError:
        print("middle cancelled")
        raise
async def main():
    i = asyncio.create_task(inner())
    m = asyncio.create_task(middle(i))
    await asyncio.sleep(0)
    print("cancel middle:", m.cancel())
    try:
        await m
    except asyncio.CancelledError:
        pass
    print("inner:", i.cancelled(), "middle:", m.cancelled())
*/
typedef struct inner__frame {
    int ac__state;
    ac_sleep__frame sl;
} inner__frame;
CO_DECL(inner);
CO_DESC(inner);

static int inner__resume(void *frame, ac_task *task) {
    inner__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 1);
    if (rc == AC__FAIL) {
        say("inner %s", ac_err_name(ac__error(task)));
        return AC__FAIL;
    }
    CO_END(f);
}

static ac_task *inner(void) {
    CO_NEW(inner, t, f);
    return t;
}

typedef struct middle__frame {
    int ac__state;
    ac_task *t;
    ac__wait__frame wt;
} middle__frame;
CO_DECL(middle);
CO_DESC(middle);

static int middle__resume(void *frame, ac_task *task) {
    middle__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_WAIT(f, 1, f->t);
    if (rc == AC__FAIL) {
        say("middle %s", ac_err_name(ac__error(task)));
        return AC__FAIL;
    }
    CO_END(f);
}

static ac_task *middle(ac_task *t) {
    CO_NEW(middle, t2, f);
    f->t = t;
    return t2;
}

typedef struct chain__frame {
    int ac__state;
    ac_task *i, *m;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} chain__frame;
CO_DECL(chain);
CO_DESC(chain);

static int chain__resume(void *frame, ac_task *task) {
    chain__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->i = ac_spawn(inner());
    f->m = ac_spawn(middle(f->i));
    CO_SLEEP(f, 1, 0);
    say("cancel middle: %d", ac_cancel(f->m));
    CO_WAIT(f, 2, f->m);
    if (rc == AC__FAIL)
        (void)ac__caught(task);
    say("inner: %d middle: %d", ac_cancelled(f->i), ac_cancelled(f->m));
    ac_release(f->i);
    ac_release(f->m);
    CO_END(f);
}

static ac_task *chain(void) {
    CO_NEW(chain, t, f);
    return t;
}

TEST(cancel, forwarded_through_an_awaited_task) {
    double t0 = ac_time();
    cr_assert_eq(ac_run(chain(), NULL), 0);
    cr_assert_lt(ac_time() - t0, 0.5);
    cr_assert_str_eq(co_log, "cancel middle: 1\n"
                             "inner ECANCELED\n"
                             "middle ECANCELED\n"
                             "inner: 1 middle: 1\n");
}

/* ------------------------------------------------------------------------- */
/* Cancelled while ready (queued after a sleep(0)): it arrives at that await.
 * A cancel caught and not re-raised is suppressed: the task ends normally.
 * Cancelling a task waiting in a coroutine object it runs in place reaches
 * the innermost await. */
typedef struct catcher__frame {
    int ac__state;
    ac_task *h;
    ac_sleep__frame sl;
    ac__wait__frame wt;
    int ac__ret;
} catcher__frame;
CO_DECL(catcher);
CO_DESC_RET(catcher);

static int catcher__resume(void *frame, ac_task *task) {
    catcher__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    if (rc == AC__FAIL) {
        say("caught %s at sleep(0)", ac_err_name(ac__caught(task)));
    }
    /* Now inside a coroutine object run in place, sleeping. */
    f->h = body("nested");
    CO_WAIT(f, 2, f->h);
    if (rc == AC__FAIL)
        say("caught %s from the nested sleep", ac_err_name(ac__caught(task)));
    cr_assert(ac_cancelled(f->h));
    ac_release(f->h);
    CO_RETURN(f, 11);
    CO_END(f);
}

static ac_task *catcher(void) {
    CO_NEW(catcher, t, f);
    return t;
}

typedef struct ready__frame {
    int ac__state;
    ac_task *c;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} ready__frame;
CO_DECL(ready);
CO_DESC(ready);

static int ready__resume(void *frame, ac_task *task) {
    ready__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->c = ac_spawn(catcher());
    CO_SLEEP(f, 1, 0); /* the catcher runs to its sleep(0): it is ready now */
    cr_assert_eq(ac_cancel(f->c), 1);
    CO_SLEEP(f, 2, 0.01); /* it is inside the nested body's sleep(1) now */
    cr_assert_eq(ac_cancel(f->c), 1);
    CO_WAIT(f, 3, f->c);
    CO_CHECK(rc);
    cr_assert(!ac_cancelled(f->c));
    cr_assert_eq(ac_result(f->c, int), 11);
    ac_release(f->c);
    CO_END(f);
}

static ac_task *ready(void) {
    CO_NEW(ready, t, f);
    return t;
}

TEST(cancel, while_ready_and_in_a_nested_coroutine) {
    double t0 = ac_time();
    cr_assert_eq(ac_run(ready(), NULL), 0);
    cr_assert_lt(ac_time() - t0, 0.5);
    cr_assert_str_eq(co_log, "caught ECANCELED at sleep(0)\n"
                             "nested runs\n"
                             "caught ECANCELED from the nested sleep\n");
}

/* A plain future cancelled: its awaiters get ECANCELED; cancel of a done
 * future is 0. */
TEST(cancel, futures) {
    ac_future *f = ac_future_new(int);
    cr_assert_eq(ac_cancel(f), 1);
    cr_assert(ac_cancelled(f));
    cr_assert_eq(ac_error_of(f), AC_ECANCELED);
    cr_assert_eq(ac_cancel(f), 0);
    cr_assert_eq(ac_future_fail(f, 5), AC_EINVAL);
    ac_release(f);
}

/* Cancelled while running and returning without another await: it ends
 * cancelled, its result dropped.
async def quitter():
    asyncio.current_task().cancel()
    print("quitter returns 5")
    return 5
async def main():
    t = asyncio.create_task(quitter())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())
*/
typedef struct quitter__frame {
    int ac__state;
    int ac__ret;
} quitter__frame;
CO_DECL(quitter);
CO_DESC_RET(quitter);

static int quitter__resume(void *frame, ac_task *task) {
    quitter__frame *f = frame;
    (void)task;
    ac_cancel(ac_current());
    say("quitter returns 5");
    CO_RETURN(f, 5);
}

static ac_task *quitter(void) {
    CO_NEW(quitter, t, f);
    return t;
}

typedef struct qmain__frame {
    int ac__state;
    ac_task *t;
    ac__wait__frame wt;
} qmain__frame;
CO_DECL(qmain);
CO_DESC(qmain);

static int qmain__resume(void *frame, ac_task *task) {
    qmain__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(quitter());
    CO_WAIT(f, 1, f->t);
    if (rc == AC__DONE)
        say("%d", ac_result(f->t, int));
    else if (ac__caught(task) == AC_ECANCELED)
        say("cancelled: %d", ac_cancelled(f->t));
    ac_release(f->t);
    CO_END(f);
}

static ac_task *qmain(void) {
    CO_NEW(qmain, t, f);
    return t;
}

TEST(cancel, while_running_then_returning) {
    cr_assert_eq(ac_run(qmain(), NULL), 0);
    cr_assert_str_eq(co_log, "quitter returns 5\ncancelled: 1\n");
}
