/*
 * coro.h: hand-written coroutines for the runtime tests, following the contract
 * of the code acc generates (see ac.h and docs/pipeline.md):
 *
 *   typedef struct name__frame { int ac__state; params; locals; T ac__ret;
 *                                leaf frames of what it awaits; } name__frame;
 *   static int name__resume(void *frame, ac_task *task);   switch on ac__state
 *   static const ac__desc name__desc;
 *   ac_task *name(params): ac__coro_new(&name__desc), then the frame's fields.
 *
 * Inside a resume function (which declares `int rc;` and names its frame f):
 *   CO_BEGIN(f) ... CO_END(f);              the body
 *   CO_SLEEP(f, N, seconds);                await ac_sleep(seconds)  (f->sl)
 *   CO_WAIT(f, N, handle);                  await handle            (f->wt)
 *   CO_AWAIT(f, N, init, call);             any leaf/direct await: init once,
 *                                           then call until it stops suspending
 * N is a resume point number, unique in the function and > 0. After an await,
 * rc is AC__DONE or AC__FAIL (the error is ac__error(task)); CO_CHECK(rc)
 * propagates a failure as generated code without try/catch does.
 */
#ifndef AC_TEST_CORO_H
#define AC_TEST_CORO_H

#include <ac.h>
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CO_DECL(name) static int name##__resume(void *frame, ac_task *task)
#define CO_DESC(fn)                                                                \
    static const ac__desc fn##__desc = {.resume = fn##__resume,                    \
                                        .name = #fn,                               \
                                        .file = __FILE__,                          \
                                        .line = __LINE__,                          \
                                        .frame_size = sizeof(fn##__frame)}
#define CO_DESC_RET(fn)                                                            \
    static const ac__desc fn##__desc = {                                           \
        .resume = fn##__resume,                                                    \
        .name = #fn,                                                               \
        .file = __FILE__,                                                          \
        .line = __LINE__,                                                          \
        .frame_size = sizeof(fn##__frame),                                         \
        .ret_offset = offsetof(fn##__frame, ac__ret),                              \
        .ret_size = sizeof(((fn##__frame *)0)->ac__ret)}

/* In a constructor: the coroutine object t with its frame f, zeroed. */
#define CO_NEW(name, t, f)                                                         \
    ac_task *t = ac__coro_new(&name##__desc);                                      \
    if (t == NULL)                                                                 \
        return NULL;                                                               \
    name##__frame *f = ac__frame(t);                                               \
    memset(f, 0, sizeof *f)

#define CO_BEGIN(f)                                                                \
    switch ((f)->ac__state) {                                                      \
    case 0:
#define CO_END(f)                                                                  \
    default:                                                                       \
        break;                                                                     \
        }                                                                          \
        (f)->ac__state = -1;                                                       \
        return AC__DONE

#define CO_RETURN(f, value)                                                        \
    do {                                                                           \
        (f)->ac__ret = (value);                                                    \
        (f)->ac__state = -1;                                                       \
        return AC__DONE;                                                           \
    } while (0)

/* The goto skips the case label instead of falling into it (no fallthrough). */
#define CO_AWAIT(f, N, init, call)                                                 \
    init;                                                                          \
    (f)->ac__state = (N);                                                          \
    goto co_resume_##N;                                                            \
    case (N):                                                                      \
    co_resume_##N:                                                                 \
    if ((rc = (call)) == AC__SUSPEND)                                              \
    return AC__SUSPEND

#define CO_SLEEP(f, N, seconds)                                                    \
    CO_AWAIT(f, N, ac_sleep__init(&(f)->sl, (seconds)), ac_sleep__resume(&(f)->sl, task))
#define CO_WAIT(f, N, h)                                                           \
    CO_AWAIT(f, N, ac__wait__init(&(f)->wt, (h)), ac__wait__resume(&(f)->wt, task))

#define CO_CHECK(rc)                                                               \
    do {                                                                           \
        if ((rc) == AC__FAIL)                                                      \
            return AC__FAIL;                                                       \
    } while (0)

/* ------------------------------------------------------------------------- */
/* A log of what happened, compared against the asyncio twin's output          */
/* ------------------------------------------------------------------------- */

static char co_log[1 << 16];
static size_t co_log_len;

__attribute__((format(printf, 1, 2), unused)) static void say(const char *fmt, ...) {
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(co_log + co_log_len, sizeof co_log - co_log_len - 1, fmt, ap);
    va_end(ap);
    if (n > 0)
        co_log_len += (size_t)n < sizeof co_log - co_log_len - 2 ? (size_t)n
                                                                  : sizeof co_log - co_log_len - 2;
    co_log[co_log_len++] = '\n';
    co_log[co_log_len] = '\0';
}

__attribute__((unused)) static void log_reset(void) {
    co_log_len = 0;
    co_log[0] = '\0';
}

/* ------------------------------------------------------------------------- */
/* Capturing stderr                                                           */
/* ------------------------------------------------------------------------- */

static FILE *co_cap_file;
static int co_cap_saved = -1;
static char co_cap_buf[1 << 16];

__attribute__((unused)) static void capture_stderr(void) {
    fflush(stderr);
    co_cap_file = tmpfile();
    co_cap_saved = dup(2);
    dup2(fileno(co_cap_file), 2);
}

/* Ends the capture; returns what was written (static buffer). */
__attribute__((unused)) static const char *captured_stderr(void) {
    size_t n;
    fflush(stderr);
    dup2(co_cap_saved, 2);
    close(co_cap_saved);
    co_cap_saved = -1;
    rewind(co_cap_file);
    n = fread(co_cap_buf, 1, sizeof co_cap_buf - 1, co_cap_file);
    co_cap_buf[n] = '\0';
    fclose(co_cap_file);
    co_cap_file = NULL;
    return co_cap_buf;
}

/* Busy-waits: a step that blocks the loop, to make timers due meanwhile. */
__attribute__((unused)) static void spin_for(double seconds) {
    double end = ac_time() + seconds;
    while (ac_time() < end) {
    }
}

/* ------------------------------------------------------------------------- */
/* TEST(suite, name): a Criterion test that fails if it leaked memory         */
/* ------------------------------------------------------------------------- */

/* Criterion runs each test in a child process and ignores how LeakSanitizer
 * ends it, so each test asks LeakSanitizer itself once its body is done. */
#if defined(__SANITIZE_ADDRESS__)
#define CO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CO_ASAN 1
#endif
#endif
#ifdef CO_ASAN
#include <sanitizer/lsan_interface.h>
#define co_leak_check()                                                            \
    cr_assert_eq(__lsan_do_recoverable_leak_check(), 0, "memory leaked (see stderr)")
#else
#define co_leak_check() ((void)0)
#endif

/* A coroutine several tests share:
 * async void ticker(int n) { for i < n: say tick i; await ac_sleep(0); } */
typedef struct ticker__frame {
    int ac__state;
    int i, n;
    ac_sleep__frame sl;
} ticker__frame;
CO_DECL(ticker) __attribute__((unused));
CO_DESC(ticker);

static int ticker__resume(void *frame, ac_task *task) {
    ticker__frame *f = frame;
    int rc;
    CO_BEGIN(f);
    for (f->i = 0; f->i < f->n; f->i++) {
        say("tick %d", f->i);
        CO_SLEEP(f, 1, 0);
        CO_CHECK(rc);
    }
    CO_END(f);
}

__attribute__((unused)) static ac_task *ticker(int n) {
    CO_NEW(ticker, t, f);
    f->n = n;
    return t;
}

#define TEST(suite, name)                                                          \
    static void suite##__##name##__body(void);                                     \
    Test(suite, name) {                                                            \
        suite##__##name##__body();                                                 \
        co_leak_check();                                                           \
    }                                                                              \
    static void suite##__##name##__body(void)

#endif /* AC_TEST_CORO_H */
