/* test_debug.c: AC_DEBUG=1 reports handles still alive when their loop
 * closes (with the line that made them), coroutine objects never awaited, and
 * misuse such as reading the result of a pending handle. Without it, silence. */
#include "coro.h"

typedef struct idle__frame {
    int ac__state;
    ac_sleep__frame sl;
} idle__frame;
CO_DECL(idle);
CO_DESC(idle);

static int idle__resume(void *frame, ac_task *task) {
    idle__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *idle(void) {
    CO_NEW(idle, t, f);
    return t;
}

static ac_future *leaked_future;
static ac_task *leaked_task;
static int future_line, task_line, coro_line;

/* Leaks a future and a task, drops a coroutine object without running it,
 * reads a result the wrong way. */
typedef struct sloppy__frame {
    int ac__state;
    ac_task *t;
    ac_sleep__frame sl;
} sloppy__frame;
CO_DECL(sloppy);
CO_DESC(sloppy);

static int sloppy__resume(void *frame, ac_task *task) {
    sloppy__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    future_line = __LINE__ + 1;
    leaked_future = ac_future_new(int);
    task_line = __LINE__ + 1;
    leaked_task = ac_spawn(AC__AT(idle()));
    coro_line = __LINE__ + 1;
    f->t = AC__AT(idle());
    ac_release(f->t); /* never awaited */
    (void)ac_result(leaked_future, int); /* not done */
    ac_future_set(leaked_future, int, 1);
    (void)ac_result(leaked_future, long); /* wrong size */
    CO_SLEEP(f, 1, 0.001);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *sloppy(void) {
    CO_NEW(sloppy, t, f);
    return t;
}

static void run_sloppy(void) {
    ac_loop *l = ac_loop_new();
    ac_loop_set(l);
    cr_assert_eq(ac_loop_run(l, sloppy(), NULL), 0);
    cr_assert_eq(ac_loop_close(l), 0);
    /* The handles outlive their loop: releasing them now is fine. */
    ac_release(leaked_future);
    ac_release(leaked_task);
}

TEST(debug, reports_with_AC_DEBUG) {
    const char *err;
    char want[256];
    setenv("AC_DEBUG", "1", 1);
    capture_stderr();
    run_sloppy();
    err = captured_stderr();
    snprintf(want, sizeof want, "test_debug.c:%d: warning: coroutine 'idle' was never awaited\n",
             coro_line);
    cr_assert(strstr(err, want) != NULL, "want %s\nstderr:\n%s", want, err);
    snprintf(want, sizeof want,
             "test_debug.c:%d: warning: ac_result: handle 'future' is not done\n", future_line);
    cr_assert(strstr(err, want) != NULL, "want %s\nstderr:\n%s", want, err);
    snprintf(want, sizeof want,
             "test_debug.c:%d: warning: ac_result: handle 'future' holds 4 bytes, read as 8\n",
             future_line);
    cr_assert(strstr(err, want) != NULL, "want %s\nstderr:\n%s", want, err);
    snprintf(want, sizeof want,
             "test_debug.c:%d: warning: handle 'future' (future) still alive at loop close\n",
             future_line);
    cr_assert(strstr(err, want) != NULL, "want %s\nstderr:\n%s", want, err);
    snprintf(want, sizeof want, "test_debug.c:%d: warning: handle 'Task-", task_line);
    cr_assert(strstr(err, want) != NULL, "want %s\nstderr:\n%s", want, err);
    cr_assert(strstr(err, "(task) still alive at loop close\n") != NULL, "stderr:\n%s", err);
    /* Only these: the main task and the released ones are not reported. */
    cr_assert_null(strstr(err, "'sloppy'"), "stderr:\n%s", err);
    cr_assert_null(strstr(err, "Task-1'"), "stderr:\n%s", err);
}

/* Without AC_DEBUG (issue 11.7): the coroutine never awaited and the result
 * read with the wrong size are reported (the line: the definition of the
 * function, or "ac:" for a future); the slower checks (handles alive at loop
 * close, a result read before it is done) stay in debug mode. */
TEST(debug, default_reports_without_AC_DEBUG) {
    const char *err;
    unsetenv("AC_DEBUG");
    capture_stderr();
    run_sloppy();
    err = captured_stderr();
    cr_assert(strstr(err, "test_debug.c") != NULL && strstr(err, ": warning: coroutine 'idle' was never awaited\n") != NULL,
              "stderr:\n%s", err);
    cr_assert(strstr(err, "ac: warning: ac_result: handle 'future' holds 4 bytes, read as 8\n") != NULL,
              "stderr:\n%s", err);
    cr_assert_null(strstr(err, "still alive"), "stderr:\n%s", err);
    cr_assert_null(strstr(err, "is not done"), "stderr:\n%s", err);
}

TEST(debug, silent_without_AC_DEBUG) {
    const char *err;
    setenv("AC_DEBUG", "0", 1);
    capture_stderr();
    run_sloppy();
    err = captured_stderr();
    cr_assert_str_eq(err, "");
}

/* A coroutine object made before any loop exists (debug from the environment)
 * joins the loop's list when it is spawned there. */
TEST(debug, tracked_before_the_loop_exists) {
    const char *err;
    ac_task *t;
    ac_loop *l;
    setenv("AC_DEBUG", "1", 1);
    coro_line = __LINE__ + 1;
    t = AC__AT(idle());
    l = ac_loop_new();
    ac_loop_set(l);
    cr_assert_eq(ac_loop_run(l, ac_retain(t), NULL), 0); /* we keep one reference */
    capture_stderr();
    cr_assert_eq(ac_loop_close(l), 0);
    err = captured_stderr();
    cr_assert(strstr(err, "still alive at loop close") != NULL, "stderr:\n%s", err);
    ac_release(t);
}

/* A failed task whose error nobody read is reported when it is freed (asyncio:
 * "Task exception was never retrieved"); one that was awaited is not, nor is a
 * cancelled one. */
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
    CO_SLEEP(f, 1, 0);
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

typedef struct unread__frame {
    int ac__state;
    ac_task *read, *cancelled;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} unread__frame;
CO_DECL(unread);
CO_DESC(unread);

static int unread__resume(void *frame, ac_task *task) {
    unread__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    task_line = __LINE__ + 1;
    ac_detach(ac_spawn(AC__AT(boom(11))));
    f->read = ac_spawn(boom(12));
    f->cancelled = ac_spawn(boom(13));
    ac_cancel(f->cancelled);
    CO_WAIT(f, 1, f->read);
    (void)ac__caught(task);
    CO_SLEEP(f, 2, 0.001);
    ac_release(f->read);
    ac_release(f->cancelled);
    CO_END(f);
}

static ac_task *unread(void) {
    CO_NEW(unread, t, f);
    return t;
}

TEST(debug, errors_never_read) {
    const char *err;
    char want[256];
    setenv("AC_DEBUG", "1", 1);
    capture_stderr();
    cr_assert_eq(ac_run(unread(), NULL), 0);
    err = captured_stderr();
    snprintf(want, sizeof want, "test_debug.c:%d: warning: task 'Task-", task_line);
    cr_assert(strstr(err, want) != NULL, "want %s\nstderr:\n%s", want, err);
    cr_assert(strstr(err, "' failed and its error was never read:\n"
                          "Traceback (most recent call last):\n") != NULL,
              "stderr:\n%s", err);
    cr_assert(strstr(err, "line 500, in boom\nError: E11: boom 11\n") != NULL, "stderr:\n%s", err);
    cr_assert_null(strstr(err, "E12"), "stderr:\n%s", err);
    cr_assert_null(strstr(err, "E13"), "stderr:\n%s", err);
}
