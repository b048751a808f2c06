/* test_future.c: futures set before and after they are awaited, several
 * waiters woken in order on a later pass, awaiting a done handle without
 * suspending, failing, and misuse that must not crash. */
#include "coro.h"


/* ------------------------------------------------------------------------- */
/*
async def waiter(name, fut):
    print(f"{name} waits")
    v = await fut
    print(f"{name} got {v}")
async def setter(fut):
    print("setter sets")
    fut.set_result(5)
    print("setter after set")
    await asyncio.sleep(0)
    print("setter after sleep0")
async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(0)
async def main():
    fut = asyncio.get_running_loop().create_future()
    ws = [asyncio.create_task(waiter(n, fut)) for n in ("W1", "W2", "W3")]
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    s = asyncio.create_task(setter(fut))
    for t in ws: await t
    print("main woke")
    await s; await tk
*/
typedef struct waiter__frame {
    int ac__state;
    const char *name;
    ac_future *fut;
    ac__wait__frame wt;
} waiter__frame;
CO_DECL(waiter);
CO_DESC(waiter);

static int waiter__resume(void *frame, ac_task *task) {
    waiter__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("%s waits", f->name);
    CO_WAIT(f, 1, f->fut);
    CO_CHECK(rc);
    say("%s got %d", f->name, ac_result(f->fut, int));
    CO_END(f);
}

static ac_task *waiter(const char *name, ac_future *fut) {
    CO_NEW(waiter, t, f);
    f->name = name;
    f->fut = fut;
    return t;
}

typedef struct setter__frame {
    int ac__state;
    ac_future *fut;
    ac_sleep__frame sl;
} setter__frame;
CO_DECL(setter);
CO_DESC(setter);

static int setter__resume(void *frame, ac_task *task) {
    setter__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("setter sets");
    ac_future_set(f->fut, int, 5);
    say("setter after set");
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    say("setter after sleep0");
    CO_END(f);
}

static ac_task *setter(ac_future *fut) {
    CO_NEW(setter, t, f);
    f->fut = fut;
    return t;
}

typedef struct waiters__frame {
    int ac__state;
    ac_future *fut;
    ac_task *ws[3], *tk, *s;
    int i;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} waiters__frame;
CO_DECL(waiters);
CO_DESC(waiters);

static int waiters__resume(void *frame, ac_task *task) {
    waiters__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->fut = ac_future_new(int);
    f->ws[0] = ac_spawn(waiter("W1", f->fut));
    f->ws[1] = ac_spawn(waiter("W2", f->fut));
    f->ws[2] = ac_spawn(waiter("W3", f->fut));
    f->tk = ac_spawn(ticker(4));
    CO_SLEEP(f, 1, 0);
    f->s = ac_spawn(setter(f->fut));
    for (f->i = 0; f->i < 3; f->i++) {
        CO_WAIT(f, 2, f->ws[f->i]);
        CO_CHECK(rc);
    }
    say("main woke");
    CO_WAIT(f, 3, f->s);
    CO_WAIT(f, 4, f->tk);
    for (f->i = 0; f->i < 3; f->i++)
        ac_release(f->ws[f->i]);
    ac_release(f->s);
    ac_release(f->tk);
    ac_release(f->fut);
    CO_END(f);
}

static ac_task *waiters(void) {
    CO_NEW(waiters, t, f);
    return t;
}

TEST(future, waiters_wake_in_order_on_a_later_pass) {
    cr_assert_eq(ac_run(waiters(), NULL), 0);
    cr_assert_str_eq(co_log, "W1 waits\n"
                             "W2 waits\n"
                             "W3 waits\n"
                             "tick 0\n"
                             "tick 1\n"
                             "setter sets\n"
                             "setter after set\n"
                             "tick 2\n"
                             "W1 got 5\n"
                             "W2 got 5\n"
                             "W3 got 5\n"
                             "setter after sleep0\n"
                             "tick 3\n"
                             "main woke\n");
}

/* ------------------------------------------------------------------------- */
/* Awaiting a done future does not suspend.
async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    tk = asyncio.create_task(ticker())       # 3 ticks
    print("before awaits")
    for i in range(3):
        await fut
    print("after awaits")
    await asyncio.sleep(0)
    print("after sleep0")
    await tk
*/
typedef struct doneawait__frame {
    int ac__state;
    ac_future *fut;
    ac_task *tk;
    int i;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} doneawait__frame;
CO_DECL(doneawait);
CO_DESC(doneawait);

static int doneawait__resume(void *frame, ac_task *task) {
    doneawait__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->fut = ac_future_new(int);
    ac_future_set(f->fut, int, 1);
    f->tk = ac_spawn(ticker(3));
    say("before awaits");
    for (f->i = 0; f->i < 3; f->i++) {
        CO_WAIT(f, 1, f->fut);
        CO_CHECK(rc);
    }
    say("after awaits");
    CO_SLEEP(f, 2, 0);
    say("after sleep0");
    CO_WAIT(f, 3, f->tk);
    ac_release(f->tk);
    ac_release(f->fut);
    CO_END(f);
}

static ac_task *doneawait(void) {
    CO_NEW(doneawait, t, f);
    return t;
}

TEST(future, awaiting_a_done_future_does_not_suspend) {
    cr_assert_eq(ac_run(doneawait(), NULL), 0);
    cr_assert_str_eq(co_log, "before awaits\n"
                             "after awaits\n"
                             "tick 0\n"
                             "after sleep0\n"
                             "tick 1\n"
                             "tick 2\n");
}

