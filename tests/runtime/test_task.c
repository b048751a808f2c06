/* test_task.c: handles and references, tasks, coroutine objects awaited in the
 * current task (no loop pass, any depth), direct awaits of embedded frames,
 * names, ac_current, on_done callbacks, errors crossing awaits. */
#include "coro.h"

/* async int add_one(int n) { return n + 1; } (no await at all) */
typedef struct add_one__frame {
    int ac__state;
    int n;
    int ac__ret;
} add_one__frame;
CO_DECL(add_one);
CO_DESC_RET(add_one);

static int add_one__resume(void *frame, ac_task *task) {
    add_one__frame *f = frame;
    (void)task;
    CO_RETURN(f, f->n + 1);
}

static ac_task *add_one(int n) {
    CO_NEW(add_one, t, f);
    f->n = n;
    return t;
}


/* ------------------------------------------------------------------------- */
/* async int sum2(void) {
 *     int a = await add_one(1);            direct: embedded frame, no allocation
 *     ac_task *h = add_one(2);             a coroutine object
 *     int b = (int) await h;               runs in this task, no loop pass
 *     return a + b;                        } */
typedef struct sum2__frame {
    int ac__state;
    int a, b;
    ac_task *h;
    union {
        add_one__frame add_one;
        ac__wait__frame wt;
    } sub;
    int ac__ret;
} sum2__frame;
CO_DECL(sum2);
CO_DESC_RET(sum2);

static int sum2__resume(void *frame, ac_task *task) {
    sum2__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, (memset(&f->sub.add_one, 0, sizeof f->sub.add_one), f->sub.add_one.n = 1),
             add_one__resume(&f->sub.add_one, task));
    CO_CHECK(rc);
    f->a = f->sub.add_one.ac__ret;
    say("direct await gave %d", f->a);
    f->h = add_one(2);
    cr_assert_str_eq(ac_name(f->h), "add_one");
    cr_assert(!ac_done(f->h));
    CO_AWAIT(f, 2, ac__wait__init(&f->sub.wt, f->h), ac__wait__resume(&f->sub.wt, task));
    CO_CHECK(rc);
    f->b = ac_result(f->h, int);
    ac_release(f->h);
    say("handle await gave %d", f->b);
    CO_RETURN(f, f->a + f->b);
    CO_END(f);
}

static ac_task *sum2(void) {
    CO_NEW(sum2, t, f);
    return t;
}

typedef struct nested_main__frame {
    int ac__state;
    ac_task *tk;
    union {
        sum2__frame sum2;
    } sub;
    ac__wait__frame wt;
    int ac__ret;
} nested_main__frame;
CO_DECL(nested_main);
CO_DESC_RET(nested_main);

static int nested_main__resume(void *frame, ac_task *task) {
    nested_main__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->tk = ac_spawn(ticker(2));
    say("main");
    /* Nothing here suspends: the ticker must not run before main ends. */
    CO_AWAIT(f, 1, memset(&f->sub.sum2, 0, sizeof f->sub.sum2),
             sum2__resume(&f->sub.sum2, task));
    CO_CHECK(rc);
    say("sum %d", f->sub.sum2.ac__ret);
    CO_WAIT(f, 2, f->tk);
    CO_CHECK(rc);
    ac_release(f->tk);
    CO_RETURN(f, f->sub.sum2.ac__ret);
    CO_END(f);
}

static ac_task *nested_main(void) {
    CO_NEW(nested_main, t, f);
    return t;
}

TEST(task, awaiting_coroutine_objects_takes_no_loop_pass) {
    int result = 0;
    cr_assert_eq(ac_run(nested_main(), &result), 0);
    cr_assert_eq(result, 5);
    cr_assert_str_eq(co_log, "main\n"
                             "direct await gave 2\n"
                             "handle await gave 3\n"
                             "sum 5\n"
                             "tick 0\n"
                             "tick 1\n");
    /* The same function as a task of its own. */
    result = 0;
    cr_assert_eq(ac_run(sum2(), &result), 0);
    cr_assert_eq(result, 5);
}

/* ------------------------------------------------------------------------- */
/* A recursion through coroutine objects: 10,000 deep, on the trampoline.
 *   async int depth(int n, int fail_at, int sleep_at) {
 *       if (n == sleep_at) await ac_sleep(0);      the leaf suspends mid-chain
 *       if (n == fail_at) throw 7;
 *       if (n == 0) return 0;
 *       ac_task *h = depth(n - 1, ...);
 *       int r = (int) await h;  ac_release(h);
 *       return r + 1;   } */
