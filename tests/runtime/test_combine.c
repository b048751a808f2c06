/* test_combine.c: ac_wait_for, ac_shield, ac_wait, ac_as_completed and the
 * error data of gathers, beyond what the behaviour tests (and their asyncio
 * twins) tests/translate/wait_for_shield.ac and wait_groups.ac show: results
 * mirrored from futures, handles released early, misuse, generators closed
 * early, messages and tracebacks carried through. */
#include "coro.h"

/* async void setter(ac_future *f, double d, int v): sets f after d seconds. */
typedef struct setter__frame {
    int ac__state;
    ac_task *f;
    double d;
    int v;
    ac_sleep__frame sl;
} setter__frame;
CO_DECL(setter);
CO_DESC(setter);

static int setter__resume(void *frame, ac_task *task) {
    setter__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, f->d);
    CO_CHECK(rc);
    if (f->v < 0)
        ac_future_fail(f->f, -f->v);
    else
        ac_future_set(f->f, int, f->v);
    CO_END(f);
}

static ac_task *setter(ac_task *fut, double d, int v) {
    CO_NEW(setter, t, f);
    f->f = fut;
    f->d = d;
    f->v = v;
    return t;
}

/* async int boom(int code): raises ac_error(code, "boom %d") at "line 500". */
typedef struct boom__frame {
    int ac__state;
    int code;
    ac_sleep__frame sl;
} boom__frame;
CO_DECL(boom);
CO_DESC(boom);

static int boom__resume(void *frame, ac_task *task) {
    boom__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0.001);
    CO_CHECK(rc);
    (void)ac__raise(task, ac_error(f->code, "boom %d", f->code));
    return ac__unwind(task, &boom__desc, 500);
    CO_END(f);
}

static ac_task *boom(int code) {
    CO_NEW(boom, t, f);
    f->code = code;
    return t;
}

/* ------------------------------------------------------------------------- */

typedef struct mirror__frame {
    int ac__state;
    ac_task *fut, *w, *s, *inner;
    ac__wait__frame wt;
    ac_sleep__frame sl;
} mirror__frame;
CO_DECL(mirror);
CO_DESC(mirror);

static int mirror__resume(void *frame, ac_task *task) {
    mirror__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    /* wait_for and shield of a future: their results are the future's */
    f->fut = ac_future_new(long);
    ac_future_set(f->fut, long, 1234567890123L);
    f->w = ac_wait_for(f->fut, 1);
    f->s = ac_shield(f->fut);
    CO_WAIT(f, 1, f->w);
    say("wait_for rc %d result %ld", rc, ac_result(f->w, long));
    CO_WAIT(f, 2, f->s);
    say("shield rc %d result %ld", rc, ac_result(f->s, long));
    ac_release(f->w);
    ac_release(f->s);
    ac_release(f->fut);

    /* the inner's error, message included, through wait_for and shield */
    f->inner = boom(11);
    f->w = ac_wait_for(f->inner, 1);
    CO_WAIT(f, 3, f->w);
    say("wait_for: %s '%s'", ac_err_name(ac__error(task)), ac_error_message());
    (void)ac__caught(task);
    ac_release(f->w);
    ac_release(f->inner);
    f->inner = boom(12);
    f->s = ac_shield(f->inner);
    CO_WAIT(f, 4, f->s);
    say("shield: %s '%s'", ac_err_name(ac__error(task)), ac_error_message());
    (void)ac__caught(task);
    ac_release(f->s);
    ac_release(f->inner);

    /* a shield released before its inner is done */
    f->fut = ac_future_new(int);
    f->s = ac_shield(f->fut);
    ac_release(f->s);
    ac_future_set(f->fut, int, 1);
    ac_release(f->fut);

    /* a wait_for spawned and cancelled before it starts never touches its inner */
    f->fut = ac_future_new(int);
    f->w = ac_spawn(ac_wait_for(f->fut, 0.001));
    ac_cancel(f->w);
    CO_SLEEP(f, 5, 0.01);
    say("wait_for cancelled %d, future done %d", ac_cancelled(f->w), ac_done(f->fut));
    ac_release(f->w);
    ac_release(f->fut);

    /* timeout 0 on a pending future: cancelled, then AC_ETIMEDOUT */
    f->fut = ac_future_new(int);
    f->w = ac_wait_for(f->fut, 0);
    CO_WAIT(f, 6, f->w);
    say("timeout 0: %s, future cancelled %d", ac_err_name(ac__caught(task)), ac_cancelled(f->fut));
    ac_release(f->w);
    ac_release(f->fut);
    CO_END(f);
}