/* ------------------------------------------------------------------------- */
/* 06_future: set before any await, and set later by a task. */
typedef struct set_later__frame {
    int ac__state;
    ac_future *fut;
    ac_sleep__frame sl;
} set_later__frame;
CO_DECL(set_later);
CO_DESC(set_later);

static int set_later__resume(void *frame, ac_task *task) {
    set_later__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0.01);
    CO_CHECK(rc);
    ac_future_set(f->fut, int, 42);
    CO_END(f);
}

static ac_task *set_later(ac_future *fut) {
    CO_NEW(set_later, t, f);
    f->fut = fut;
    return t;
}

static ac_future *make_request(void) {
    ac_future *future = ac_future_new(int);
    ac_detach(ac_spawn(set_later(future)));
    return future;
}

typedef struct ex06__frame {
    int ac__state;
    ac_future *my_future, *future;
    int value;
    ac__wait__frame wt;
} ex06__frame;
CO_DECL(ex06);
CO_DESC(ex06);

static const char *tf(int b) { return b ? "True" : "False"; }

static int ex06__resume(void *frame, ac_task *task) {
    ex06__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->my_future = ac_future_new(int);
    say("Is my_future done? %s", tf(ac_done(f->my_future)));
    ac_future_set(f->my_future, int, 42);
    say("Is my_future done? %s", tf(ac_done(f->my_future)));
    say("What is the result of my_future? %d", ac_result(f->my_future, int));
    ac_release(f->my_future);
    f->future = make_request();
    say("Is the future done? %s", tf(ac_done(f->future)));
    CO_WAIT(f, 1, f->future);
    CO_CHECK(rc);
    f->value = ac_result(f->future, int);
    say("Is the future done? %s", tf(ac_done(f->future)));
    say("%d", f->value);
    ac_release(f->future);
    CO_END(f);
}

static ac_task *ex06(void) {
    CO_NEW(ex06, t, f);
    return t;
}

TEST(future, example_06) {
    cr_assert_eq(ac_run(ex06(), NULL), 0);
    cr_assert_str_eq(co_log, "Is my_future done? False\n"
                             "Is my_future done? True\n"
                             "What is the result of my_future? 42\n"
                             "Is the future done? False\n"
                             "Is the future done? True\n"
                             "42\n");
}

/* ------------------------------------------------------------------------- */
/* Failing, setting twice, values of any size, misuse without crashes. */
typedef struct big {
    double d[5];
    char s[13];
} big;

typedef struct failing__frame {
    int ac__state;
    ac_future *fut;
    ac_task *w;
    ac__wait__frame wt;
} failing__frame;
CO_DECL(failing);
CO_DESC(failing);

static int failing__resume(void *frame, ac_task *task) {
    failing__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->fut = ac_future_new(int);
    f->w = ac_spawn(waiter("F", f->fut));
    cr_assert_eq(ac_future_fail(f->fut, 77), 0);
    cr_assert_eq(ac_future_fail(f->fut, 78), AC_EINVAL);
    cr_assert_eq(ac__future_set(f->fut, &rc, sizeof rc), AC_EINVAL);
    cr_assert_eq(ac_error_of(f->fut), 77);
    CO_WAIT(f, 1, f->w);
    cr_assert_eq(rc, AC__FAIL);
    cr_assert_eq(ac__caught(task), 77);
    cr_assert_eq(ac_error_of(f->w), 77);
    ac_release(f->w);
    ac_release(f->fut);
    CO_END(f);
}

static ac_task *failing(void) {
    CO_NEW(failing, t, f);
    return t;
}

TEST(future, fail_and_misuse) {
    ac_future *f = ac_future_new(big), *v = ac_future_new(char);
    big b = {{1, 2, 3, 4, 5}, "hello world!"};
    cr_assert_eq(ac_run(failing(), NULL), 0);
    cr_assert_str_eq(co_log, "F waits\n");
    /* Futures live without a loop; values of any size are copied. */
    ac_future_set(f, big, b);
    cr_assert_eq(ac_result(f, big).d[4], 5);
    cr_assert_str_eq(ac_result(f, big).s, "hello world!");
    cr_assert_eq(ac_future_fail(f, 1), AC_EINVAL);
    cr_assert_eq(ac_future_fail(NULL, 1), AC_EINVAL);
    cr_assert_eq(ac_future_fail(v, 0), AC_EINVAL); /* a failure needs a code */
    cr_assert_eq(ac__future_set(NULL, &b, sizeof b), AC_EINVAL);
    /* A size mismatch copies what fits (debug builds report it). */
    cr_assert_eq(ac__future_set(v, &b, sizeof b), 0);
    cr_assert_eq(ac_result(v, char), ((const char *)&b)[0]);
    /* Reading more than it holds: its bytes, then zeroes; no crash. */
    cr_assert_eq(ac_result(v, long), (long)((const unsigned char *)&b)[0]);
    ac_release(v);
    ac_release(f);
}

/* A future that is not a coroutine cannot be spawned: ac_spawn gives it back. */
TEST(future, spawn_returns_futures_as_is) {
    ac_loop *l = ac_loop_new();
    ac_future *f;
    ac_loop_set(l);
    f = ac_future_new(int);
    cr_assert_eq(ac_spawn(f), f);
    cr_assert_str_eq(ac_name(f), "future");
    ac_release(f);
    cr_assert_eq(ac_loop_close(l), 0);
}
