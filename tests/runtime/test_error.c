/* test_error.c: error names and messages, ac_error's message, and the async
 * traceback that ac__unwind records and ac__main prints. */
#include "coro.h"

TEST(error, names_and_messages) {
    cr_assert_eq(AC_ECANCELED, UV_ECANCELED);
    cr_assert_eq(AC_ETIMEDOUT, UV_ETIMEDOUT);
    cr_assert_str_eq(ac_err_name(AC_ECANCELED), "ECANCELED");
    cr_assert_str_eq(ac_strerror(AC_ECANCELED), "operation canceled");
    cr_assert_str_eq(ac_err_name(AC_ETIMEDOUT), "ETIMEDOUT");
    cr_assert_str_eq(ac_strerror(AC_ETIMEDOUT), "connection timed out");
    cr_assert_str_eq(ac_err_name(AC_ENOMEM), "ENOMEM");
    cr_assert_str_eq(ac_err_name(AC_EOF), "EOF");
    cr_assert_str_eq(ac_strerror(AC_EOF), "end of file");
    /* The program's own positive codes. */
    cr_assert_str_eq(ac_err_name(42), "E42");
    cr_assert_str_eq(ac_strerror(42), "error 42");
    cr_assert_str_eq(ac_strerror(0), "success");
    cr_assert_str_eq(ac_err_name(0), "OK");
    /* Negative codes libuv does not know: formatted, no allocation. */
    cr_assert_str_eq(ac_err_name(-99999), "E-99999");
    cr_assert_str_eq(ac_strerror(-99999), "unknown error -99999");
    /* Every code of the table has a name and a message. */
#define CHECK(name, msg)                                                           \
    cr_assert_str_eq(ac_err_name(AC_##name), #name);                               \
    cr_assert_str_eq(ac_strerror(AC_##name), msg);
    AC_ERRNO_MAP(CHECK)
#undef CHECK
}

/* ------------------------------------------------------------------------- */
/* async void leaf(void) { await ac_sleep(0); throw ac_error(5, "bad thing %d", 3); }
 * async void middle(void) { await leaf(); }            (direct: embedded frame)
 * async int outer(void) { ac_task *t = ac_spawn(middle()); await t; }      */
typedef struct leaf__frame {
    int ac__state;
    ac_sleep__frame sl;
} leaf__frame;
CO_DECL(leaf);
CO_DESC(leaf);

static int leaf__resume(void *frame, ac_task *task) {
    leaf__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_SLEEP(f, 1, 0);
    CO_CHECK(rc);
    cr_assert_str_eq(ac_error_message(), "success");
    (void)ac__raise(task, ac_error(5, "bad thing %d", 3));
    return ac__unwind(task, &leaf__desc, 10);
    CO_END(f);
}

typedef struct middle__frame {
    int ac__state;
    leaf__frame leaf;
} middle__frame;
CO_DECL(middle);
CO_DESC(middle);

static int middle__resume(void *frame, ac_task *task) {
    middle__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    CO_AWAIT(f, 1, memset(&f->leaf, 0, sizeof f->leaf), leaf__resume(&f->leaf, task));
    if (rc == AC__FAIL)
        return ac__unwind(task, &middle__desc, 20);
    CO_END(f);
}

static ac_task *middle(void) {
    CO_NEW(middle, t, f);
    return t;
}

typedef struct outer__frame {
    int ac__state;
    int catch_it;
    ac_task *t;
    ac__wait__frame wt;
    int ac__ret;
} outer__frame;
CO_DECL(outer);
CO_DESC_RET(outer);

static int outer__resume(void *frame, ac_task *task) {
    outer__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    f->t = ac_spawn(middle());
    CO_WAIT(f, 1, f->t);
    ac_release(f->t);
    if (rc == AC__FAIL) {
        if (!f->catch_it)
            return ac__unwind(task, &outer__desc, 30);
        /* catch (int e): the message stays readable while the catch runs */
        cr_assert_eq(ac__caught(task), 5);
        say("caught: %s", ac_error_message());
    }
    CO_RETURN(f, 0);
    CO_END(f);
}

static ac_task *outer(int catch_it) {
    CO_NEW(outer, t, f);
    f->catch_it = catch_it;
    return t;
}

TEST(error, message_travels_with_the_error) {
    cr_assert_eq(ac_run(outer(1), NULL), 0);
    cr_assert_str_eq(co_log, "caught: bad thing 3\n");
    cr_assert_str_eq(ac_error_message(), ""); /* outside any task */
}

TEST(error, main_prints_the_async_traceback) {
    const char *err, *p;
    capture_stderr();
    cr_assert_eq(ac__main(outer(0)), 1);
    err = captured_stderr();
    /* outermost first, like Python */
    p = strstr(err, "Traceback (most recent call last):\n");
    cr_assert_not_null(p, "stderr: %s", err);
    p = strstr(p, "line 30, in outer\n");
    cr_assert_not_null(p, "stderr: %s", err);
    p = strstr(p, "line 20, in middle\n");
    cr_assert_not_null(p, "stderr: %s", err);
    p = strstr(p, "line 10, in leaf\n");
    cr_assert_not_null(p, "stderr: %s", err);
    p = strstr(p, "Error: E5: bad thing 3\n");
    cr_assert_not_null(p, "stderr: %s", err);
}