static ac_task *mirror(void) {
    CO_NEW(mirror, t, f);
    return t;
}

TEST(combine, results_and_errors_mirror_the_inner) {
    cr_assert_eq(ac_run(mirror(), NULL), 0);
    cr_assert_str_eq(co_log, "wait_for rc 0 result 1234567890123\n"
                             "shield rc 0 result 1234567890123\n"
                             "wait_for: E11 'boom 11'\n"
                             "shield: E12 'boom 12'\n"
                             "wait_for cancelled 1, future done 0\n"
                             "timeout 0: ETIMEDOUT, future cancelled 1\n");
}

/* ------------------------------------------------------------------------- */

typedef struct misuse__frame {
    int ac__state;
    ac_task *hs[2], *w;
    ac__wait__frame wt;
} misuse__frame;
CO_DECL(misuse);
CO_DESC(misuse);

static int misuse__resume(void *frame, ac_task *task) {
    misuse__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->hs[0] = ac_future_new(int);
    f->hs[1] = NULL;
    say("NULL: %d %d %d %d %d", ac_wait_for(NULL, 1) == NULL, ac_shield(NULL) == NULL,
        ac_wait(2, f->hs, 1, AC_ALL_COMPLETED) == NULL, ac_as_completed(2, f->hs) == NULL,
        ac_gather_settled(2, f->hs) == NULL);
    say("bad mode: %d", ac_wait(1, f->hs, 1, 42) == NULL);
    /* n == 0: done at once with 0 */
    f->w = ac_wait(0, NULL, -1, AC_FIRST_COMPLETED);
    CO_WAIT(f, 1, f->w);
    say("empty wait: rc %d n %d", rc, ac_result(f->w, int));
    ac_release(f->w);
    /* awaiting NULL raises AC_EINVAL */
    CO_WAIT(f, 2, NULL);
    say("await NULL: %s", ac_err_name(ac__caught(task)));
    ac_release(f->hs[0]);
    CO_END(f);
}

static ac_task *misuse(void) {
    CO_NEW(misuse, t, f);
    return t;
}

TEST(combine, misuse) {
    ac_task *fut = ac_future_new(int);
    /* no loop */
    cr_assert_null(ac_wait_for(fut, 1));
    cr_assert_null(ac_shield(fut));
    cr_assert_null(ac_wait(1, &fut, 1, AC_ALL_COMPLETED));
    cr_assert_null(ac_as_completed(1, &fut));
    ac_release(fut);
    cr_assert_eq(ac_run(misuse(), NULL), 0);
    cr_assert_str_eq(co_log, "NULL: 1 1 1 1 1\n"
                             "bad mode: 1\n"
                             "empty wait: rc 0 n 0\n"
                             "await NULL: EINVAL\n");
}

/* ------------------------------------------------------------------------- */
/* as_completed: closed after the first value, released without a start, and
 * cancelled while it waits. Coroutine objects among hs become tasks. */

typedef struct asc__frame {
    int ac__state;
    ac_task *hs[3], *g, *h, *t;
    ac_anext__frame an;
    ac_aclose__frame ac;
    ac__wait__frame wt;
    ac_sleep__frame sl;
} asc__frame;
CO_DECL(asc);
CO_DESC(asc);

