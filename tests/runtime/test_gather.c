/* test_gather.c: ac_gather's order (a child's completion schedules gather's
 * callback, the last callback completes the gather, its awaiter wakes on the
 * pass after), the first error, cancellation, degenerate inputs. */
#include "coro.h"

/* async int kid(const char *name, int n): n sleep(0) steps, returns n */
typedef struct kid__frame {
    int ac__state;
    const char *name;
    int i, n;
    ac_sleep__frame sl;
    int ac__ret;
} kid__frame;
CO_DECL(kid);
CO_DESC_RET(kid);

static int kid__resume(void *frame, ac_task *task) {
    kid__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < f->n; f->i++) {
        say("%s step %d", f->name, f->i);
        CO_SLEEP(f, 1, 0);
        CO_CHECK(rc);
    }
    say("%s done", f->name);
    CO_RETURN(f, f->n);
    CO_END(f);
}

static ac_task *kid(const char *name, int n) {
    CO_NEW(kid, t, f);
    f->name = name;
    f->n = n;
    return t;
}

/* ------------------------------------------------------------------------- */
/*
async def ticker():
    for i in range(8):
        print(f"tick {i}")
        await asyncio.sleep(0)
async def main():
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("main gathers")
    await asyncio.gather(kid("A", 2), kid("B", 1), kid("C", 0))
    print("main woke")
    await tk
*/
typedef struct order__frame {
    int ac__state;
    ac_task *tk, *g, *a, *b, *c;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} order__frame;
CO_DECL(order);
CO_DESC(order);

static int order__resume(void *frame, ac_task *task) {
    order__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->tk = ac_spawn(kid("tick", 8));
    CO_SLEEP(f, 1, 0);
    say("main gathers");
    f->a = kid("A", 2);
    f->b = kid("B", 1);
    f->c = kid("C", 0);
    f->g = ac_gather_of(f->a, f->b, f->c);
    cr_assert_not_null(f->g);
    CO_WAIT(f, 2, f->g);
    CO_CHECK(rc);
    say("main woke: %d %d %d", ac_result(f->a, int), ac_result(f->b, int), ac_result(f->c, int));
    ac_release(f->g);
    ac_release(f->a);
    ac_release(f->b);
    ac_release(f->c);
    CO_WAIT(f, 3, f->tk);
    ac_release(f->tk);
    CO_END(f);
}

static ac_task *order(void) {
    CO_NEW(order, t, f);
    return t;
}

TEST(gather, order_matches_asyncio) {
    cr_assert_eq(ac_run(order(), NULL), 0);
    cr_assert_str_eq(co_log, "tick step 0\n"
                             "main gathers\n"
                             "tick step 1\n"
                             "A step 0\n"
                             "B step 0\n"
                             "C done\n"
                             "tick step 2\n"
                             "A step 1\n"
                             "B done\n"
                             "tick step 3\n"
                             "A done\n"
                             "tick step 4\n"
                             "tick step 5\n"
                             "main woke: 2 1 0\n"
                             "tick step 6\n"
                             "tick step 7\n"
                             "tick done\n");
}

/* ------------------------------------------------------------------------- */
/* 08_gather: three sleeps run concurrently. */
typedef struct hello__frame {
    int ac__state;
    const char *name;
    ac_sleep__frame sl;
} hello__frame;
CO_DECL(hello);
CO_DESC(hello);

static int hello__resume(void *frame, ac_task *task) {
    hello__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("say_hello_%s -> asyncio.sleep : sleep", f->name);
    CO_SLEEP(f, 1, 0.05);
    CO_CHECK(rc);
    say("asyncio.sleep -> say_hello_%s : done", f->name);
    CO_END(f);
}

static ac_task *hello(const char *name) {
    CO_NEW(hello, t, f);
    f->name = name;
    return t;
}

typedef struct ex08__frame {
    int ac__state;
    double t0;
    ac_task *h[4];
    ac__wait__frame wt;
} ex08__frame;
CO_DECL(ex08);
CO_DESC(ex08);

