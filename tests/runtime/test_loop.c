/* test_loop.c: loop passes, the ready queue's order, call_soon/later/at, ac_run
 * and ac_loop_run, and the end of a run (asyncio.run's cancelling of what is
 * left). Each expected log is what the asyncio twin quoted above it prints
 * (CPython 3.11). */
#include "coro.h"

/* ------------------------------------------------------------------------- */
/* async void child(const char *name) { say start; await ac_sleep(0); say end; } */

typedef struct child__frame {
    int ac__state;
    const char *name;
    ac_sleep__frame sl;
} child__frame;
CO_DECL(child);
CO_DESC(child);

static int child__resume(void *frame, ac_task *task) {
    child__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("%s start", f->name);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    say("%s end", f->name);
    CO_END(f);
}

static ac_task *child(const char *name) {
    CO_NEW(child, t, f);
    f->name = name;
    return t;
}

/*
import asyncio
async def child(name):
    print(f"{name} start")
    await asyncio.sleep(0)
    print(f"{name} end")
async def main():
    print("main start")
    a = asyncio.create_task(child("A"))
    b = asyncio.create_task(child("B"))
    print("main spawned")
    await asyncio.sleep(0)
    print("main after sleep0")
    await a
    print("main awaited A")
    await b
    print("main end")
asyncio.run(main())
*/
typedef struct spawner__frame {
    int ac__state;
    ac_task *a, *b;
    ac_sleep__frame sl;
    ac__wait__frame wt;
    int ac__ret;
} spawner__frame;
CO_DECL(spawner);
CO_DESC_RET(spawner);

static int spawner__resume(void *frame, ac_task *task) {
    spawner__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("main start");
    f->a = ac_spawn(child("A"));
    f->b = ac_spawn(child("B"));
    say("main spawned");
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    say("main after sleep0");
    CO_WAIT(f, 2, f->a);
    CO_CHECK(rc);
    say("main awaited A");
    CO_WAIT(f, 3, f->b);
    CO_CHECK(rc);
    say("main end");
    ac_release(f->a);
    ac_release(f->b);
    CO_RETURN(f, 42);
    CO_END(f);
}

static ac_task *spawner(void) {
    CO_NEW(spawner, t, f);
    return t;
}

TEST(loop, spawned_task_starts_after_spawner_suspends) {
    int result = 0;
    cr_assert_eq(ac_run(spawner(), &result), 0);
    cr_assert_eq(result, 42);
    cr_assert_str_eq(co_log, "main start\n"
                             "main spawned\n"
                             "A start\n"
                             "B start\n"
                             "main after sleep0\n"
                             "A end\n"
                             "B end\n"
                             "main awaited A\n"
                             "main end\n");
}

/* ------------------------------------------------------------------------- */
/*
async def worker(name, n):
    for i in range(n):
        print(f"{name}{i}")
        await asyncio.sleep(0)
async def main():
    ts = [asyncio.create_task(worker(c, 3)) for c in "ABC"]
    for t in ts: await t
*/
typedef struct worker__frame {
    int ac__state;
    const char *name;
    int n, i;
    ac_sleep__frame sl;
} worker__frame;
CO_DECL(worker);
CO_DESC(worker);

static int worker__resume(void *frame, ac_task *task) {
    worker__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < f->n; f->i++) {
        say("%s%d", f->name, f->i);
        CO_SLEEP(f, 1, 0);
        CO_CHECK(rc);
    }
    CO_END(f);
}

static ac_task *worker(const char *name, int n) {
    CO_NEW(worker, t, f);
    f->name = name;
    f->n = n;
    return t;
}

typedef struct three__frame {
    int ac__state;
    ac_task *ts[3];
    int i;
    ac__wait__frame wt;
} three__frame;
CO_DECL(three);
CO_DESC(three);

static int three__resume(void *frame, ac_task *task) {
    three__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->ts[0] = ac_spawn(worker("A", 3));
    f->ts[1] = ac_spawn(worker("B", 3));
    f->ts[2] = ac_spawn(worker("C", 3));
    for (f->i = 0; f->i < 3; f->i++) {
        CO_WAIT(f, 1, f->ts[f->i]);
        CO_CHECK(rc);
    }
    for (f->i = 0; f->i < 3; f->i++)
        ac_release(f->ts[f->i]);
    CO_END(f);
}

static ac_task *three(void) {
    CO_NEW(three, t, f);
    return t;
}

TEST(loop, sleep0_interleaves_three_tasks) {
    cr_assert_eq(ac_run(three(), NULL), 0);
    cr_assert_str_eq(co_log, "A0\nB0\nC0\nA1\nB1\nC1\nA2\nB2\nC2\n");
}

