/* test_stack.c: ac_print_stack (through the resume-point tables acc writes:
 * written by hand here, with lines of a pretend stack.ac), the AC_DEBUG report
 * of steps and callbacks that block the loop, and the report of a task error
 * nobody read, which asyncio makes in every mode. */
#include "coro.h"

/* async void inner(double d) { await ac_sleep(d); }   defined at stack.ac:100 */
typedef struct inner__frame {
    int ac__state;
    double d;
    ac_sleep__frame sl;
} inner__frame;
CO_DECL(inner);
static const ac__point inner__points[] = {{100, 0, NULL, "start"}, {101, 0, NULL, "ac_sleep"}};
static const ac__desc inner__desc = {.resume = inner__resume,
                                     .name = "inner",
                                     .file = "stack.ac",
                                     .line = 100,
                                     .frame_size = sizeof(inner__frame),
                                     .points = inner__points,
                                     .npoints = 2};

static int inner__resume(void *frame, ac_task *task) {
    inner__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, f->d);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *inner(double d) {
    CO_NEW(inner, t, f);
    f->d = d;
    return t;
}

/* async void outer(void) {              stack.ac:200
 *     await inner(0.05);                 stack.ac:205, frame embedded
 *     await <the coroutine object inner(0.05)>;   stack.ac:207
 * } */
typedef struct outer__frame {
    int ac__state;
    ac_task *h;
    union {
        inner__frame inner;
        ac__wait__frame wt;
    } sub;
} outer__frame;
CO_DECL(outer);
static const ac__desc outer__desc;
static const ac__point outer__points[] = {
    {200, 0, NULL, "start"},
    {205, offsetof(outer__frame, sub.inner), &inner__desc, "inner"},
    {207, 0, NULL, "await"}};
static const ac__desc outer__desc = {.resume = outer__resume,
                                     .name = "outer",
                                     .file = "stack.ac",
                                     .line = 200,
                                     .frame_size = sizeof(outer__frame),
                                     .points = outer__points,
                                     .npoints = 3};

static int outer__resume(void *frame, ac_task *task) {
    outer__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->sub.inner.ac__state = 0;
    f->sub.inner.d = 0.05;
    CO_AWAIT(f, 1, (void)0, inner__resume(&f->sub.inner, task));
    CO_CHECK(rc);
    f->h = inner(0.05);
    CO_AWAIT(f, 2, ac__wait__init(&f->sub.wt, f->h), ac__wait__resume(&f->sub.wt, task));
    ac_release(f->h);
    CO_CHECK(rc);
    CO_END(f);
}

static ac_task *outer(void) {
    CO_NEW(outer, t, f);
    return t;
}

typedef struct stacks__frame {
    int ac__state;
    ac_task *t, *fresh, *fut;
    ac_sleep__frame sl;
    ac__wait__frame wt;
} stacks__frame;
CO_DECL(stacks);
CO_DESC(stacks);

static int stacks__resume(void *frame, ac_task *task) {
    stacks__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(outer());
    ac_set_name(f->t, "worker");
    f->fresh = ac_spawn(inner(0));
    ac_set_name(f->fresh, "fresh");
    ac_print_stack(f->fresh);
    ac_release(f->fresh);
    CO_SLEEP(f, 1, 0.01);
    ac_print_stack(f->t);
    CO_SLEEP(f, 2, 0.07);
    ac_print_stack(f->t);
    ac_set_name(task, "main");
    ac_print_stack(task);
    CO_WAIT(f, 3, f->t);
    ac_print_stack(f->t);
    f->fut = ac_future_new(int);
    ac_print_stack(f->fut);
    ac_print_stack(NULL);
    ac_release(f->fut);
    ac_release(f->t);
    CO_END(f);
}

static ac_task *stacks(void) {
    CO_NEW(stacks, t, f);
    return t;
}

TEST(stack, print_stack_walks_tasks_and_embedded_frames) {
    const char *err;
    char want[2048];
    capture_stderr();
    cr_assert_eq(ac_run(stacks(), NULL), 0);
    err = captured_stderr();
    snprintf(want, sizeof want, "Stack for task 'fresh' (most recent call last):\n"
                          "  File \"stack.ac\", line 100, in inner\n"
                          "    not started yet\n"
                          "Stack for task 'worker' (most recent call last):\n"
                          "  File \"stack.ac\", line 205, in outer\n"
                          "  File \"stack.ac\", line 101, in inner\n"
                          "    waiting in ac_sleep\n"
                          "Stack for task 'worker' (most recent call last):\n"
                          "  File \"stack.ac\", line 207, in outer\n"
                          "  File \"stack.ac\", line 101, in inner\n"
                          "    waiting in ac_sleep\n"
                          "Stack for task 'main' (most recent call last):\n"
                          "  File \"%s\", line %d, in stacks\n"
                          "    running\n"
                          "No stack for task 'worker' (done)\n"
                          "No stack for future 'future' (not a task)\n"
                          "No stack for (null)\n",
             stacks__desc.file, stacks__desc.line);
    cr_assert_str_eq(err, want);
}

