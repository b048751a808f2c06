/* test_timer.c: the timer heap (deadline order, ties in set order, removal),
 * asyncio's extra pass between a due timer and its task's step, and sleeps that
 * are never early. */
#include <math.h>

#include "coro.h"

/* async void nap(const char *name, double d) { await ac_sleep(d); say woke; } */
typedef struct nap__frame {
    int ac__state;
    const char *name;
    double d;
    ac_sleep__frame sl;
} nap__frame;
CO_DECL(nap);
CO_DESC(nap);

static int nap__resume(void *frame, ac_task *task) {
    nap__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, f->d);
    if (rc == AC__FAIL) {
        say("%s %s", f->name, ac_err_name(ac__caught(task)));
        return ac__raise(task, AC_ECANCELED);
    }
    say("%s woke", f->name);
    CO_END(f);
}

static ac_task *nap(const char *name, double d) {
    CO_NEW(nap, t, f);
    f->name = name;
    f->d = d;
    return t;
}

/* Spawns the given coroutine objects, awaits them in order, releases them. */
typedef struct all__frame {
    int ac__state;
    int n, i;
    ac_task *hs[64];
    ac__wait__frame wt;
} all__frame;
CO_DECL(all);
CO_DESC(all);

static int all__resume(void *frame, ac_task *task) {
    all__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < f->n; f->i++)
        ac_spawn(f->hs[f->i]);
    for (f->i = 0; f->i < f->n; f->i++) {
        CO_WAIT(f, 1, f->hs[f->i]);
        (void)rc; /* failures are read from the handles */
    }
    for (f->i = 0; f->i < f->n; f->i++)
        ac_release(f->hs[f->i]);
    CO_END(f);
}

static ac_task *all(int n, ac_task **hs) {
    CO_NEW(all, t, f);
    f->n = n;
    memcpy(f->hs, hs, (size_t)n * sizeof *hs);
    return t;
}

/*
async def nap(name, d):
    await asyncio.sleep(d)
    print(f"{name} woke")
async def main():
    ts = [asyncio.create_task(nap(n, d)) for n, d in
          (("c", 0.03), ("a", 0.01), ("b", 0.02), ("a2", 0.01))]
    for t in ts: await t
*/
TEST(timer, sleeps_wake_in_deadline_order) {
    ac_task *hs[] = {nap("c", 0.03), nap("a", 0.01), nap("b", 0.02), nap("a2", 0.01)};
    cr_assert_eq(ac_run(all(4, hs), NULL), 0);
    cr_assert_str_eq(co_log, "a woke\na2 woke\nb woke\nc woke\n");
}

/* ------------------------------------------------------------------------- */
/* Equal deadlines fire in the order they were set; the heap stays ordered
 * through many inserts and removals. */

static int fired[4096], nfired;
static double whens[4096];

static void record(void *arg) { fired[nfired++] = (int)(intptr_t)arg; }

typedef struct many__frame {
    int ac__state;
    int n;
    ac_sleep__frame sl;
} many__frame;
CO_DECL(many);
CO_DESC(many);

static int many__resume(void *frame, ac_task *task) {
    many__frame *f = frame;
    int rc, i;
    double base;
    CO_BEGIN(f);
    base = ac_time() + 0.01;
    srand(12345);
    for (i = 0; i < f->n; i++) {
        /* 25 distinct deadlines: many ties */
        whens[i] = base + (rand() % 25) * 0.001;
        cr_assert_eq(ac_call_at(whens[i], record, (void *)(intptr_t)i), 0);
    }
    CO_SLEEP(f, 1, 0.06);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *many(int n) {
    CO_NEW(many, t, f);
    f->n = n;
    return t;
}

TEST(timer, ties_fire_in_set_order_and_heap_stays_sorted) {
    int i, n = 3000;
    nfired = 0;
    cr_assert_eq(ac_run(many(n), NULL), 0);
    cr_assert_eq(nfired, n);
    for (i = 1; i < n; i++) {
        int a = fired[i - 1], b = fired[i];
        cr_assert(whens[a] < whens[b] || (whens[a] == whens[b] && a < b),
                  "timer %d (%.4f) fired before %d (%.4f)", a, whens[a], b, whens[b]);
    }
}

/* Sleeping tasks cancelled at random leave the heap (O(log n) removal from
 * the middle); the others still wake in deadline order. */
typedef struct sieve__frame {
    int ac__state;
    int i;
    ac_task *hs[120];
    ac__wait__frame wt;
    ac_sleep__frame sl;
} sieve__frame;
CO_DECL(sieve);
CO_DESC(sieve);

static int order[120], norder;
static uint64_t order_when[120];
static int order_armed[120]; /* the order the timers were set in: spawn order (id) */

typedef struct tick__frame {
    int ac__state;
    int id;
    ac_sleep__frame sl;
} tick__frame;
CO_DECL(tick);
CO_DESC(tick);

static int tick__resume(void *frame, ac_task *task) {
    tick__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0.001 + (f->id * 7 % 120) * 0.001);
    CO_CHECK(rc);
    /* the leaf frame still holds the deadline it was armed with */
    order_when[norder] = ac__deadline_when(&f->sl.timer);
    order_armed[norder] = f->id; /* the tasks start, and so set their timers, in id order */
    order[norder++] = f->id;
    CO_END(f);
}