typedef struct depth__frame {
    int ac__state;
    int n, fail_at, sleep_at;
    ac_task *h;
    ac_sleep__frame sl;
    ac__wait__frame wt;
    int ac__ret;
} depth__frame;
CO_DECL(depth);
CO_DESC_RET(depth);
static ac_task *depth(int n, int fail_at, int sleep_at);

static int depth__resume(void *frame, ac_task *task) {
    depth__frame *f = frame;
    int rc, r;
    CO_BEGIN(f);
    if (f->n == f->sleep_at) {
        CO_SLEEP(f, 1, 0);
        CO_CHECK(rc);
    }
    if (f->n == f->fail_at)
        return ac__unwind(task, &depth__desc, 100 + f->n), ac__raise(task, 7);
    if (f->n == 0)
        CO_RETURN(f, 0);
    f->h = depth(f->n - 1, f->fail_at, f->sleep_at);
    CO_WAIT(f, 2, f->h);
    if (rc == AC__FAIL) {
        ac_release(f->h);
        return AC__FAIL;
    }
    r = ac_result(f->h, int);
    ac_release(f->h);
    CO_RETURN(f, r + 1);
    CO_END(f);
}

static ac_task *depth(int n, int fail_at, int sleep_at) {
    CO_NEW(depth, t, f);
    f->n = n;
    f->fail_at = fail_at;
    f->sleep_at = sleep_at;
    return t;
}

TEST(task, chain_of_10000_coroutine_objects) {
    int result = 0;
    cr_assert_eq(ac_run(depth(10000, -1, -1), &result), 0);
    cr_assert_eq(result, 10000);
    /* The innermost suspends: the task resumes it directly, then unwinds. */
    result = 0;
    cr_assert_eq(ac_run(depth(10000, -1, 0), &result), 0);
    cr_assert_eq(result, 10000);
    /* Suspending halfway down, and again at the bottom. */
    result = 0;
    cr_assert_eq(ac_run(depth(10000, -1, 5000), &result), 0);
    cr_assert_eq(result, 10000);
    /* An error at the bottom crosses all 10,000 levels. */
    cr_assert_eq(ac_run(depth(10000, 0, 3), NULL), 7);
}

/* ------------------------------------------------------------------------- */
/* References: a task keeps itself alive while it runs; detach; retain. */
static void on_done_say(ac_task *h, void *arg) {
    say("%s: %s done=%d err=%d", (const char *)arg, ac_name(h), ac_done(h), ac_error_of(h));
}

typedef struct refs__frame {
    int ac__state;
    ac_task *t, *u;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} refs__frame;
CO_DECL(refs);
CO_DESC(refs);

static int refs__resume(void *frame, ac_task *task) {
    refs__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    /* Detached right away: it still runs to its end. */
    ac_detach(ac_spawn(ticker(2)));
    /* Released while running: the task holds itself. */
    f->t = ac_spawn(ticker(1));
    cr_assert_eq(ac_retain(f->t), f->t);
    ac_release(f->t);
    cr_assert_eq(ac_on_done(f->t, on_done_say, "released"), 0);
    ac_release(f->t);
    f->t = NULL;
    CO_SLEEP(f, 1, 0.01);
    CO_CHECK(rc);
    /* Spawning a task again returns it as is. */
    f->u = ac_spawn(ticker(0));
    cr_assert_eq(ac_spawn(f->u), f->u);
    CO_WAIT(f, 2, f->u);
    CO_CHECK(rc);
    cr_assert_eq(ac_spawn(f->u), f->u); /* done: as is */
    ac_release(f->u);
    ac_release(NULL);
    ac_detach(NULL);
    cr_assert_null(ac_retain(NULL));
    CO_END(f);
}

static ac_task *refs(void) {
    CO_NEW(refs, t, f);
    return t;
}

TEST(task, references_and_detach) {
    cr_assert_eq(ac_run(refs(), NULL), 0);
    cr_assert(strstr(co_log, "released: Task-") != NULL, "%s", co_log);
    cr_assert(strstr(co_log, "done=1 err=0") != NULL, "%s", co_log);
}

/* ------------------------------------------------------------------------- */
/* Names and the current task. */
typedef struct namer__frame {
    int ac__state;
    ac_task *a, *b, *c;
    ac_sleep__frame sl;
} namer__frame;
CO_DECL(namer);
CO_DESC(namer);