/* ------------------------------------------------------------------------- */
/* AC_DEBUG: a step or a callback that blocks the loop for over 100 ms. */

/* async void spinner(void) {      stack.ac:300
 *     <blocks for 150 ms>
 *     await ac_sleep(0);          stack.ac:301
 * } */
typedef struct spinner__frame {
    int ac__state;
    ac_sleep__frame sl;
} spinner__frame;
CO_DECL(spinner);
static const ac__point spinner__points[] = {{300, 0, NULL, "start"}, {301, 0, NULL, "ac_sleep"}};
static const ac__desc spinner__desc = {.resume = spinner__resume,
                                       .name = "spinner",
                                       .file = "stack.ac",
                                       .line = 300,
                                       .frame_size = sizeof(spinner__frame),
                                       .points = spinner__points,
                                       .npoints = 2};

static int spinner__resume(void *frame, ac_task *task) {
    spinner__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    spin_for(0.15);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    spin_for(0.01); /* short: not reported */
    CO_END(f);
}

static ac_task *spinner(void) {
    CO_NEW(spinner, t, f);
    return t;
}

static void spin_cb(void *arg) {
    (void)arg;
    spin_for(0.12);
}

typedef struct slow__frame {
    int ac__state;
    ac_task *t;
    ac__wait__frame wt;
} slow__frame;
CO_DECL(slow);
CO_DESC(slow);

static int slow__resume(void *frame, ac_task *task) {
    slow__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(spinner());
    ac_set_name(f->t, "spin");
    ac_call_soon(spin_cb, NULL);
    CO_WAIT(f, 1, f->t);
    ac_release(f->t);
    CO_END(f);
}

static ac_task *slow(void) {
    CO_NEW(slow, t, f);
    return t;
}

TEST(stack, slow_steps_and_callbacks_with_AC_DEBUG) {
    const char *err;
    setenv("AC_DEBUG", "1", 1);
    capture_stderr();
    cr_assert_eq(ac_run(slow(), NULL), 0);
    err = captured_stderr();
    cr_assert(strstr(err, "stack.ac:301: warning: task 'spin' (spinner) blocked the loop for 0.1") !=
                  NULL,
              "stderr:\n%s", err);
    cr_assert(strstr(err, "ac: warning: a callback blocked the loop for 0.1") != NULL,
              "stderr:\n%s", err);
    cr_assert_null(strstr(err, "'main'"), "stderr:\n%s", err);

    setenv("AC_DEBUG", "0", 1);
    capture_stderr();
    cr_assert_eq(ac_run(slow(), NULL), 0);
    cr_assert_str_eq(captured_stderr(), "");
}

/* ------------------------------------------------------------------------- */
/* A failed task whose error nobody read: reported when it is freed, in every
 * mode (asyncio's "Task exception was never retrieved"); with AC_DEBUG, with
 * the line that made it. */

typedef struct failer__frame {
    int ac__state;
    ac_sleep__frame sl;
} failer__frame;
CO_DECL(failer);
CO_DESC(failer);

static int failer__resume(void *frame, ac_task *task) {
    failer__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    (void)ac__raise(task, ac_error(9, "nobody reads this"));
    return ac__unwind(task, &failer__desc, 700);
    CO_END(f);
}

static ac_task *failer(void) {
    CO_NEW(failer, t, f);
    return t;
}

typedef struct forgets__frame {
    int ac__state;
    ac_task *t;
    ac_sleep__frame sl;
} forgets__frame;
CO_DECL(forgets);
CO_DESC(forgets);

static int forgets__resume(void *frame, ac_task *task) {
    forgets__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(failer());
    ac_set_name(f->t, "lost");
    ac_detach(f->t);
    CO_SLEEP(f, 1, 0.01);
    CO_END(f);
}

static ac_task *forgets(void) {
    CO_NEW(forgets, t, f);
    return t;
}

TEST(stack, unread_errors_are_reported_in_every_mode) {
    const char *err;
    unsetenv("AC_DEBUG");
    capture_stderr();
    cr_assert_eq(ac_run(forgets(), NULL), 0);
    err = captured_stderr();
    /* without AC_DEBUG, the line is the definition of the task's function */
    cr_assert(strstr(err, "test_stack.c:247: warning: task 'lost' failed and its error was never read:\n"
                          "Traceback (most recent call last):\n") != NULL,
              "stderr:\n%s", err);
    cr_assert(strstr(err, "line 700, in failer\nError: E9: nobody reads this\n") != NULL,
              "stderr:\n%s", err);
}

/* AC_DEBUG=0 silences the default reports (issue 11.7). */
TEST(stack, ac_debug_0_silences_the_reports) {
    const char *err;
    setenv("AC_DEBUG", "0", 1);
    capture_stderr();
    cr_assert_eq(ac_run(forgets(), NULL), 0);
    err = captured_stderr();
    cr_assert(strstr(err, "never read") == NULL, "stderr:\n%s", err);
}