static ac_task *tick(int id) {
    CO_NEW(tick, t, f);
    f->id = id;
    return t;
}

static int sieve__resume(void *frame, ac_task *task) {
    sieve__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < 120; f->i++)
        f->hs[f->i] = ac_spawn(tick(f->i));
    CO_SLEEP(f, 1, 0); /* all armed */
    for (f->i = 0; f->i < 120; f->i += 3)
        cr_assert_eq(ac_cancel(f->hs[f->i]), 1);
    for (f->i = 0; f->i < 120; f->i++) {
        CO_WAIT(f, 2, f->hs[f->i]);
        cr_assert_eq(rc == AC__FAIL, f->i % 3 == 0);
        if (rc == AC__FAIL)
            cr_assert_eq(ac__caught(task), AC_ECANCELED);
    }
    for (f->i = 0; f->i < 120; f->i++) {
        cr_assert_eq(ac_cancelled(f->hs[f->i]), f->i % 3 == 0);
        ac_release(f->hs[f->i]);
    }
    CO_END(f);
}

static ac_task *sieve(void) {
    CO_NEW(sieve, t, f);
    return t;
}

TEST(timer, cancelled_sleeps_leave_the_heap) {
    int i;
    norder = 0;
    cr_assert_eq(ac_run(sieve(), NULL), 0);
    cr_assert_eq(norder, 80);
    for (i = 1; i < norder; i++)
        cr_assert(order_when[i - 1] < order_when[i] ||
                      (order_when[i - 1] == order_when[i] && order_armed[i - 1] < order_armed[i]),
                  "woke out of order: %d then %d", order[i - 1], order[i]);
}

/* ------------------------------------------------------------------------- */
/* asyncio's extra pass: a due timer's callback runs in one pass, the task it
 * wakes steps in the next. "sleeper woke" comes after "spin 3", not before.
import asyncio, time
async def sleeper():
    print("sleeper start")
    await asyncio.sleep(0.05)
    print("sleeper woke")
async def spinner():
    for i in range(5):
        print(f"spin {i}")
        if i == 1:
            time.sleep(0.1)
        await asyncio.sleep(0)
async def main():
    s = asyncio.create_task(sleeper())
    p = asyncio.create_task(spinner())
    await s
    print("main saw sleeper")
    await p
asyncio.run(main())
*/
typedef struct sleeper2__frame {
    int ac__state;
    ac_sleep__frame sl;
} sleeper2__frame;
CO_DECL(sleeper2);
CO_DESC(sleeper2);

static int sleeper2__resume(void *frame, ac_task *task) {
    sleeper2__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("sleeper start");
    CO_SLEEP(f, 1, 0.05);
    CO_CHECK(rc);
    say("sleeper woke");
    CO_END(f);
}

static ac_task *sleeper2(void) {
    CO_NEW(sleeper2, t, f);
    return t;
}

typedef struct spinner__frame {
    int ac__state;
    int i;
    ac_sleep__frame sl;
} spinner__frame;
CO_DECL(spinner);
CO_DESC(spinner);

static int spinner__resume(void *frame, ac_task *task) {
    spinner__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < 5; f->i++) {
        say("spin %d", f->i);
        if (f->i == 1)
            spin_for(0.1);
        CO_SLEEP(f, 1, 0);
        CO_CHECK(rc);
    }
    CO_END(f);
}

static ac_task *spinner(void) {
    CO_NEW(spinner, t, f);
    return t;
}

typedef struct pair__frame {
    int ac__state;
    ac_task *s, *p;
    ac__wait__frame wt;
} pair__frame;
CO_DECL(pair);
CO_DESC(pair);

static int pair__resume(void *frame, ac_task *task) {
    pair__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->s = ac_spawn(sleeper2());
    f->p = ac_spawn(spinner());
    CO_WAIT(f, 1, f->s);
    CO_CHECK(rc);
    say("main saw sleeper");
    CO_WAIT(f, 2, f->p);
    CO_CHECK(rc);
    ac_release(f->s);
    ac_release(f->p);
    CO_END(f);
}

static ac_task *pair(void) {
    CO_NEW(pair, t, f);
    return t;
}

TEST(timer, due_timer_wakes_its_task_one_pass_later) {
    cr_assert_eq(ac_run(pair(), NULL), 0);
    cr_assert_str_eq(co_log, "sleeper start\n"
                             "spin 0\n"
                             "spin 1\n"
                             "spin 2\n"
                             "spin 3\n"
                             "sleeper woke\n"
                             "spin 4\n"
                             "main saw sleeper\n");
}

/* ------------------------------------------------------------------------- */
/* Never early, and not much late; ac_sleep as a handle (a coroutine object
 * spawned or awaited through the handle wait). */
typedef struct measure__frame {
    int ac__state;
    double t0, dt;
    ac_task *h;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} measure__frame;
