/* test_thread.c: ac_to_thread. Results, parallelism, a cancellation while the
 * job runs (the awaiter raises at once, the job finishes, its frame is gone:
 * the sanitized build checks nothing touches it), a cancellation before the
 * job starts (it never runs), asyncio.run's final cancel and loop close with
 * a job still running, and misuse. */
#include "coro.h"

#include <stdatomic.h>
#include <stdint.h>

static atomic_int ran, finished;

/* How long a job runs. The wall-clock checks below have margins of a fraction
 * of it: long enough that a loaded machine (a test run next to others) does
 * not cross them (finding 750). */
#define JOB_MS 200

static void *square(void *arg) {
    intptr_t x = (intptr_t)arg;
    atomic_fetch_add(&ran, 1);
    usleep(JOB_MS * 1000);
    atomic_fetch_add(&finished, 1);
    return (void *)(x * x);
}

/* async void *job(void *arg) { return await ac_to_thread(square, arg); }
 * logging an error. */
typedef struct job__frame {
    int ac__state;
    void *arg;
    void *ac__ret;
    ac_to_thread__frame tt;
} job__frame;
CO_DECL(job);
CO_DESC_RET(job);

static int job__resume(void *frame, ac_task *task) {
    job__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, ac_to_thread__init(&f->tt, square, f->arg), ac_to_thread__resume(&f->tt, task));
    if (rc == AC__FAIL) {
        say("job %d %s", (int)(intptr_t)f->arg, ac_err_name(ac__error(task)));
        return AC__FAIL;
    }
    CO_RETURN(f, f->tt.ac__ret);
    CO_END(f);
}

static ac_task *job(intptr_t arg) {
    CO_NEW(job, t, f);
    f->arg = (void *)arg;
    return t;
}

typedef struct results__frame {
    int ac__state;
    ac_task *ts[8];
    ac_task *g;
    double t0;
    ac__wait__frame wt;
} results__frame;
CO_DECL(results);
CO_DESC(results);

static int results__resume(void *frame, ac_task *task) {
    results__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t0 = ac_time();
    for (int i = 0; i < 4; i++)
        f->ts[i] = ac_spawn(job(i));
    for (int i = 4; i < 8; i++)
        f->ts[i] = ac_spawn(ac_to_thread(square, (void *)(intptr_t)i));
    f->g = ac_gather(8, f->ts);
    CO_WAIT(f, 1, f->g);
    CO_CHECK(rc);
    for (int i = 0; i < 8; i++) {
        say("%d", (int)(intptr_t)ac_result(f->ts[i], void *));
        ac_release(f->ts[i]);
    }
    ac_release(f->g);
    /* 8 jobs of 200 ms on 4 threads: about 400 ms, not 1600 */
    say("parallel %d", ac_time() - f->t0 < 1.2);
    CO_END(f);
}

static ac_task *results(void) {
    CO_NEW(results, t, f);
    return t;
}

TEST(thread, results_and_parallelism) {
    setenv("UV_THREADPOOL_SIZE", "4", 1);
    cr_assert_eq(ac_run(results(), NULL), 0);
    cr_assert_str_eq(co_log, "0\n1\n4\n9\n16\n25\n36\n49\nparallel 1\n");
}

/* Four jobs fill the pool; the fifth waits in libuv's queue. Cancelling its
 * awaiter calls it off: it never runs. Cancelling one that runs: its awaiter
 * raises at once, the job finishes later and its result is dropped. */
typedef struct cancels__frame {
    int ac__state;
    ac_task *ts[5];
    int i, tries;
    double t0;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} cancels__frame;
CO_DECL(cancels);
CO_DESC(cancels);