static unsigned task_number(ac_task *h) {
    unsigned n = 0;
    cr_assert_eq(sscanf(ac_name(h), "Task-%u", &n), 1, "name %s", ac_name(h));
    return n;
}

static int namer__resume(void *frame, ac_task *task) {
    namer__frame *f = frame;
    int rc;
    char buf[32];
    CO_BEGIN(f);
    cr_assert_eq(ac_current(), task);
    f->c = ticker(1);
    cr_assert_str_eq(ac_name(f->c), "ticker"); /* not spawned: its function */
    f->a = ac_spawn(ticker(0));
    f->b = ac_spawn(f->c);
    /* asyncio numbers tasks in spawn order, per process */
    cr_assert_eq(task_number(f->a), task_number(task) + 1);
    cr_assert_eq(task_number(f->b), task_number(task) + 2);
    snprintf(buf, sizeof buf, "worker-%d", 1);
    cr_assert_eq(ac_set_name(f->a, buf), 0);
    buf[0] = 'X'; /* ac_set_name copied it */
    cr_assert_str_eq(ac_name(f->a), "worker-1");
    cr_assert_eq(ac_set_name(f->a, "renamed"), 0);
    cr_assert_str_eq(ac_name(f->a), "renamed");
    cr_assert_eq(ac_set_name(NULL, "x"), AC_EINVAL);
    cr_assert_str_eq(ac_name(NULL), "(null)");
    CO_SLEEP(f, 1, 0.005);
    CO_CHECK(rc);
    cr_assert_eq(ac_current(), task);
    ac_release(f->a);
    ac_release(f->b);
    CO_END(f);
}

static ac_task *namer(void) {
    CO_NEW(namer, t, f);
    return t;
}

TEST(task, names_and_current) {
    ac_task *c = namer();
    cr_assert_null(ac_current());
    cr_assert_eq(ac_run(c, NULL), 0);
    cr_assert_null(ac_current());
}

/* ------------------------------------------------------------------------- */
/* on_done callbacks run on a later pass, in order, with the waiters.
async def kid():
    await asyncio.sleep(0)
    print("kid done")
    return 3
async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(0)
async def main():
    tk = asyncio.create_task(ticker())
    t = asyncio.create_task(kid())
    t.add_done_callback(lambda h: print("cb1", h.result()))
    t.add_done_callback(lambda h: print("cb2"))
    await asyncio.sleep(0)
    await t
    print("main woke")
    t.add_done_callback(lambda h: print("cb3 on done"))
    print("main after add")
    await asyncio.sleep(0)
    print("main end")
    await tk
*/
typedef struct kid__frame {
    int ac__state;
    ac_sleep__frame sl;
    int ac__ret;
} kid__frame;
CO_DECL(kid);
CO_DESC_RET(kid);

static int kid__resume(void *frame, ac_task *task) {
    kid__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    say("kid done");
    CO_RETURN(f, 3);
    CO_END(f);
}

static ac_task *kid(void) {
    CO_NEW(kid, t, f);
    return t;
}

static void cb_result(ac_task *h, void *arg) { say("%s %d", (const char *)arg, ac_result(h, int)); }
static void cb_plain(ac_task *h, void *arg) {
    (void)h;
    say("%s", (const char *)arg);
}

typedef struct ondone__frame {
    int ac__state;
    ac_task *tk, *t;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} ondone__frame;
CO_DECL(ondone);
CO_DESC(ondone);

static int ondone__resume(void *frame, ac_task *task) {
    ondone__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->tk = ac_spawn(ticker(4));
    f->t = ac_spawn(kid());
    cr_assert_eq(ac_on_done(f->t, cb_result, "cb1"), 0);
    cr_assert_eq(ac_on_done(f->t, cb_plain, "cb2"), 0);
    cr_assert_eq(ac_on_done(NULL, cb_plain, "x"), AC_EINVAL);
    cr_assert_eq(ac_on_done(f->t, NULL, "x"), AC_EINVAL);
    CO_SLEEP(f, 1, 0);
    CO_WAIT(f, 2, f->t);
    CO_CHECK(rc);
    say("main woke");
    cr_assert_eq(ac_on_done(f->t, cb_plain, "cb3 on done"), 0);
    say("main after add");
    CO_SLEEP(f, 3, 0);
    say("main end");
    CO_WAIT(f, 4, f->tk);
    ac_release(f->tk);
    ac_release(f->t);
    CO_END(f);
}