/* ------------------------------------------------------------------------- */
/*
def cb(x): print(f"cb {x}")
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.06, cb, "later 0.06")
    loop.call_at(t0 + 0.03, cb, "at +0.03")
    loop.call_later(0, cb, "later 0")
    loop.call_soon(cb, "soon 1")
    loop.call_soon(cb, "soon 2")
    print("main before sleep0")
    await asyncio.sleep(0)
    print("main after sleep0")
    await asyncio.sleep(0)
    print("main after 2nd sleep0")
    await asyncio.sleep(0.1)
    print("main end")
*/
static void cb_say(void *arg) { say("cb %s", (const char *)arg); }

typedef struct callbacks__frame {
    int ac__state;
    ac_sleep__frame sl;
} callbacks__frame;
CO_DECL(callbacks);
CO_DESC(callbacks);

static int callbacks__resume(void *frame, ac_task *task) {
    callbacks__frame *f = frame;
    int rc;
    double t0;
    CO_BEGIN(f);
    t0 = ac_time();
    cr_assert_eq(ac_call_later(0.06, cb_say, "later 0.06"), 0);
    cr_assert_eq(ac_call_at(t0 + 0.03, cb_say, "at +0.03"), 0);
    cr_assert_eq(ac_call_later(0, cb_say, "later 0"), 0);
    cr_assert_eq(ac_call_soon(cb_say, "soon 1"), 0);
    cr_assert_eq(ac_call_soon(cb_say, "soon 2"), 0);
    say("main before sleep0");
    CO_SLEEP(f, 1, 0);
    say("main after sleep0");
    CO_SLEEP(f, 2, 0);
    say("main after 2nd sleep0");
    CO_SLEEP(f, 3, 0.1);
    say("main end");
    CO_END(f);
}

static ac_task *callbacks(void) {
    CO_NEW(callbacks, t, f);
    return t;
}

TEST(loop, call_soon_later_at_order) {
    cr_assert_eq(ac_run(callbacks(), NULL), 0);
    cr_assert_str_eq(co_log, "main before sleep0\n"
                             "cb soon 1\n"
                             "cb soon 2\n"
                             "main after sleep0\n"
                             "cb later 0\n"
                             "main after 2nd sleep0\n"
                             "cb at +0.03\n"
                             "cb later 0.06\n"
                             "main end\n");
}

/* ------------------------------------------------------------------------- */
/* asyncio.run cancels what is left when main returns, and runs it to its end.
async def sleeper(name):
    try:
        print(f"{name} sleeping")
        await asyncio.sleep(10)
        print(f"{name} woke")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        await asyncio.sleep(0)
        print(f"{name} cleanup done")
        raise
async def main():
    asyncio.create_task(sleeper("A"))
    asyncio.create_task(sleeper("B"))
    await asyncio.sleep(0)
    print("main returns")
    return 7
print(asyncio.run(main()))
*/
typedef struct sleeper__frame {
    int ac__state;
    const char *name;
    int err;
    ac_sleep__frame sl;
} sleeper__frame;
CO_DECL(sleeper);
CO_DESC(sleeper);

static int sleeper__resume(void *frame, ac_task *task) {
    sleeper__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("%s sleeping", f->name);
    CO_SLEEP(f, 1, 10);
    if (rc == AC__DONE) {
        say("%s woke", f->name);
        return AC__DONE;
    }
    f->err = ac__caught(task);
    cr_assert_eq(f->err, AC_ECANCELED);
    say("%s cancelled", f->name);
    CO_SLEEP(f, 2, 0);
    CO_CHECK(rc);
    say("%s cleanup done", f->name);
    return ac__raise(task, f->err);
    CO_END(f);
}

static ac_task *sleeper(const char *name) {
    CO_NEW(sleeper, t, f);
    f->name = name;
    return t;
}

typedef struct leaver__frame {
    int ac__state;
    ac_sleep__frame sl;
    int ac__ret;
} leaver__frame;
CO_DECL(leaver);
CO_DESC_RET(leaver);

static int leaver__resume(void *frame, ac_task *task) {
    leaver__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    ac_detach(ac_spawn(sleeper("A")));
    ac_detach(ac_spawn(sleeper("B")));
    CO_SLEEP(f, 1, 0);
    say("main returns");
    CO_RETURN(f, 7);
    CO_END(f);
}

static ac_task *leaver(void) {
    CO_NEW(leaver, t, f);
    return t;
}

TEST(loop, run_cancels_pending_tasks_at_the_end) {
    int result = 0;
    double t0 = ac_time();
    cr_assert_eq(ac_run(leaver(), &result), 0);
    cr_assert_eq(result, 7);
    cr_assert_lt(ac_time() - t0, 5.0);
    cr_assert_str_eq(co_log, "A sleeping\n"
                             "B sleeping\n"
                             "main returns\n"
                             "A cancelled\n"
                             "B cancelled\n"
                             "A cleanup done\n"
                             "B cleanup done\n");
}

/* ------------------------------------------------------------------------- */
/* Driving a loop by hand (07_print_add), and the loop's own rules. */

typedef struct busy__frame {
    int ac__state;
    ac_loop *l;
    ac_sleep__frame sl;
    int ac__ret;
} busy__frame;
CO_DECL(busy);
CO_DESC_RET(busy);