static int asc__resume(void *frame, ac_task *task) {
    asc__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->hs[0] = ac_future_new(int);
    f->hs[1] = setter(f->hs[0], 0.001, 5); /* a coroutine object: spawned */
    f->hs[2] = ac_future_new(int);
    f->g = ac_as_completed(3, f->hs);
    say("spawned %d", strncmp(ac_name(f->hs[1]), "Task-", 5) == 0 && !ac_done(f->hs[1]));
    CO_AWAIT(f, 1, ac_anext__init(&f->an, f->g, &f->h), ac_anext__resume(&f->an, task));
    CO_CHECK(rc);
    /* the setter completes the future, then ends: in that order */
    say("first: %s %d", f->h == f->hs[0] ? "future" : "?", ac_result(f->h, int));
    CO_AWAIT(f, 2, ac_anext__init(&f->an, f->g, &f->h), ac_anext__resume(&f->an, task));
    CO_CHECK(rc);
    say("second: %s", f->h == f->hs[1] ? "setter" : "?");
    CO_AWAIT(f, 3, ac_aclose__init(&f->ac, f->g), ac_aclose__resume(&f->ac, task));
    say("closed rc %d done %d", rc, ac_done(f->g));
    ac_release(f->g);
    /* made and released without a start */
    f->g = ac_as_completed(3, f->hs);
    ac_release(f->g);
    /* cancelled while it waits: raises, ends the generator */
    f->g = ac_as_completed(1, &f->hs[2]);
    f->t = ac_spawn(ac_anext(f->g, &f->h));
    CO_SLEEP(f, 4, 0);
    ac_cancel(f->t);
    CO_WAIT(f, 5, f->t);
    say("anext: %s, generator: %s", ac_err_name(ac__caught(task)), ac_err_name(ac_error_of(f->g)));
    ac_release(f->t);
    ac_release(f->g);
    for (int i = 0; i < 3; i++)
        ac_release(f->hs[i]);
    CO_END(f);
}

static ac_task *asc(void) {
    CO_NEW(asc, t, f);
    return t;
}

TEST(combine, as_completed_closed_released_cancelled) {
    cr_assert_eq(ac_run(asc(), NULL), 0);
    cr_assert_str_eq(co_log, "spawned 1\n"
                             "first: future 5\n"
                             "second: setter\n"
                             "closed rc 0 done 1\n"
                             "anext: ECANCELED, generator: ECANCELED\n");
}

/* ------------------------------------------------------------------------- */
/* Errors that escape main through a gather, a wait_for, a shield, a group
 * keep their message and traceback. */

typedef struct through__frame {
    int ac__state;
    int how;
    ac_task *h, *b;
    ac_group *g;
    ac__wait__frame wt;
    ac_group_wait__frame gw;
} through__frame;
CO_DECL(through);
CO_DESC(through);

static int through__resume(void *frame, ac_task *task) {
    through__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->b = ac_spawn(boom(20 + f->how));
    switch (f->how) {
    case 0:
        f->h = ac_gather(1, &f->b);
        break;
    case 1:
        f->h = ac_wait_for(f->b, 1);
        break;
    case 2:
        f->h = ac_shield(f->b);
        break;
    default:
        f->h = NULL;
        break;
    }
    if (f->how < 3) {
        CO_WAIT(f, 1, f->h);
    } else {
        f->g = ac_group_new();
        ac_group_spawn(f->g, ac_retain(f->b));
        CO_AWAIT(f, 2, ac_group_wait__init(&f->gw, f->g), ac_group_wait__resume(&f->gw, task));
        ac_group_free(f->g);
    }
    ac_release(f->h);
    ac_release(f->b);
    if (rc == AC__FAIL)
        return ac__unwind(task, &through__desc, 600);
    CO_END(f);
}

static ac_task *through(int how) {
    CO_NEW(through, t, f);
    f->how = how;
    return t;
}