static ac_task *ondone(void) {
    CO_NEW(ondone, t, f);
    return t;
}

TEST(task, on_done_callbacks) {
    cr_assert_eq(ac_run(ondone(), NULL), 0);
    cr_assert_str_eq(co_log, "tick 0\n"
                             "tick 1\n"
                             "kid done\n"
                             "tick 2\n"
                             "cb1 3\n"
                             "cb2\n"
                             "main woke\n"
                             "main after add\n"
                             "tick 3\n"
                             "cb3 on done\n"
                             "main end\n");
}

/* ------------------------------------------------------------------------- */
/* Errors: a task that fails stores its error; awaiting it raises it again.
 * Awaiting a done handle continues at once; awaiting yourself is refused. */
typedef struct thrower__frame {
    int ac__state;
    int code;
    ac_sleep__frame sl;
} thrower__frame;
CO_DECL(thrower);
CO_DESC(thrower);

static int thrower__resume(void *frame, ac_task *task) {
    thrower__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    return ac__raise(task, f->code);
    CO_END(f);
}

static ac_task *thrower(int code) {
    CO_NEW(thrower, t, f);
    f->code = code;
    return t;
}

typedef struct errs__frame {
    int ac__state;
    ac_task *t, *tk;
    int i;
    ac__wait__frame wt;
} errs__frame;
CO_DECL(errs);
CO_DESC(errs);

static int errs__resume(void *frame, ac_task *task) {
    errs__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(thrower(1234));
    CO_WAIT(f, 1, f->t);
    cr_assert_eq(rc, AC__FAIL);
    cr_assert_eq(ac__caught(task), 1234);
    cr_assert_eq(ac_error_of(f->t), 1234);
    cr_assert(ac_done(f->t));
    cr_assert(!ac_cancelled(f->t));
    /* A failed handle raises again at every await, without suspending. */
    f->tk = ac_spawn(ticker(1));
    for (f->i = 0; f->i < 3; f->i++) {
        CO_WAIT(f, 2, f->t);
        cr_assert_eq(rc, AC__FAIL);
        cr_assert_eq(ac__caught(task), 1234);
    }
    cr_assert_str_eq(co_log, ""); /* the ticker has not run: no suspension */
    ac_release(f->t);
    /* Waiting for itself would never end. */
    CO_WAIT(f, 3, task);
    cr_assert_eq(rc, AC__FAIL);
    cr_assert_eq(ac__caught(task), AC_EINVAL);
    CO_WAIT(f, 4, NULL);
    cr_assert_eq(rc, AC__FAIL);
    cr_assert_eq(ac__caught(task), AC_EINVAL);
    CO_WAIT(f, 5, f->tk);
    ac_release(f->tk);
    /* An error escaping a coroutine object awaited in place. */
    f->t = thrower(-5);
    CO_WAIT(f, 6, f->t);
    cr_assert_eq(rc, AC__FAIL);
    cr_assert_eq(ac__caught(task), -5);
    cr_assert_eq(ac_error_of(f->t), -5);
    ac_release(f->t);
    return ac__raise(task, 99);
    CO_END(f);
}

static ac_task *errs(void) {
    CO_NEW(errs, t, f);
    return t;
}

TEST(task, errors_cross_awaits) {
    cr_assert_eq(ac_run(errs(), NULL), 99);
    cr_assert_str_eq(co_log, "tick 0\n");
}

/* State queries on NULL and on fresh objects. */
TEST(task, queries) {
    ac_task *c = add_one(1);
    cr_assert(!ac_done(NULL));
    cr_assert(!ac_cancelled(NULL));
    cr_assert_eq(ac_error_of(NULL), 0);
    cr_assert(!ac_done(c));
    cr_assert_eq(ac_error_of(c), 0);
    /* ac_result of something not done: zeroes, no crash */
    cr_assert_eq(ac_result(c, int), 0);
    cr_assert_eq(ac_result(NULL, long), 0);
    /* cancelling a coroutine object that never ran ends it cancelled */
    cr_assert_eq(ac_cancel(c), 1);
    cr_assert(ac_cancelled(c));
    cr_assert_eq(ac_cancel(c), 0);
    ac_release(c);
    cr_assert_eq(ac_cancel(NULL), 0);
}