CO_DECL(measure);
CO_DESC(measure);

static int measure__resume(void *frame, ac_task *task) {
    measure__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t0 = ac_time();
    CO_SLEEP(f, 1, 0.03);
    CO_CHECK(rc);
    f->dt = ac_time() - f->t0;
    cr_assert_geq(f->dt, 0.03, "slept %.6f s", f->dt);
    cr_assert_lt(f->dt, 0.5, "slept %.6f s", f->dt);
    /* ac_sleep(x) outside await: a coroutine object like any other */
    f->h = ac_sleep(0.01);
    cr_assert_str_eq(ac_name(f->h), "ac_sleep");
    f->t0 = ac_time();
    CO_WAIT(f, 2, f->h);
    CO_CHECK(rc);
    cr_assert(ac_done(f->h));
    ac_release(f->h);
    cr_assert_geq(ac_time() - f->t0, 0.01);
    f->h = ac_spawn(ac_sleep(0.01));
    CO_WAIT(f, 3, f->h);
    CO_CHECK(rc);
    ac_release(f->h);
    /* Negative and NaN durations are sleep(0). */
    CO_SLEEP(f, 4, -1.0);
    CO_CHECK(rc);
    CO_SLEEP(f, 5, NAN);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *measure(void) {
    CO_NEW(measure, t, f);
    return t;
}

TEST(timer, sleep_is_never_early) { cr_assert_eq(ac_run(measure(), NULL), 0); }

/* Many sleepers with the same short duration, woken in spawn order. */
TEST(timer, equal_sleeps_wake_in_spawn_order) {
    ac_task *hs[] = {nap("1", 0.01), nap("2", 0.01), nap("3", 0.01), nap("4", 0.01),
                     nap("5", 0.01)};
    cr_assert_eq(ac_run(all(5, hs), NULL), 0);
    cr_assert_str_eq(co_log, "1 woke\n2 woke\n3 woke\n4 woke\n5 woke\n");
}

/* ------------------------------------------------------------------------- */
/* A sleeping task's timer keeps its sequence number and heap slot in the
 * task's ready-queue link (unused while it sleeps). The loop's end queues the
 * sleeping tasks it finds in the heap: the heap must be emptied first, or
 * queueing one would overwrite the place of an entry still in it. Here the
 * run's final cancellation makes each task spawn a fresh sleeper (not waited
 * for, as in asyncio.run) and wait a pass, in which the sleeper arms its
 * timer, so that ac_loop_close finds sleeps (equal deadlines
 * among them) and call_later timers mixed in its heap: it ends the sleepers
 * without running them again and drops the callbacks; the sanitizer build
 * checks that nothing is left or touched after it is freed. */

static void never(void *arg) { say("callback %s ran", (const char *)arg); }

typedef struct respawn__frame {
    int ac__state;
    double d;
    ac_sleep__frame sl;
} respawn__frame;
CO_DECL(respawn);
CO_DESC(respawn);

static int respawn__resume(void *frame, ac_task *task) {
    respawn__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, f->d);
    if (rc == AC__FAIL) {
        (void)ac__caught(task);
        ac_release(ac_spawn(nap("late", f->d)));
        CO_SLEEP(f, 2, 0); /* a pass: the late sleeper arms its timer */
        say("respawned");
        return ac__raise(task, AC_ECANCELED);
    }
    say("woke");
    CO_END(f);
}

static ac_task *respawn(double d) {
    CO_NEW(respawn, t, f);
    f->d = d;
    return t;
}

typedef struct leave__frame {
    int ac__state;
    int i;
    ac_task *hs[24];
    ac_sleep__frame sl;
} leave__frame;
CO_DECL(leave);
CO_DESC(leave);

static int leave__resume(void *frame, ac_task *task) {
    leave__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < 24; f->i++) {
        f->hs[f->i] = ac_spawn(respawn(f->i % 3 == 0 ? 30.0 : 20.0 + f->i));
        if (f->i % 4 == 0)
            cr_assert_eq(ac_call_later(25.0 + f->i, never, "late"), 0);
    }
    CO_SLEEP(f, 1, 0); /* every task starts and arms its timer */
    CO_CHECK(rc);
    for (f->i = 0; f->i < 24; f->i++)
        ac_release(f->hs[f->i]); /* each still holds itself: pending */
    say("main done");
    CO_END(f);
}

static ac_task *leave(void) {
    CO_NEW(leave, t, f);
    (void)f;
    return t;
}

TEST(timer, loop_closed_with_sleeps_and_callbacks_in_its_heap) {
    char want[512] = "main done\n";
    int i;
    ac_loop *l = ac_loop_new();
    cr_assert_not_null(l);
    ac_loop_set(l);
    cr_assert_eq(ac_loop_run(l, leave(), NULL), 0);
    for (i = 0; i < 24; i++)
        strcat(want, "respawned\n");
    cr_assert_str_eq(co_log, want);
    cr_assert_eq(ac_loop_close(l), 0);
    cr_assert_str_eq(co_log, want); /* the late sleepers and callbacks never ran */
}
