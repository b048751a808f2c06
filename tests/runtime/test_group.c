/* test_group.c: ac_group beyond what tests/translate/wait_groups.ac (and its
 * asyncio twin) shows: spawning into a group that is cancelling its tasks,
 * freeing a group whose tasks still run, waiting on an empty group, reusing a
 * group, several failures (only the first is raised, none is reported as
 * unread), a loop closed on a waiting group, misuse. */
#include "coro.h"

#define EBOOM 7

/* async int member(const char *name, double d, int fail) */
typedef struct member__frame {
    int ac__state;
    const char *name;
    double d;
    int fail;
    int ac__ret;
    ac_sleep__frame sl;
} member__frame;
CO_DECL(member);
CO_DESC_RET(member);

static int member__resume(void *frame, ac_task *task) {
    member__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    say("%s runs", f->name);
    CO_SLEEP(f, 1, f->d);
    if (rc == AC__FAIL) {
        say("%s %s", f->name, ac_err_name(ac__error(task)));
        return AC__FAIL;
    }
    if (f->fail) {
        say("%s fails", f->name);
        return ac__raise(task, f->fail);
    }
    say("%s done", f->name);
    CO_RETURN(f, 1);
    CO_END(f);
}

static ac_task *member(const char *name, double d, int fail) {
    CO_NEW(member, t, f);
    f->name = name;
    f->d = d;
    f->fail = fail;
    return t;
}

typedef struct abort__frame {
    int ac__state;
    ac_group *g;
    ac_task *late, *x;
    ac_sleep__frame sl;
    ac_group_wait__frame gw;
} abort__frame;
CO_DECL(abort);
CO_DESC(abort);

static int abort__resume(void *frame, ac_task *task) {
    abort__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->g = ac_group_new();
    f->x = ac_group_spawn(f->g, member("x", 1, 0));
    ac_group_spawn(f->g, member("f1", 0.001, EBOOM));
    ac_group_spawn(f->g, member("f2", 0.001, EBOOM + 1));
    CO_SLEEP(f, 1, 0.01);
    /* f1 and f2 have failed, x is being cancelled: a new task never runs */
    f->late = ac_group_spawn(f->g, member("late", 0, 0));
    CO_AWAIT(f, 2, ac_group_wait__init(&f->gw, f->g), ac_group_wait__resume(&f->gw, task));
    say("group: %s, x cancelled %d, late cancelled %d", ac_err_name(ac__caught(task)),
        ac_cancelled(f->x), ac_cancelled(f->late));
    /* waiting again raises the same first error at once */
    CO_AWAIT(f, 3, ac_group_wait__init(&f->gw, f->g), ac_group_wait__resume(&f->gw, task));
    say("again: %s", ac_err_name(ac__caught(task)));
    ac_group_free(f->g);
    CO_END(f);
}

static ac_task *abort_(void) {
    CO_NEW(abort, t, f);
    return t;
}

TEST(group, spawn_while_aborting_and_several_failures) {
    capture_stderr();
    cr_assert_eq(ac_run(abort_(), NULL), 0);
    cr_assert_str_eq(captured_stderr(), ""); /* f2's error is not "never read" */
    cr_assert_str_eq(co_log, "x runs\n"
                             "f1 runs\n"
                             "f2 runs\n"
                             "f1 fails\n"
                             "f2 fails\n"
                             "x ECANCELED\n"
                             "group: E7, x cancelled 1, late cancelled 1\n"
                             "again: E7\n");
}

/* An empty group is waited for without suspending; a group can be awaited
 * again after more spawns; a group freed while its tasks run cancels them. */
typedef struct reuse__frame {
    int ac__state;
    ac_group *g;
    ac_task *a, *b;
    ac_group_wait__frame gw;
    ac_sleep__frame sl;
} reuse__frame;
CO_DECL(reuse);
CO_DESC(reuse);