static int busy__resume(void *frame, ac_task *task) {
    busy__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    /* Closing or re-running the loop from inside it is refused. */
    cr_assert_eq(ac_loop_get(), f->l);
    cr_assert_eq(ac_loop_close(f->l), AC_EBUSY);
    cr_assert_eq(ac_loop_run(f->l, child("X"), NULL), AC_EBUSY);
    cr_assert_eq(ac_current(), task);
    CO_SLEEP(f, 1, 0.01);
    CO_RETURN(f, -5);
    CO_END(f);
}

static ac_task *busy(ac_loop *l) {
    CO_NEW(busy, t, f);
    f->l = l;
    return t;
}

TEST(loop, loop_by_hand) {
    ac_loop *l = ac_loop_new(), *outer;
    int result = 0;
    cr_assert_not_null(l);
    cr_assert_null(ac_loop_get());
    ac_loop_set(l);
    cr_assert_eq(ac_loop_get(), l);
    cr_assert_not_null(ac_loop_uv(l));
    cr_assert_eq(ac_loop_run(l, busy(l), &result), 0);
    cr_assert_eq(result, -5);
    /* A loop runs again after a run. */
    cr_assert_eq(ac_loop_run(l, worker("W", 2), NULL), 0);
    cr_assert_str_eq(co_log, "W0\nW1\n");
    cr_assert_null(ac_current());
    /* ac_run restores the current loop. */
    outer = ac_loop_get();
    cr_assert_eq(ac_run(worker("V", 1), NULL), 0);
    cr_assert_eq(ac_loop_get(), outer);
    cr_assert_eq(ac_loop_close(l), 0);
    cr_assert_null(ac_loop_get());
}

TEST(loop, no_loop_on_this_thread) {
    ac_task *c = child("never");
    cr_assert_null(ac_loop_get());
    cr_assert_null(ac_current());
    /* ac_spawn without a loop drops the coroutine object (no leak, no crash). */
    cr_assert_null(ac_spawn(c));
    cr_assert_eq(ac_call_soon(cb_say, "x"), AC_EINVAL);
    cr_assert_eq(ac_call_later(0.1, cb_say, "x"), AC_EINVAL);
    cr_assert_eq(ac_call_at(1.0, cb_say, "x"), AC_EINVAL);
    cr_assert_null(ac_gather(0, NULL));
    cr_assert_eq(ac_loop_run(NULL, child("y"), NULL), AC_EINVAL);
    cr_assert_eq(ac_loop_close(NULL), AC_EINVAL);
    cr_assert_eq(ac_run(NULL, NULL), AC_EINVAL);
    cr_assert_str_eq(co_log, "");
}

TEST(loop, time_is_monotonic_seconds) {
    double a = ac_time(), b;
    spin_for(0.002);
    b = ac_time();
    cr_assert_gt(a, 0);
    cr_assert_geq(b - a, 0.002);
    cr_assert_lt(b - a, 1.0);
}

/* ac__main: the exit status is main's int result, 1 with a report on stderr
 * when an error escaped; a void main gives 0. */
typedef struct failer__frame {
    int ac__state;
    int code;
    ac_sleep__frame sl;
    int ac__ret;
} failer__frame;
CO_DECL(failer);
CO_DESC_RET(failer);

static int failer__resume(void *frame, ac_task *task) {
    failer__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    if (f->code != 0)
        return ac__raise(task, f->code);
    CO_RETURN(f, 3);
    CO_END(f);
}

static ac_task *failer(int code) {
    CO_NEW(failer, t, f);
    f->code = code;
    return t;
}

TEST(loop, main_exit_status_and_error_report) {
    const char *err;
    cr_assert_eq(ac__main(failer(0)), 3);
    cr_assert_eq(ac__main(worker("M", 1)), 0);
    capture_stderr();
    cr_assert_eq(ac__main(failer(AC_ETIMEDOUT)), 1);
    err = captured_stderr();
    cr_assert_str_eq(err, "Error: ETIMEDOUT: connection timed out\n");
}

/* A main that waits for what can never happen is cancelled (asyncio would
 * hang): the run ends with AC_ECANCELED and a warning. */
typedef struct stuck__frame {
    int ac__state;
    ac_future *fut;
    ac__wait__frame wt;
} stuck__frame;
CO_DECL(stuck);
CO_DESC(stuck);

static int stuck__resume(void *frame, ac_task *task) {
    stuck__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->fut = ac_future_new(int);
    CO_WAIT(f, 1, f->fut);
    ac_release(f->fut);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *stuck(void) {
    CO_NEW(stuck, t, f);
    return t;
}

TEST(loop, deadlock_cancels_main) {
    const char *err;
    capture_stderr();
    cr_assert_eq(ac_run(stuck(), NULL), AC_ECANCELED);
    err = captured_stderr();
    cr_assert(strstr(err, "deadlock") != NULL, "stderr: %s", err);
}