static int cancels__resume(void *frame, ac_task *task) {
    cancels__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (int i = 0; i < 5; i++)
        f->ts[i] = ac_spawn(job(10 + i));
    /* until the pool's 4 threads run 4 of them (a loaded machine is slow) */
    while (atomic_load(&ran) < 4 && f->tries++ < 5000) {
        CO_SLEEP(f, 1, 0.001);
    }
    say("running %d", atomic_load(&ran));
    f->t0 = ac_time();
    ac_cancel(f->ts[4]); /* queued in libuv: never runs */
    ac_cancel(f->ts[0]); /* running */
    CO_WAIT(f, 2, f->ts[0]);
    /* at once: well before the job's 200 ms are over */
    say("at once %d, rc %d", ac_time() - f->t0 < 0.15, rc);
    (void)ac__caught(task);
    CO_WAIT(f, 3, f->ts[4]);
    (void)ac__caught(task);
    /* the frames of both are gone */
    ac_release(f->ts[0]);
    ac_release(f->ts[4]);
    for (f->i = 1; f->i < 4; f->i++) {
        CO_WAIT(f, 4, f->ts[f->i]);
        CO_CHECK(rc);
        say("%d", (int)(intptr_t)ac_result(f->ts[f->i], void *));
        ac_release(f->ts[f->i]);
    }
    for (f->tries = 0; atomic_load(&finished) < 4 && f->tries < 5000; f->tries++) {
        CO_SLEEP(f, 5, 0.001);
    }
    CO_SLEEP(f, 6, 0.06); /* time for the cancelled queued job to run, if it wrongly did */
    say("ran %d finished %d", atomic_load(&ran), atomic_load(&finished));
    CO_END(f);
}

static ac_task *cancels(void) {
    CO_NEW(cancels, t, f);
    return t;
}

TEST(thread, cancelled_before_and_while_running) {
    setenv("UV_THREADPOOL_SIZE", "4", 1);
    cr_assert_eq(ac_run(cancels(), NULL), 0);
    cr_assert_str_eq(co_log, "running 4\n"
                             "job 14 ECANCELED\n"
                             "job 10 ECANCELED\n"
                             "at once 1, rc 2\n"
                             "121\n144\n169\n"
                             "ran 4 finished 4\n");
}

/* main returns while a job runs in a task nobody awaits: asyncio.run's final
 * cancel ends the task at once; the loop closes once the job has finished. */
typedef struct leave__frame {
    int ac__state;
    int tries;
    ac_sleep__frame sl;
} leave__frame;
CO_DECL(leave);
CO_DESC(leave);

static int leave__resume(void *frame, ac_task *task) {
    leave__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    ac_detach(ac_spawn(job(3)));
    /* return once the job runs on its thread (a loaded machine may take a
     * while to start it; a job cancelled before it starts never runs) */
    while (atomic_load(&ran) == 0 && f->tries++ < 5000) {
        CO_SLEEP(f, 1, 0.001);
    }
    CO_END(f);
}

static ac_task *leave(void) {
    CO_NEW(leave, t, f);
    return t;
}

TEST(thread, loop_closes_after_running_jobs) {
    double t0 = ac_time();
    cr_assert_eq(ac_run(leave(), NULL), 0);
    cr_assert_str_eq(co_log, "job 3 ECANCELED\n");
    cr_assert_eq(atomic_load(&finished), 1);
    cr_assert_geq(ac_time() - t0, JOB_MS / 1000.0 - 0.005);
}

/* A NULL function raises AC_EINVAL. */
typedef struct bad__frame {
    int ac__state;
    int ac__ret;
    ac_to_thread__frame tt;
} bad__frame;
CO_DECL(bad);
CO_DESC_RET(bad);

static int bad__resume(void *frame, ac_task *task) {
    bad__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, ac_to_thread__init(&f->tt, NULL, NULL), ac_to_thread__resume(&f->tt, task));
    CO_RETURN(f, rc == AC__FAIL ? ac__caught(task) : 0);
    CO_END(f);
}

static ac_task *bad(void) {
    CO_NEW(bad, t, f);
    return t;
}

TEST(thread, misuse) {
    int r = 0;
    cr_assert_eq(ac_run(bad(), &r), 0);
    cr_assert_eq(r, AC_EINVAL);
}