static int ex08__resume(void *frame, ac_task *task) {
    ex08__frame *f = frame;
    int rc, i;
    CO_BEGIN(f);
    say("@startuml");
    f->t0 = ac_time();
    /* `await ac_gather_of(a(), b(), c())`: the generated code releases the
     * temporaries after the await. */
    f->h[0] = hello("AAA");
    f->h[1] = hello("BBB");
    f->h[2] = hello("CCC");
    f->h[3] = ac_gather(3, f->h);
    CO_WAIT(f, 1, f->h[3]);
    for (i = 0; i < 4; i++)
        ac_release(f->h[i]);
    CO_CHECK(rc);
    /* three 0.05 s sleeps: 0.15 s if they ran one after another */
    say("concurrent=%s", ac_time() - f->t0 < 0.1 ? "True" : "False");
    say("@enduml");
    CO_END(f);
}

static ac_task *ex08(void) {
    CO_NEW(ex08, t, f);
    return t;
}

TEST(gather, example_08) {
    cr_assert_eq(ac_run(ex08(), NULL), 0);
    cr_assert_str_eq(co_log, "@startuml\n"
                             "say_hello_AAA -> asyncio.sleep : sleep\n"
                             "say_hello_BBB -> asyncio.sleep : sleep\n"
                             "say_hello_CCC -> asyncio.sleep : sleep\n"
                             "asyncio.sleep -> say_hello_AAA : done\n"
                             "asyncio.sleep -> say_hello_BBB : done\n"
                             "asyncio.sleep -> say_hello_CCC : done\n"
                             "concurrent=True\n"
                             "@enduml\n");
}

/* ------------------------------------------------------------------------- */
/* The first error propagates; the others keep running.
class E(Exception): pass
async def kid(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return n
async def bad():
    await asyncio.sleep(0)
    print("bad raises")
    raise E()
async def main():
    a = asyncio.create_task(kid("slow", 4))
    try:
        await asyncio.gather(bad(), a, kid("quick", 0))
    except E:
        print("main caught 42; slow done:", int(a.done()))
    await a
    print("slow done:", int(a.done()))
*/
typedef struct bad__frame {
    int ac__state;
    ac_sleep__frame sl;
} bad__frame;
CO_DECL(bad);
CO_DESC(bad);

static int bad__resume(void *frame, ac_task *task) {
    bad__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    say("bad raises");
    return ac__raise(task, 42);
    CO_END(f);
}

static ac_task *bad(void) {
    CO_NEW(bad, t, f);
    return t;
}

typedef struct failmain__frame {
    int ac__state;
    ac_task *a, *h[4];
    ac__wait__frame wt;
} failmain__frame;
CO_DECL(failmain);
CO_DESC(failmain);

static int failmain__resume(void *frame, ac_task *task) {
    failmain__frame *f = frame;
    int rc, i;
    CO_BEGIN(f);
    f->a = ac_spawn(kid("slow", 4));
    f->h[0] = bad();
    f->h[1] = f->a;
    f->h[2] = kid("quick", 0);
    f->h[3] = ac_gather(3, f->h);
    CO_WAIT(f, 1, f->h[3]);
    ac_release(f->h[0]);
    ac_release(f->h[2]);
    ac_release(f->h[3]);
    if (rc == AC__FAIL && ac__caught(task) == 42)
        say("main caught 42; slow done: %d", ac_done(f->a));
    CO_WAIT(f, 2, f->a);
    CO_CHECK(rc);
    say("slow done: %d", ac_done(f->a));
    ac_release(f->a);
    (void)i;
    CO_END(f);
}

static ac_task *failmain(void) {
    CO_NEW(failmain, t, f);
    return t;
}

TEST(gather, first_error_propagates_others_keep_running) {
    cr_assert_eq(ac_run(failmain(), NULL), 0);
    cr_assert_str_eq(co_log, "slow step 0\n"
                             "quick done\n"
                             "slow step 1\n"
                             "bad raises\n"
                             "slow step 2\n"
                             "slow step 3\n"
                             "main caught 42; slow done: 0\n"
                             "slow done\n"
                             "slow done: 1\n");
}

/* ------------------------------------------------------------------------- */
/* Cancelling a gather cancels its children; it ends cancelled.
async def kid(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
async def main():
    a = asyncio.create_task(kid("A")); b = asyncio.create_task(kid("B"))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print(a.cancelled(), b.cancelled())
*/
typedef struct napper__frame {
    int ac__state;
    const char *name;
    ac_sleep__frame sl;
} napper__frame;
CO_DECL(napper);
CO_DESC(napper);

static int napper__resume(void *frame, ac_task *task) {
    napper__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 1);
    if (rc == AC__FAIL) {
        say("%s %s", f->name, ac_err_name(ac__error(task)));
        return AC__FAIL;
    }
    CO_END(f);
}