TEST(combine, tracebacks_pass_through) {
    for (int how = 0; how < 4; how++) {
        char buf[512];
        const char *err, *a, *b;
        capture_stderr();
        cr_assert_eq(ac__main(through(how)), 1);
        err = captured_stderr();
        cr_assert(strncmp(err, "Traceback (most recent call last):\n", 35) == 0, "%s", err);
        a = strstr(err, "test_combine.c\", line 600, in through\n");
        b = strstr(err, "test_combine.c\", line 500, in boom\n");
        cr_assert(a != NULL && b != NULL && a < b, "how %d: stderr:\n%s", how, err);
        snprintf(buf, sizeof buf, "Error: E2%d: boom 2%d\n", how, how);
        cr_assert(strstr(err, buf) != NULL, "how %d: want\n%s\nstderr:\n%s", how, buf, err);
    }
}

/* ------------------------------------------------------------------------- */
/* The loop closes on tasks asleep inside the combinators' composites (their
 * frames, generated from combine.ac and group.ac, go with their tasks,
 * unresumed): wait_for cancelling an inner that swallows every cancellation,
 * as_completed waiting for a handle that never completes. The leaves let go
 * of their callbacks and timers (ASan: no leak, no use after free). */

typedef struct deaf__frame {
    int ac__state;
    ac_event *e;
    ac_event_wait__frame ew;
} deaf__frame;
CO_DECL(deaf);
CO_DESC(deaf);

static int deaf__resume(void *frame, ac_task *task) {
    deaf__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (;;) {
        CO_AWAIT(f, 1, ac_event_wait__init(&f->ew, f->e), ac_event_wait__resume(&f->ew, task));
        if (rc == AC__FAIL)
            say("deaf swallows %s", ac_err_name(ac__caught(task)));
    }
    CO_END(f);
}

static ac_task *deaf(ac_event *e) {
    CO_NEW(deaf, t, f);
    f->e = e;
    return t;
}

typedef struct stuck__frame {
    int ac__state;
    int how;
    ac_task *h, *g, *got;
    ac__wait__frame wt;
    ac_anext__frame an;
} stuck__frame;
CO_DECL(stuck);
CO_DESC(stuck);

static int stuck__resume(void *frame, ac_task *task) {
    stuck__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    if (f->how == 0) {
        CO_WAIT(f, 1, ac_wait_for(f->h, 5)); /* the timeout never comes first */
    } else {
        f->g = ac_as_completed(1, &f->h);
        for (;;) { /* a cancellation ends the generator: a new one */
            CO_AWAIT(f, 2, ac_anext__init(&f->an, f->g, &f->got), ac_anext__resume(&f->an, task));
            say("as_completed: %s", ac_err_name(rc == AC__FAIL ? ac__caught(task) : 0));
            ac_release(f->g);
            f->g = ac_as_completed(1, &f->h);
        }
    }
    say("never");
    CO_END(f);
}

static ac_task *stuck(int how, ac_task *h) {
    CO_NEW(stuck, t, f);
    f->how = how;
    f->h = h;
    return t;
}

typedef struct closing__frame {
    int ac__state;
    ac_event *e;
    ac_task *h;
    ac_sleep__frame sl;
} closing__frame;
CO_DECL(closing);
CO_DESC(closing);

static int closing__resume(void *frame, ac_task *task) {
    closing__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->h = ac_spawn(deaf(f->e));
    ac_detach(ac_spawn(stuck(0, f->h)));
    ac_detach(ac_spawn(stuck(1, f->h)));
    CO_SLEEP(f, 1, 0.001);
    ac_release(f->h);
    CO_END(f);
}

static ac_task *closing(ac_event *e) {
    CO_NEW(closing, t, f);
    f->e = e;
    return t;
}

TEST(combine, loop_closed_inside_composites) {
    ac_event *e = ac_event_new();
    cr_assert_eq(ac_run(closing(e), NULL), 0);
    /* asyncio.run's end cancels all three: deaf swallows it, as_completed's
     * generator ends (ECANCELED) and a new one waits; wait_for cancels deaf
     * (swallowed too) and waits for it: nothing can end any more */
    cr_assert_str_eq(co_log, "deaf swallows ECANCELED\n"
                             "as_completed: ECANCELED\n"
                             "deaf swallows ECANCELED\n");
    ac_event_free(e);
}