static int reuse__resume(void *frame, ac_task *task) {
    reuse__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->g = ac_group_new();
    ac_detach(ac_spawn(member("other", 0, 0)));
    CO_AWAIT(f, 1, ac_group_wait__init(&f->gw, f->g), ac_group_wait__resume(&f->gw, task));
    say("empty group: rc %d", rc);
    f->a = ac_group_spawn(f->g, member("a", 0.001, 0));
    CO_AWAIT(f, 2, ac_group_wait__init(&f->gw, f->g), ac_group_wait__resume(&f->gw, task));
    say("first round: rc %d", rc);
    f->b = ac_group_spawn(f->g, member("b", 0.001, 0));
    CO_AWAIT(f, 3, ac_group_wait__init(&f->gw, f->g), ac_group_wait__resume(&f->gw, task));
    say("second round: rc %d, results %d %d", rc, ac_result(f->a, int), ac_result(f->b, int));
    ac_group_free(f->g);
    f->g = ac_group_new();
    ac_group_spawn(f->g, member("c", 10, 0));
    ac_group_spawn(f->g, member("d", 10, 0));
    CO_SLEEP(f, 4, 0);
    ac_group_free(f->g); /* c and d are cancelled */
    CO_SLEEP(f, 5, 0);
    say("freed");
    CO_END(f);
}

static ac_task *reuse(void) {
    CO_NEW(reuse, t, f);
    return t;
}

TEST(group, empty_reused_freed) {
    cr_assert_eq(ac_run(reuse(), NULL), 0);
    cr_assert_str_eq(co_log, "empty group: rc 0\n"
                             "other runs\n"
                             "a runs\n"
                             "other done\n"
                             "a done\n"
                             "first round: rc 0\n"
                             "b runs\n"
                             "b done\n"
                             "second round: rc 0, results 1 1\n"
                             "c runs\n"
                             "d runs\n"
                             "c ECANCELED\n"
                             "d ECANCELED\n"
                             "freed\n");
}

/* A task that swallows cancellations and waits forever on an event keeps a
 * group waiting: asyncio.run's final cancel cannot end either, ac_loop_close
 * destroys both without leaking. */
typedef struct stubborn__frame {
    int ac__state;
    ac_event *e;
    ac_event_wait__frame ew;
} stubborn__frame;
CO_DECL(stubborn);
CO_DESC(stubborn);

static int stubborn__resume(void *frame, ac_task *task) {
    stubborn__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (;;) {
        CO_AWAIT(f, 1, ac_event_wait__init(&f->ew, f->e), ac_event_wait__resume(&f->ew, task));
        if (rc == AC__FAIL)
            say("stubborn swallows %s", ac_err_name(ac__caught(task)));
    }
    CO_END(f);
}

static ac_task *stubborn(ac_event *e) {
    CO_NEW(stubborn, t, f);
    f->e = e;
    return t;
}

typedef struct waits_forever__frame {
    int ac__state;
    ac_group *g;
    ac_group_wait__frame gw;
} waits_forever__frame;
CO_DECL(waits_forever);
CO_DESC(waits_forever);

static int waits_forever__resume(void *frame, ac_task *task) {
    waits_forever__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, ac_group_wait__init(&f->gw, f->g), ac_group_wait__resume(&f->gw, task));
    say("never");
    CO_END(f);
}

static ac_task *waits_forever(ac_group *g) {
    CO_NEW(waits_forever, t, f);
    f->g = g;
    return t;
}

typedef struct closer__frame {
    int ac__state;
    ac_group *g;
    ac_event *e;
    ac_sleep__frame sl;
} closer__frame;
CO_DECL(closer);
CO_DESC(closer);

static int closer__resume(void *frame, ac_task *task) {
    closer__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    ac_group_spawn(f->g, stubborn(f->e));
    ac_detach(ac_spawn(waits_forever(f->g)));
    CO_SLEEP(f, 1, 0);
    ac_group_free(f->g); /* the waiter keeps it alive */
    CO_END(f);
}

static ac_task *closer(ac_group *g, ac_event *e) {
    CO_NEW(closer, t, f);
    f->g = g;
    f->e = e;
    return t;
}

TEST(group, loop_closed_on_a_waiting_group) {
    ac_event *e = ac_event_new();
    cr_assert_eq(ac_run(closer(ac_group_new(), e), NULL), 0);
    /* the free cancels stubborn once; asyncio.run's end cancels both again:
     * the waiter aborts the group (stubborn's second cancel) */
    cr_assert_str_eq(co_log, "stubborn swallows ECANCELED\n"
                             "stubborn swallows ECANCELED\n");
    ac_event_free(e);
}

TEST(group, misuse) {
    ac_group *g = ac_group_new();
    ac_task *t = member("m", 0, 0);
    cr_assert_null(ac_group_spawn(NULL, t)); /* takes t anyway: freed */
    cr_assert_null(ac_group_spawn(g, NULL));
    t = member("n", 0, 0);
    cr_assert_null(ac_group_spawn(g, t)); /* no loop */
    ac_group_free(g);
    ac_group_free(NULL);
}