static ac_task *napper(const char *name) {
    CO_NEW(napper, t, f);
    f->name = name;
    return t;
}

typedef struct gcancel__frame {
    int ac__state;
    ac_task *a, *b, *g;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} gcancel__frame;
CO_DECL(gcancel);
CO_DESC(gcancel);

static int gcancel__resume(void *frame, ac_task *task) {
    gcancel__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->a = ac_spawn(napper("A"));
    f->b = ac_spawn(napper("B"));
    f->g = ac_gather_of(f->a, f->b);
    CO_SLEEP(f, 1, 0);
    say("cancel gather: %d", ac_cancel(f->g));
    CO_WAIT(f, 2, f->g);
    if (rc == AC__FAIL && ac__caught(task) == AC_ECANCELED)
        say("gather raised ECANCELED");
    say("%d %d %d", ac_cancelled(f->a), ac_cancelled(f->b), ac_cancelled(f->g));
    cr_assert_eq(ac_cancel(f->g), 0);
    ac_release(f->a);
    ac_release(f->b);
    ac_release(f->g);
    CO_END(f);
}

static ac_task *gcancel(void) {
    CO_NEW(gcancel, t, f);
    return t;
}

TEST(gather, cancel_cancels_children) {
    double t0 = ac_time();
    cr_assert_eq(ac_run(gcancel(), NULL), 0);
    cr_assert_lt(ac_time() - t0, 0.5);
    cr_assert_str_eq(co_log, "cancel gather: 1\n"
                             "A ECANCELED\n"
                             "B ECANCELED\n"
                             "gather raised ECANCELED\n"
                             "1 1 1\n");
}

/* ------------------------------------------------------------------------- */
/* Empty, done children, futures among them, NULL entries. */
typedef struct edge__frame {
    int ac__state;
    ac_task *g, *fut, *done, *h[3];
    ac_sleep__frame sl;
    ac__wait__frame wt;
} edge__frame;
CO_DECL(edge);
CO_DESC(edge);

static int edge__resume(void *frame, ac_task *task) {
    edge__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->g = ac_gather(0, NULL);
    cr_assert(ac_done(f->g)); /* nothing to wait for */
    CO_WAIT(f, 1, f->g);
    CO_CHECK(rc);
    ac_release(f->g);
    f->h[0] = NULL;
    cr_assert_null(ac_gather(1, f->h));
    f->fut = ac_future_new(int);
    f->done = ac_future_new(int);
    ac_future_set(f->done, int, 1);
    f->h[0] = f->fut;
    f->h[1] = f->done;
    f->h[2] = kid("K", 1);
    f->g = ac_gather(3, f->h);
    CO_SLEEP(f, 2, 0.005);
    cr_assert(!ac_done(f->g));
    ac_future_set(f->fut, int, 2);
    CO_WAIT(f, 3, f->g);
    CO_CHECK(rc);
    say("all done %d %d %d", ac_result(f->fut, int), ac_result(f->done, int),
        ac_result(f->h[2], int));
    ac_release(f->g);
    ac_release(f->fut);
    ac_release(f->done);
    ac_release(f->h[2]);
    CO_END(f);
}

static ac_task *edge(void) {
    CO_NEW(edge, t, f);
    return t;
}

TEST(gather, edge_cases) {
    cr_assert_eq(ac_run(edge(), NULL), 0);
    cr_assert_str_eq(co_log, "K step 0\nK done\nall done 2 1 1\n");
}

/* A gather released before its children end: it lives until their callbacks
 * have run (no leak, no dangling node). */
typedef struct dropped__frame {
    int ac__state;
    ac_task *a, *b;
    ac_sleep__frame sl;
} dropped__frame;
CO_DECL(dropped);
CO_DESC(dropped);

static int dropped__resume(void *frame, ac_task *task) {
    dropped__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->a = kid("a", 2);
    f->b = kid("b", 3);
    ac_release(ac_gather_of(f->a, f->b));
    ac_release(f->a);
    ac_release(f->b);
    CO_SLEEP(f, 1, 0.01);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *dropped(void) {
    CO_NEW(dropped, t, f);
    return t;
}

TEST(gather, released_early) {
    cr_assert_eq(ac_run(dropped(), NULL), 0);
    cr_assert(strstr(co_log, "b done\n") != NULL);
}
